package org.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dossier.brief.BriefSource;
import org.dossier.brief.Briefs;
import org.dossier.brief.StoreBriefs;
import org.dossier.model.Actor;
import org.dossier.model.ActorType;
import org.dossier.model.CodePointIndex;
import org.dossier.model.DocumentInfo;
import org.dossier.model.Dossier;
import org.dossier.model.Role;
import org.dossier.store.Store;
import org.dossier.store.query.DocumentQuery;
import org.dossier.store.query.EventFilter;
import org.dossier.store.query.Rows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Briefs from the server's reads equal briefs from the database's. */
class ServedBriefSourceTest {
  @TempDir
  Path dir;

  /** A later article naming Anna Example's office. */
  private static Dossier withRole() {
    String text = "Foreign Minister Anna Example arrived in Freedonia.";
    CodePointIndex idx = CodePointIndex.of(text);
    int a = text.indexOf("Anna Example");
    Role minister = new Role("Foreign Minister", "Ruritania", "text", idx.span(0, a + 12));
    Actor anna = new Actor("a1", "Anna Example", ActorType.PERSON, null, "RUR", null, List.of(minister), List.of(),
        List.of(idx.span(a, a + 12)));
    return Dossier.builder(new DocumentInfo("doc-role", "Arrival", LocalDate.of(2024, 12, 20), null, null, "en", text))
        .actors(List.of(anna)).build();
  }

  @Test
  void briefs_fixtureStore_sameAsFromDatabase() throws Exception {
    try (Store store = ReadModelTest.monthlyStore(dir.resolve("store"), withRole())) {
      ReadModel m = ReadModel.load(store.connection(), store.index());
      BriefSource served = new ServedBriefSource(m, id -> DocumentQuery.document(store.connection(), id),
          Briefs::forArticle);
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
      Rows.ActorProfile anna = m.actor("Anna Example", EventFilter.all(1));
      assertThat(served.firstMentions(anna.actor().id(), 1))
          .isEqualTo(database.firstMentions(anna.actor().id(), 1)).isNotEmpty();
      assertThatThrownBy(() -> served.firstMentions(anna.actor().id(), 2)).hasMessageContaining("2");
      assertThat(anna.roles()).extracting(Rows.RoleRow::title).contains("Foreign Minister");
      assertThat(served.role(anna.actor().id(), "Foreign Minister"))
          .isEqualTo(database.role(anna.actor().id(), "Foreign Minister"))
          .hasValueSatisfying(s -> assertThat(s.text()).startsWith("Foreign Minister Anna"));
      assertThat(served.role(anna.actor().id(), "Queen")).isEmpty();
      assertThat(served.statement("goals", "doc-404", "a lasting peace")).isEmpty();
    }
  }
}
