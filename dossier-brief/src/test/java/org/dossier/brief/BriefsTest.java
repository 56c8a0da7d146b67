package org.dossier.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Actor;
import org.dossier.model.ActorType;
import org.dossier.model.Amount;
import org.dossier.model.Claim;
import org.dossier.model.CodePointIndex;
import org.dossier.model.DocumentInfo;
import org.dossier.model.Dossier;
import org.dossier.model.Event;
import org.dossier.model.Goal;
import org.dossier.model.Quote;
import org.dossier.model.Role;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

class BriefsTest {
  private static final String TEXT = "Governor Tom Hart visited Oslo on Monday. Mayor Ana Lopez hosted him.\n"
      + "Lopez wants a new bridge. Hart probably wants to avoid new taxes.\n"
      + "\"The bridge will be built,\" Lopez said. Analysts say the plan could fail.\n"
      + "The two met 12 times since 2019. Hart attacked the plan in 2019.";

  private static Span span(CodePointIndex idx, String needle) {
    int i = TEXT.indexOf(needle);
    return idx.span(i, i + needle.length());
  }

  static Dossier fixture() {
    CodePointIndex idx = CodePointIndex.of(TEXT);
    Actor hart = new Actor("a1", "Tom Hart", ActorType.PERSON, null, "USA", null,
        List.of(new Role("Governor", null, "text", span(idx, "Governor Tom Hart"))), List.of("Hart"),
        List.of(span(idx, "Tom Hart"), span(idx, "Hart probably")));
    Actor lopez = new Actor("a2", "Ana Lopez", ActorType.PERSON, null, "NOR", null, List.of(), List.of("Lopez"),
        List.of(span(idx, "Ana Lopez"), span(idx, "Lopez wants")));
    Actor oslo = new Actor("a3", "Oslo", ActorType.LOCATION, null, "NOR", null, List.of(), List.of(),
        List.of(span(idx, "Oslo")));
    Event visit = new Event("e1", "042", "CONSULT", 1, 1.9, "Make a visit", List.of("a1"), List.of("a2"), "a3",
        "2024-05-13", "asserted", null, span(idx, "Governor Tom Hart visited Oslo on Monday."));
    Event old = new Event("e2", "111", "REJECT", 3, -2.0, "Criticize or denounce", List.of("a1"), List.of("a2"), null,
        "2019", "asserted", null, span(idx, "Hart attacked the plan in 2019."));
    Span goalSpan = span(idx, "a new bridge");
    Span avoid = span(idx, "new taxes");
    Span quote = span(idx, "The bridge will be built,");
    Span claim = span(idx, "the plan could fail");
    Span amount = span(idx, "12 times");
    return Dossier.builder(DocumentInfo.of("doc-1", LocalDate.of(2024, 5, 17), TEXT))
        .actors(List.of(hart, lopez, oslo))
        .events(List.of(visit, old))
        .goals(List.of(new Goal("g1", "a2", goalSpan.text(), false, goalSpan.start(), goalSpan.end()),
            new Goal("g2", "a1", avoid.text(), true, avoid.start(), avoid.end())))
        .quotes(List.of(new Quote("q1", quote.text(), "a2", "direct", "said", quote.start(), quote.end()),
            new Quote("q2", "bridge", null, "term", null, quote.start() + 4, quote.start() + 10)))
        .claims(List.of(new Claim("c1", claim.text(), null, "Analysts", "possible", false, claim.start(), claim.end())))
        .amounts(List.of(new Amount(amount.text(), 12, "times", amount.start(), amount.end())))
        .build();
  }

  static Brief fixtureBrief() {
    return Briefs.forArticle(fixture());
  }

