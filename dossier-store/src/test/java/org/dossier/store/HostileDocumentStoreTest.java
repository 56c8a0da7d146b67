package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.DocumentInfo;
import org.dossier.model.Dossier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One document can never make a store unopenable or abort the batch it came in. */
class HostileDocumentStoreTest {
  @TempDir
  Path dir;

  private static Dossier doc(String id, String title, String text) {
    return Dossier.builder(new DocumentInfo(id, title, LocalDate.of(2024, 5, 1), null, null, "en", text)).build();
  }

  private static final String LONG_ID = "x".repeat(40_000);

  @Test
  void open_storeWithFortyThousandCharIdAwaitingReindex_opensSkipsItAndGoodDocumentsSearchable() throws Exception {
    Path s = dir.resolve("store");
    try (Store store = Store.open(s)) {
      store.write(List.of(doc("good-1", null, "The harbour reopened on Monday.")));
    }
    // an old store: the bad row was committed to the database, the index commit never happened
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + s.resolve("dossier.duckdb").toAbsolutePath());
        Statement st = c.createStatement()) {
      st.execute("INSERT INTO documents VALUES ('" + LONG_ID + "', 'h-long', NULL, DATE '2024-05-02', NULL, NULL,"
          + " 'en', 'The harbour closed again.', 25, 2)");
      st.execute("INSERT INTO documents VALUES ('good-2', 'h-good', NULL, DATE '2024-05-03', NULL, NULL,"
          + " 'en', 'The harbour was busy on Friday.', 31, 2)");
      st.execute("UPDATE meta SET value = '2' WHERE key = 'batch'");
    }
    List<String> warnings = new ArrayList<>();
    try (Store store = Store.open(s, warnings::add)) {
      assertThat(store.query().search("harbour", null, 10)).extracting(h -> h.docId())
          .containsExactlyInAnyOrder("good-1", "good-2");
      assertThat(store.query().stats().documents()).isEqualTo(3);
    }
    assertThat(warnings).singleElement().satisfies(w -> assertThat(w).contains("xxxxxxxx").contains("40000")
        .hasSizeLessThan(400));
    // and again: the index now records the batch, the store opens without replaying it
    List<String> again = new ArrayList<>();
    try (Store store = Store.open(s, again::add)) {
      assertThat(store.query().search("busy", null, 10)).extracting(h -> h.docId()).containsExactly("good-2");
    }
    assertThat(again).isEmpty();
  }

  static List<Object[]> badIds() {
    return List.of(new Object[] {LONG_ID, "longer than"}, new Object[] {"bad\u0000id", "control character"},
        new Object[] {"line\nbreak", "control character"}, new Object[] {"", "empty"},
        new Object[] {"\ud800lone", "surrogate"});
  }

  @ParameterizedTest
  @MethodSource("badIds")
  void write_batchWithOneBadId_rejectsItNamingItAndKeepsTheRest(String badId, String reason) {
    List<String> rejected = new ArrayList<>();
    try (Store store = Store.open(dir.resolve("store"))) {
      int[] counts = store.write(List.of(doc("good-1", null, "The harbour reopened on Monday."),
          doc(badId, null, "The harbour closed again."), doc("good-2", null, "The harbour was busy.")), rejected::add);
      store.refresh();
      assertThat(counts[0]).isEqualTo(2);
      assertThat(counts[3]).isEqualTo(1);
      assertThat(store.query().search("harbour", null, 10)).extracting(h -> h.docId())
          .containsExactlyInAnyOrder("good-1", "good-2");
    }
    assertThat(rejected).singleElement().satisfies(m -> assertThat(m).contains(reason).hasSizeLessThan(400)
        .doesNotContain("\u0000").doesNotContain("\n"));
  }

  @Test
  void write_titleWithControlCharactersAndHugeTokenTitle_storedNotRejected() {
    List<String> rejected = new ArrayList<>();
    try (Store store = Store.open(dir.resolve("store"))) {
      String title = "Harbour\u0007 " + "y".repeat(60_000); // one token far over the analyzer's 255
      int[] counts = store.write(List.of(doc("t1", title, "The harbour reopened.")), rejected::add);
      assertThat(counts[0]).isEqualTo(1);
      assertThat(store.query().search("harbour", null, 10)).extracting(h -> h.docId()).containsExactly("t1");
    }
    assertThat(rejected).isEmpty();
  }

  @Test
  void write_controlCharacterInUrl_rejectedNamingDocument() {
    List<String> rejected = new ArrayList<>();
    try (Store store = Store.open(dir.resolve("store"))) {
      Dossier bad = Dossier.builder(new DocumentInfo("u1", null, LocalDate.of(2024, 5, 1), "Wire",
          "https://example.org/\u0000x", "en", "The harbour reopened.")).build();
      int[] counts = store.write(List.of(bad, doc("u2", null, "The harbour was busy.")), rejected::add);
      assertThat(counts[0]).isEqualTo(1);
    }
    assertThat(rejected).singleElement().satisfies(m -> assertThat(m).contains("u1").contains("url"));
  }
}
