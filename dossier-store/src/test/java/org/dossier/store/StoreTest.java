package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Actor;
import org.dossier.model.ActorType;
import org.dossier.model.DocumentInfo;
import org.dossier.model.Dossier;
import org.dossier.model.Metonymy;
import org.dossier.model.Span;
import org.dossier.store.query.DocumentQuery;
import org.dossier.store.query.EventFilter;
import org.dossier.store.query.Rows.ActorProfile;
import org.dossier.store.query.Rows.ActorRow;
import org.dossier.store.query.Rows.EventRow;
import org.dossier.store.query.Rows.MentionRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
  @TempDir
  Path dir;

  private Store ingested(List<Dossier> docs) {
    Store store = Store.open(dir);
    store.write(docs);
    store.refresh();
    return store;
  }

  @Test
  void all_corpus_eachDocumentAsReadAloneInIdOrder() {
    try (Store store = ingested(Fixtures.corpus())) {
      List<Dossier> all = new java.util.ArrayList<>();
      DocumentQuery.all(store.connection(), all::add);
      assertThat(all).hasSize(Fixtures.corpus().size());
      assertThat(all).extracting(d -> d.document().id()).isSorted();
      for (Dossier d : all) {
        assertThat(d).isEqualTo(DocumentQuery.document(store.connection(), d.document().id()).orElseThrow());
      }
      assertThat(all).flatExtracting(Dossier::quotes).isNotEmpty();
      assertThat(all).flatExtracting(Dossier::events).isNotEmpty();
    }
  }

  @Test
  void refresh_twoArticlesSameEvent_oneEventWithTwoArticles() {
    try (Store store = ingested(Fixtures.corpus())) {
      List<EventRow> signing = store.query().events(new EventFilter(null, null, null, "05", 10));
      assertThat(signing).hasSize(1);
      EventRow e = signing.get(0);
      assertThat(e.numArticles()).isEqualTo(2);
      assertThat(e.numMentions()).isEqualTo(2);
      assertThat(e.numSources()).isEqualTo(2);
      assertThat(e.date()).isEqualTo("2024-05-16");
      assertThat(e.actor1()).isEqualTo("Ruritania");
      assertThat(e.actor2()).isEqualTo("Freedonia");
      assertThat(e.evidence()).isEqualTo("Ruritania signed a grain accord with Freedonia on Thursday.");
    }
  }

  @Test
  void refresh_backgroundMentionYearsEarlier_joinsOlderEvent() {
    try (Store store = ingested(Fixtures.corpus())) {
      List<EventRow> fights = store.query().events(new EventFilter(null, null, null, "19", 10));
      assertThat(fights).hasSize(1);
      EventRow e = fights.get(0);
      assertThat(e.date()).isEqualTo("2022-02-24");
      assertThat(e.numArticles()).isEqualTo(2);
      assertThat(e.lastSeen()).hasToString("2024-06-01");
      List<MentionRow> mentions = store.query().mentions(e.id());
      assertThat(mentions).extracting(MentionRow::docId).containsExactly("wire-a-0", "wire-b-9");
      assertThat(mentions).extracting(MentionRow::background).containsExactly(false, true);
      assertThat(store.query().events(new EventFilter(null, java.time.LocalDate.parse("2024-01-01"), null, "19", 10)))
          .isEmpty();
    }
  }

  @Test
  void refresh_backgroundMentionAlone_createsEventInItsOwnYear() {
    try (Store store = ingested(List.of(Fixtures.corpus().get(3)))) {
      List<EventRow> events = store.query().events(EventFilter.all(10));
      assertThat(events).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo("2022"));
    }
  }

  @Test
  void refresh_differentDyadOrDay_staysSeparate() {
    Dossier other = Fixtures.doc("wire-c-1", "2024-05-20", "Wire C")
        .actor("a1", "Ruritania", ActorType.COUNTRY, null, "RUR")
        .actor("a2", "Sylvania", ActorType.COUNTRY, null, "SYL")
        .event("057", 1, 8.0, "a1", "a2", "2024-05-16", "Ruritania also signed an accord with Sylvania.")
        .event("057", 1, 8.0, "a1", null, "2024-05-19", "Ruritania signed another accord on Sunday.")
        .build();
    List<Dossier> docs = new ArrayList<>(Fixtures.corpus());
    docs.add(other);
    try (Store store = ingested(docs)) {
      assertThat(store.query().events(new EventFilter(null, null, null, "05", 10))).hasSize(3);
    }
  }

  @Test
  void refresh_sameKbIdAndCompatibleNames_oneActorWithDatedRoles() {
    try (Store store = ingested(Fixtures.corpus())) {
      assertThat(store.query().actors("Ruritania", 10)).singleElement()
          .satisfies(a -> assertThat(a.docs()).isEqualTo(4));
      ActorProfile anna = store.query().actor("Anna Example", EventFilter.all(10));
      assertThat(anna.actor().docs()).isEqualTo(2);
      assertThat(anna.roles()).singleElement().satisfies(r -> {
        assertThat(r.title()).isEqualToIgnoringCase("Foreign Minister");
        assertThat(r.firstSeen()).hasToString("2024-05-17");
        assertThat(r.lastSeen()).hasToString("2024-05-18");
        assertThat(r.docs()).isEqualTo(2);
      });
      ActorProfile ruritania = store.query().actor("Ruritania", EventFilter.all(10));
      assertThat(ruritania.timeline()).extracting(EventRow::date).containsExactly("2022-02-24", "2024-05-16");
    }
  }

  @Test
  void actors_acting_placesLeftOutOfTheRanking() {
    List<Dossier> docs = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      Fixtures f = Fixtures.doc("site" + i, "2024-05-1" + i, "wire");
      f.sentence("Ruritania met in Zenda.");
      docs.add(f.actor("a1", "Ruritania", ActorType.COUNTRY, null, "RUR")
          .actor("a2", "Zenda", ActorType.LOCATION, null, "RUR").build());
    }
    try (Store store = ingested(docs)) {
      assertThat(store.query().actors(null, 10)).extracting(ActorRow::name).contains("Ruritania", "Zenda");
      assertThat(store.query().actors(null, 10, true)).extracting(ActorRow::name).containsExactly("Ruritania");
      assertThat(store.query().actors("Zenda", 10, true)).isEmpty();
    }
  }

  @Test
  void refresh_kbActorGivenACountryByOneArticle_takesTheCountryMostArticlesGive() {
    // regression: the first article that lent the European Union Belgium made it Belgian store-wide
    List<Dossier> docs = new ArrayList<>();
    String[] countries = {"BEL", null, null};
    for (int i = 0; i < countries.length; i++) {
      Fixtures f = Fixtures.doc("eu" + i, "2024-05-1" + i, "wire");
      f.sentence("The European Union met.");
      docs.add(f.actor("a1", "European Union", ActorType.ORGANIZATION, "org:eu", countries[i]).build());
    }
    try (Store store = ingested(docs)) {
      assertThat(store.query().actors("European Union", 10)).singleElement()
          .satisfies(a -> assertThat(a.country()).isNull());
    }
  }

  @Test
  void write_sameContentTwice_storedOnce() throws Exception {
    try (Store store = Store.open(dir)) {
      int[] first = store.write(Fixtures.corpus());
      int[] second = store.write(Fixtures.corpus());
      assertThat(first).containsExactly(4, 0, 0, 0);
      assertThat(second).containsExactly(0, 0, 4, 0);
      assertThat(count(store, "documents")).isEqualTo(4);
      assertThat(count(store, "mentions")).isEqualTo(4);
    }
  }

  @Test
  void write_changedArticleSameId_replacesEarlierVersion() throws Exception {
    try (Store store = Store.open(dir)) {
      store.write(Fixtures.corpus());
      Dossier changed = Fixtures.doc("wire-a-1", "2024-05-17", "Wire A")
          .actor("a1", "Ruritania", ActorType.COUNTRY, null, "RUR")
          .event("010", 1, 0.0, "a1", null, null, "Ruritania issued a statement, correcting an earlier report.")
          .build();
      assertThat(store.status(changed.document())).isEqualTo(Store.Status.REPLACED);
      assertThat(store.write(List.of(changed))).containsExactly(0, 1, 0, 0);
      store.refresh();
      assertThat(count(store, "documents")).isEqualTo(4);
      assertThat(count(store, "quotes")).isZero();
      assertThat(store.query().events(new EventFilter(null, null, null, "01", 10))).singleElement()
          .satisfies(e -> assertThat(e.date()).isEqualTo("2024-05-17"));
      assertThat(store.query().search("correcting", null, 10)).extracting(h -> h.docId()).containsExactly("wire-a-1");
      assertThat(store.query().search("chapter", null, 10)).isEmpty();
    }
  }

  @Test
  void open_indexBehindDatabase_reindexesMissingBatches() throws Exception {
    try (Store store = ingested(Fixtures.corpus())) {
      assertThat(store.query().stats().indexed()).isEqualTo(6);
    }
    // simulate a crash after the database commit but before the Lucene commit
    try (var files = java.nio.file.Files.walk(dir.resolve("index"))) {
      for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        java.nio.file.Files.delete(f);
      }
    }
    try (Store store = Store.open(dir)) {
      assertThat(store.query().stats().indexed()).isEqualTo(6);
      assertThat(store.query().search("grain", "claim", 10)).hasSize(1);
      assertThat(store.query().search("chapter", "quote", 10)).singleElement()
          .satisfies(h -> assertThat(h.snippet()).contains("new chapter"));
    }
  }

  @Test
  void query_untrustedText_isDataNotSql() {
    Dossier evil = Fixtures.doc("x'); DROP TABLE documents; --", "2024-01-01", "Wire ' \"")
        .actor("a1", "Robert'); DROP TABLE actors;--", ActorType.PERSON, null, null)
        .quote("a1", "It's \"fine\"; DELETE FROM quotes;")
        .build();
    try (Store store = ingested(List.of(evil))) {
      assertThat(store.query().stats().documents()).isEqualTo(1);
      assertThat(store.query().quotes(new EventFilter("Robert'); DROP TABLE actors;--", null, null, null, 5)))
          .singleElement().satisfies(q -> assertThat(q.text()).contains("DELETE FROM quotes"));
    }
  }

  @Test
  void write_quoteAndClaimTexts_storedAsSpansReadWhole() throws Exception {
    try (Store store = ingested(Fixtures.corpus())) {
      assertThat(count(store, "quote_rows WHERE text IS NOT NULL")).isZero();
      assertThat(count(store, "claim_rows WHERE text IS NOT NULL")).isZero();
      assertThat(store.query().quotes(EventFilter.all(10))).singleElement()
          .satisfies(q -> assertThat(q.text()).isEqualTo("We have opened a new chapter in our relations."));
      assertThat(store.query().claims(EventFilter.all(10))).isNotEmpty()
          .allSatisfy(c -> assertThat(c.text()).isNotBlank());
    }
  }

  @Test
  void document_placeStandingForGovernment_metonymyRoundTrips() {
    String text = "Moscow said it would reply. Talks were held in Moscow.";
    Span agent = Span.of(text, 0, 6);
    Span place = Span.of(text, 47, 53);
    Actor russia = new Actor("a1", "Russia", ActorType.COUNTRY, null, "RUS", "RUS", List.of(), List.of(),
        List.of(agent));
    Actor moscow = new Actor("a2", "Moscow", ActorType.LOCATION, null, "RUS", null, List.of(), List.of(),
        List.of(place), null, new Metonymy("a1", List.of(agent)));
    Dossier d = Dossier.builder(new DocumentInfo("m1", "T", java.time.LocalDate.of(2024, 5, 1), "wire", null, "en",
        text)).actors(List.of(russia, moscow)).build();
    try (Store store = ingested(List.of(d))) {
      Dossier back = DocumentQuery.document(store.connection(), "m1").orElseThrow();
      assertThat(back.actors()).extracting(Actor::metonymy).containsExactly(null, moscow.metonymy());
      assertThat(back.actors().get(1).mentions()).containsExactly(place);
    }
  }

  @Test
  void unlessSpan_textDiffersOrOutsideSurrogates_keptElseNull() {
    String text = "Tom \uD83D\uDE00 said: \"Hi there\".";
    int cps = text.codePointCount(0, text.length());
    // code points: "Hi there" starts at 13 (the emoji is one code point, two chars)
    assertThat(DocumentWriter.unlessSpan("Hi there", text, cps, 13, 21)).isNull();
    assertThat(DocumentWriter.unlessSpan("Hi there!", text, cps, 13, 21)).isEqualTo("Hi there!");
    assertThat(DocumentWriter.unlessSpan("Hi there", text, cps, 14, 22)).isEqualTo("Hi there");
    assertThat(DocumentWriter.unlessSpan("x", text, cps, 40, 41)).isEqualTo("x");
  }

  @Test
  void open_olderSchemaStore_failsWithReingestMessage() throws Exception {
    java.nio.file.Files.createDirectories(dir);
    try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("dossier.duckdb"));
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE meta(key VARCHAR, value VARCHAR)");
      s.execute("INSERT INTO meta VALUES ('schema', '1')");
      s.execute("CREATE TABLE quotes(doc_id VARCHAR, text VARCHAR)");
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Store.open(dir))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("schema 1")
        .hasMessageContaining("re-ingest");
  }

  private static long count(Store store, String table) throws Exception {
    try (Statement s = store.connection().createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
      r.next();
      return r.getLong(1);
    }
  }
}
