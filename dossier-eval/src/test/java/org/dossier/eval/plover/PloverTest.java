package org.dossier.eval.plover;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.model.Actor;
import org.dossier.model.ActorType;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

class PloverTest {
  @Test
  void type_codeWithoutOwnLine_takesParentType() {
    CameoPlover t = CameoPlover.parse(List.of("# header", "04: CONSULT", "042: CONSULT, visit, # Make a visit",
        "10: REQUEST", "~~~~~", "11: ACCUSE"));
    assertThat(t.type("042")).isEqualTo("CONSULT");
    assertThat(t.type("0431")).isEqualTo("CONSULT");
    assertThat(t.type("1012")).isEqualTo("REQUEST");
    assertThat(t.type("111")).isEqualTo("ACCUSE");
    assertThat(t.type("01")).isNull();
    assertThat(t.type(null)).isNull();
  }

  @Test
  void normalize_oldNames_areRenamed() {
    assertThat(CameoPlover.normalize("demand")).isEqualTo("REQUEST");
    assertThat(CameoPlover.normalize("FIGHT")).isEqualTo("ASSAULT");
    assertThat(CameoPlover.normalize("AGREE")).isEqualTo("AGREE");
  }

  private static Actor actor(String name, int start) {
    return new Actor("a", name, ActorType.COUNTRY, null, null, null, List.of(), List.of(),
        List.of(new Span(start, start + name.length(), name)));
  }

  @Test
  void score_bestEventChosen_typeSourceTargetJudged() {
    EventRecordScorer.Gold gold = new EventRecordScorer.Gold("AGREE",
        List.of(new EventRecordScorer.GoldActor("Velmora", null, 0, 7)),
        List.of(new EventRecordScorer.GoldActor("Ostrana", null, 20, 27)));
    EventRecordScorer.Predicted wrongType = new EventRecordScorer.Predicted("ACCUSE",
        List.of(actor("Velmora", 0)), List.of(actor("Ostrana", 20)));
    EventRecordScorer.Predicted rightTypeWrongTarget = new EventRecordScorer.Predicted("AGREE",
        List.of(actor("Velmora", 0)), List.of(actor("Kestrel", 40)));
    EventRecordScorer.Outcome o = EventRecordScorer.score(gold, List.of(wrongType, rightTypeWrongTarget));
    assertThat(o).isEqualTo(new EventRecordScorer.Outcome(true, true, true, false, false));
    EventRecordScorer.Outcome all = EventRecordScorer.score(gold, List.of(new EventRecordScorer.Predicted("AGREE",
        List.of(actor("Velmora", 0)), List.of(actor("Ostrana", 20)))));
    assertThat(all.full()).isTrue();
  }

  @Test
  void score_noEvents_allFalse() {
    EventRecordScorer.Gold gold = new EventRecordScorer.Gold("AGREE", List.of(), List.of());
    assertThat(EventRecordScorer.score(gold, List.of()))
        .isEqualTo(new EventRecordScorer.Outcome(false, false, false, true, false));
  }
}