  @Test
  void forArticle_claimThatIsTheSourcesGoal_listedOnlyAsGoal() {
    Dossier d = fixture();
    Goal g = d.goals().get(0);
    Claim want = new Claim("c2", g.text(), g.actor(), null, "reported", false, g.start(), g.end());
    Claim other = new Claim("c3", g.text(), "a1", null, "reported", false, g.start(), g.end());
    Dossier withWant = new Dossier(Dossier.SCHEMA, d.document(), d.actors(), d.events(), d.quotes(),
        List.of(d.claims().get(0), want, other), d.goals(), d.times(), d.amounts(), d.provenance());
    Brief b = Briefs.forArticle(withWant);
    assertThat(b.section("claims").orElseThrow().lines()).extracting(BriefLine::text)
        .noneMatch(t -> t.startsWith("Ana Lopez"))
        .anyMatch(t -> t.startsWith("Tom Hart"));
    assertThat(b.section("goals").orElseThrow().lines()).extracting(BriefLine::text)
        .contains("Ana Lopez wants: a new bridge");
  }

  @Test
  void forArticle_fixture_everySectionWithContent() {
    Brief b = Briefs.forArticle(fixture());
    assertThat(b.sections()).extracting(Section::id)
        .containsExactly("headline", "actors", "goals", "did", "background", "quotes", "claims", "relations", "numbers");
    assertThat(b.section("headline").orElseThrow().lines()).singleElement()
        .satisfies(l -> assertThat(l.text()).contains("Tom Hart").contains("Make a visit").contains("Ana Lopez")
            .contains("2024-05-13").contains("in Oslo"));
    assertThat(b.section("background").orElseThrow().lines()).singleElement()
        .satisfies(l -> assertThat(l.text()).contains("2019"));
    assertThat(b.section("goals").orElseThrow().lines()).extracting(BriefLine::text)
        .containsExactly("Ana Lopez wants: a new bridge", "Tom Hart wants to avoid: new taxes");
    assertThat(b.section("quotes").orElseThrow().lines()).singleElement()
        .satisfies(l -> assertThat(l.text()).startsWith("Ana Lopez (said)"));
    assertThat(b.section("claims").orElseThrow().lines().get(0).text()).startsWith("Analysts (possible)");
  }

  @Test
  void forArticle_everyLine_evidenceSlicesTheDocumentText() {
    Dossier d = fixture();
    for (Section s : Briefs.forArticle(d).sections()) {
      for (BriefLine line : s.lines()) {
        for (Evidence e : line.evidence()) {
          assertThat(e.document()).isEqualTo("doc-1");
          assertThat(TEXT.substring(e.start(), e.end())).as(s.id()).isEqualTo(e.text());
        }
      }
    }
  }

  @Test
  void forArticle_evidence_isTheWholeSentence() {
    Brief b = Briefs.forArticle(fixture());
    assertThat(b.section("goals").orElseThrow().lines().get(0).evidence().get(0).text())
        .isEqualTo("Lopez wants a new bridge.");
    assertThat(b.section("claims").orElseThrow().lines().get(0).evidence().get(0).text())
        .isEqualTo("Analysts say the plan could fail.");
  }

  @Test
  void forArticle_datedVisitAndUndatedAttacks_datedVisitLeadsHeadlines() {
    Dossier d = fixture();
    List<Event> events = new java.util.ArrayList<>();
    for (int i = 0; i < 9; i++) {
      events.add(new Event("u" + i, "190", "ASSAULT", 4, -10.0, "Use conventional military force", List.of("a1"),
          List.of("a2"), null, null, "asserted", null, d.events().get(1).evidence()));
    }
    events.add(d.events().get(0));
    Dossier many = new Dossier(Dossier.SCHEMA, d.document(), d.actors(), events, d.quotes(), d.claims(), d.goals(),
        d.times(), d.amounts(), null);
    assertThat(Briefs.forArticle(many).section("headline").orElseThrow().lines())
        .anySatisfy(l -> assertThat(l.text()).contains("Make a visit").contains("2024-05-13"));
  }

  @Test
  void forArticle_noFacts_noSections() {
    Dossier empty = Dossier.empty(DocumentInfo.of("e", null, "Nothing here."));
    assertThat(Briefs.forArticle(empty).sections()).isEmpty();
  }

  @Test
  void background_dateOutsideWindow_true() {
    LocalDate pub = LocalDate.of(2024, 5, 17);
    Event e = fixture().events().get(0);
    assertThat(Briefs.background(e, pub)).isFalse();
    assertThat(Briefs.background(fixture().events().get(1), pub)).isTrue();
    assertThat(Briefs.background(e, null)).isFalse();
  }
}
