package org.dossier.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Actor;
import org.dossier.model.ActorType;
import org.dossier.model.Claim;
import org.dossier.model.CodePointIndex;
import org.dossier.model.DocumentInfo;
import org.dossier.model.Dossier;
import org.dossier.model.Event;
import org.dossier.model.Goal;
import org.dossier.model.Quote;
import org.dossier.model.Role;
import org.dossier.model.Span;
import org.dossier.store.Store;
import org.dossier.store.query.DocumentQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreBriefsTest {
  @TempDir
  static Path dir;
  static Store store;

  /** One wire story about a fictional minister; {@code variant} changes the wording, not the facts. */
  static Dossier story(String id, String published, String variant) {
    String text = "Foreign Minister Anna Example of Ruritania visited Freedonia on Monday " + variant + ". "
        + "Example wants a new grain accord. \"We are ready,\" Example said. "
        + "Example said that Freedonia would likely sign.";
    CodePointIndex idx = CodePointIndex.of(text);
    java.util.function.BiFunction<String, Integer, Span> at = (needle, from) -> {
      int i = text.indexOf(needle, from);
      return idx.span(i, i + needle.length());
    };
    Span anna = at.apply("Anna Example", 0);
    List<Span> mentions = new ArrayList<>(List.of(anna));
    int from = 0;
    while ((from = text.indexOf("Example ", from + 1)) > 0) {
      if (from != text.indexOf("Anna Example") + 5) {
        mentions.add(idx.span(from, from + 7));
      }
    }
    Actor a1 = new Actor("a1", "Anna Example", ActorType.PERSON, null, "RUR", "RURGOV",
        List.of(new Role("Foreign Minister", "Ruritania", "text", at.apply("Foreign Minister Anna Example", 0))),
        List.of("Example"), mentions);
    Actor a2 = new Actor("a2", "Freedonia", ActorType.COUNTRY, null, "FRE", "FRE", List.of(), List.of(),
        List.of(at.apply("Freedonia", 0)));
    Span sentence = at.apply("Foreign Minister Anna Example of Ruritania visited Freedonia on Monday " + variant + ".", 0);
    Event visit = new Event("e1", "042", "CONSULT", 1, 1.9, "Make a visit", List.of("a1"), List.of("a2"), null,
        "2024-05-13", "asserted", null, sentence);
    Span goal = at.apply("a new grain accord", 0);
    Span quote = at.apply("We are ready,", 0);
    Span claim = at.apply("Freedonia would likely sign", 0);
    return Dossier.builder(new DocumentInfo(id, "Visit " + id, LocalDate.parse(published), id.startsWith("a") ? "Wire A"
        : "Wire B", null, "en", text))
        .actors(List.of(a1, a2)).events(List.of(visit))
        .goals(List.of(new Goal("g1", "a1", goal.text(), false, goal.start(), goal.end())))
        .quotes(List.of(new Quote("q1", quote.text(), "a1", "direct", "said", quote.start(), quote.end())))
        .claims(List.of(new Claim("c1", claim.text(), "a1", "Example", "probable", false, claim.start(), claim.end())))
        .build();
  }

  @BeforeAll
  static void fill() {
    store = Store.open(dir.resolve("store"));
    store.write(List.of(story("a-1", "2024-05-14", "for talks"), story("b-7", "2024-05-15", "for two days")));
    store.refresh();
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void forActor_twoReportsOfOneVisit_oneLineWithBothArticles() {
    Brief b = StoreBriefs.forActor(store, "Anna Example", null, null);
    assertThat(b.section("did").orElseThrow().lines()).singleElement()
        .satisfies(l -> assertThat(l.text()).contains("2024-05-13").contains("Make a visit").contains("2 articles"));
    assertThat(b.section("actors").orElseThrow().lines()).extracting(BriefLine::text)
        .anySatisfy(t -> assertThat(t).startsWith("Foreign Minister of Ruritania"));
    assertThat(b.section("goals")).isPresent();
    assertThat(b.section("quotes")).isPresent();
  }

  @Test
  void forActor_everyLine_hasEvidenceThatExistsInTheStore() {
    for (Brief b : List.of(StoreBriefs.forActor(store, "Anna Example", null, null),
        StoreBriefs.forTopic(store, "grain", null, null))) {
      assertThat(b.sections()).isNotEmpty();
      for (Section s : b.sections()) {
        for (BriefLine line : s.lines()) {
          assertThat(line.evidence()).as(line.text()).isNotEmpty();
          for (Evidence e : line.evidence()) {
            String text = DocumentQuery.document(store.connection(), e.document()).orElseThrow().document().text();
            int from = text.offsetByCodePoints(0, e.start());
            int to = text.offsetByCodePoints(from, e.end() - e.start());
            assertThat(text.substring(from, to)).as(s.id() + ": " + line.text()).isEqualTo(e.text());
          }
        }
      }
    }
  }

  @Test
  void forActor_dateRangeWithoutEvents_noEventLines() {
    Brief b = StoreBriefs.forActor(store, "Anna Example", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31));
    assertThat(b.section("did")).isEmpty();
  }

  @Test
  void forActor_unknown_rejectedNamingIt() {
    assertThatThrownBy(() -> StoreBriefs.forActor(store, "Nobody Atall", null, null))
        .hasMessageContaining("Nobody Atall");
  }
}
