package org.dossier.eval.polnear;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.dossier.eval.score.Prf;
import org.junit.jupiter.api.Test;

class PolnearTest {
  // written for this test: text "Rep. Dana Holt said the bridge will close. Critics doubt it." (no file needed)
  private static final List<String> ANN = List.of(
      "T1\tSource 5 14\tDana Holt",
      "T2\tCue 15 19\tsaid",
      "T3\tContent 20 42\tthe bridge will close.",
      "T4\tAttribution 15 19\tsaid",
      "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
      "T5\tContent 43 50;51 60\tCritics doubt it.",
      "T6\tCue 51 56\tdoubt",
      "T7\tAttribution-no-source 51 56\tdoubt",
      "E2\tAttribution-no-source:T7 Content:T5 Cue:T6");

  @Test
  void parse_eventsWithFragments_giveAttributions() throws IOException {
    List<Brat.Attribution> a = Brat.parse(ANN, "test");
    assertThat(a).hasSize(2);
    assertThat(a.get(0).source()).containsExactly(new Brat.Frag(5, 14));
    assertThat(a.get(0).sourceText()).isEqualTo("Dana Holt");
    assertThat(a.get(1).content()).containsExactly(new Brat.Frag(43, 50), new Brat.Frag(51, 60));
    assertThat(a.get(1).source()).isEmpty();
  }

  @Test
  void source_rightBySpanOrName_wrongOtherwise() throws IOException {
    List<Brat.Attribution> gold = Brat.parse(ANN, "test");
    AttributionScorer.Predicted bySpan = new AttributionScorer.Predicted(new Brat.Frag(20, 30),
        List.of(new Brat.Frag(10, 14)), List.of());
    AttributionScorer.Predicted byName = new AttributionScorer.Predicted(new Brat.Frag(25, 41),
        List.of(), List.of("Holt"));
    AttributionScorer.Predicted wrong = new AttributionScorer.Predicted(new Brat.Frag(20, 41),
        List.of(), List.of("Critics"));
    AttributionScorer.Predicted unsourced = new AttributionScorer.Predicted(new Brat.Frag(44, 48), List.of(), List.of());
    assertThat(AttributionScorer.source(gold, List.of(bySpan))).isEqualTo(new Prf(1, 1, 1, 1));
    assertThat(AttributionScorer.source(gold, List.of(byName))).isEqualTo(new Prf(1, 1, 1, 1));
    assertThat(AttributionScorer.source(gold, List.of(wrong, unsourced))).isEqualTo(new Prf(0, 1, 0, 1));
    assertThat(AttributionScorer.content(gold, List.of(wrong, unsourced))).isEqualTo(new Prf(2, 2, 2, 2));
  }

  @Test
  void predicted_pronounSourcePhrase_rightBySpanEvenWhenActorElsewhere() throws IOException {
    // written for this test: "Dana Holt spoke. The bridge will close, she said." — gold source "she"
    List<Brat.Attribution> gold = Brat.parse(List.of(
        "T1\tSource 40 43\tshe", "T2\tCue 44 48\tsaid", "T3\tContent 17 38\tThe bridge will close",
        "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1"), "test");
    org.dossier.model.Actor holt = new org.dossier.model.Actor("a1", "Dana Holt",
        org.dossier.model.ActorType.PERSON, null, null, null, List.of(), List.of(),
        List.of(new org.dossier.model.Span(0, 9, "Dana Holt")));
    AttributionScorer.Predicted withPhrase = PolnearSuite.predicted(17, 38, holt, null, new Brat.Frag(40, 43));
    AttributionScorer.Predicted without = PolnearSuite.predicted(17, 38, holt, null, null);
    assertThat(AttributionScorer.source(gold, List.of(withPhrase))).isEqualTo(new Prf(1, 1, 1, 1));
    assertThat(AttributionScorer.source(gold, List.of(without))).isEqualTo(new Prf(0, 1, 0, 1));
  }

  @Test
  void parse_malformedOffsets_namesFileAndLine() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Brat.parse(List.of("T1\tSource x y\tz"), "f.ann"))
        .hasMessageContaining("f.ann:1");
  }
}
