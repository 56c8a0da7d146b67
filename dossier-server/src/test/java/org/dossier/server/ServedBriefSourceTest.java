package org.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dossier.brief.BriefSource;
import org.dossier.brief.StoreBriefs;
import org.dossier.model.Dossier;
import org.dossier.store.Store;
import org.dossier.store.query.DocumentQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Briefs from the server's reads equal briefs from the database's. */
class ServedBriefSourceTest {
  @TempDir
  Path dir;

  @Test
  void briefs_fixtureStore_sameAsFromDatabase() throws Exception {
    try (Store store = Store.open(dir.resolve("store"))) {
      List<Dossier> docs = new ArrayList<>();
      for (int i = 0; i < 13; i++) {
        docs.add(ReadModelTest.monthlyDoc(i));
      }
      store.write(docs);
      store.refresh();
      ReadModel m = ReadModel.load(store.connection(), store.index());
      BriefSource served = new ServedBriefSource(m, id -> DocumentQuery.document(store.connection(), id),
          store.connection());
      BriefSource database = BriefSource.of(store.connection(), store.index());
      for (String actor : List.of("Ruritania", "Freedonia", "Anna Example", "Bob Sample")) {
        for (LocalDate from : new LocalDate[] {null, LocalDate.of(2024, 6, 1)}) {
          assertThat(StoreBriefs.forActor(served, actor, from, null)).as("%s from %s", actor, from)
              .isEqualTo(StoreBriefs.forActor(database, actor, from, null));
        }
      }
      assertThat(StoreBriefs.forActor(served, "Bob Sample", null, null).sections())
          .anySatisfy(s -> assertThat(s.id()).isEqualTo("claims"))
          .allSatisfy(s -> assertThat(s.lines()).allSatisfy(l -> assertThat(l.evidence()).isNotEmpty()));
      for (String topic : List.of("agree", "border AND calm", "Freedonia")) {
        assertThat(StoreBriefs.forTopic(served, topic, null, null)).as(topic)
            .isEqualTo(StoreBriefs.forTopic(database, topic, null, null));
      }
      assertThat(served.statement("quotes", "doc-1", "we agree on the treaty")).isPresent()
          .isEqualTo(database.statement("quotes", "doc-1", "we agree on the treaty"));
      assertThat(served.statement("claims", "doc-1", "no such claim")).isEmpty();
      assertThat(served.statement("goals", "doc-404", "a lasting peace")).isEmpty();
    }
  }
}
