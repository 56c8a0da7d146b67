package org.dossier.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.dossier.eval.articles.Measure;
import org.junit.jupiter.api.Test;

/** The gate of the CI slice fails when a score drops below its floor (or a count of errors rises above it). */
class FloorGateTest {
  private static final FloorGate GATE = FloorGate.load();

  /** A result of {@code suite} with every floored metric exactly at its floor, {@code changed} moved by {@code delta}. */
  private static SuiteResult atFloors(String suite, String changed, double delta) {
    List<Metric> m = new ArrayList<>();
    for (FloorGate.Floor f : GATE.floors(suite)) {
      Measure measure = suite.equals("articles") ? Measure.byKey(f.metric()) : null;
      boolean count = measure != null && measure.isCount();
      double v = f.value() + (f.metric().equals(changed) ? delta : 0);
      m.add(count ? new Metric(f.metric(), "count", v, null) : Metric.share(f.metric(), v / 100, null));
    }
    return new SuiteResult(suite, m, List.of(), 0);
  }

  @Test
  void load_floorsFile_coversArticlesPloverAndPetrarchHalves() {
    assertThat(GATE.floors("articles")).extracting(FloorGate.Floor::metric).contains("actors", "person_precision",
        "roles", "countries", "quotes", "speakers", "events", "event_precision", "event_dates", "times", "claims",
        "goals", "person_splits", "term_as_speech");
    assertThat(GATE.floors("plover")).extracting(FloorGate.Floor::metric)
        .contains("event type accuracy [dev]", "event type accuracy [test]");
    assertThat(GATE.floors("petrarch")).extracting(FloorGate.Floor::metric)
        .contains("expected codings produced at root [dev]", "expected codings produced at root [test]");
    assertThat(GATE.floors()).allSatisfy(f -> assertThat(Evaluation.suiteNames()).contains(f.suite()));
  }

  @Test
  void check_everyScoreAtItsFloor_passes() {
    for (String suite : List.of("articles", "plover", "petrarch", "conll2003")) {
      assertThat(GATE.check(atFloors(suite, null, 0))).as(suite).isEmpty();
    }
  }

  @Test
  void check_scoreLoweredBelowFloor_reportsFailure() {
    List<String> failures = GATE.check(atFloors("articles", "speakers", -0.2));
    assertThat(failures).hasSize(1);
    assertThat(failures.get(0)).contains("articles 'speakers'").contains("below its floor");
    assertThat(GATE.check(atFloors("plover", "full-record match [test]", -1))).singleElement().asString()
        .contains("full-record match [test]").contains("below");
  }

  @Test
  void check_errorCountRaisedAboveMax_reportsFailure() {
    assertThat(GATE.check(atFloors("articles", "person_splits", 1))).singleElement().asString()
        .contains("person_splits").contains("above its floor");
  }

  @Test
  void check_flooredMetricMissing_reportsFailure() {
    SuiteResult r = new SuiteResult("articles", List.of(Metric.share("actors", 1.0, null)), List.of(), 0);
    assertThat(GATE.check(r)).anySatisfy(l -> assertThat(l).contains("'goals'").contains("not reported"));
  }

  @Test
  void check_suiteWithoutFloors_passes() {
    assertThat(GATE.check(new SuiteResult("corpus", List.of(), List.of(), 0))).isEmpty();
  }

  @Test
  void parse_wrongFieldCount_throws() {
    assertThatThrownBy(() -> FloorGate.parse("# comment\narticles\tactors\t90\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
    assertThatThrownBy(() -> FloorGate.parse("articles\tactors\tat least\t90\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("min or max");
  }

  @Test
  void todayLines_figures_roundedDownToOneDecimal() {
    FloorGate g = new FloorGate(FloorGate.parse("articles\tactors\tmin\t90\narticles\tperson_splits\tmax\t3\n"));
    SuiteResult r = new SuiteResult("articles", List.of(Metric.share("actors", 210.0 / 224, null),
        new Metric("person_splits", "count", 2.0, null)), List.of(), 0);
    assertThat(g.todayLines(r)).containsExactly("articles\tactors\tmin\t93.7", "articles\tperson_splits\tmax\t2");
  }

  @Test
  void todayLines_percentMaximum_roundedUpSoTodayHolds() {
    FloorGate g = new FloorGate(FloorGate.parse("petrarch\tno-event records with an event [test]\tmax\t60\n"));
    SuiteResult r = new SuiteResult("petrarch", List.of(Metric.share("no-event records with an event [test]", 9.0 / 17,
        null)), List.of(), 0);
    assertThat(g.todayLines(r)).containsExactly("petrarch\tno-event records with an event [test]\tmax\t53.0");
    FloorGate today = new FloorGate(FloorGate.parse(g.todayLines(r).get(0) + "\n"));
    assertThat(today.check(r)).isEmpty();
  }
}
