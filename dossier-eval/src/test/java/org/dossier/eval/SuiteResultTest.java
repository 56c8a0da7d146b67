package org.dossier.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuiteResultTest {
  @Test
  void table_withBaseline_showsBothColumnsAndRatio() {
    SuiteResult r = new SuiteResult("demo", List.of(Metric.share("F1", 0.5, 0.25),
        new Metric("tokens/s", "tok/s", 4000.0, 400.0), new Metric("only ours", "count", 3.0, null)),
        List.of("a note"), 1.0);
    String t = r.table();
    assertThat(t).contains("Dossier").contains("CoreNLP").contains("ratio");
    assertThat(t).containsPattern("F1\\s+50\\.0%\\s+25\\.0%\\s+2\\.00");
    assertThat(t).containsPattern("tokens/s\\s+4000 tok/s\\s+400 tok/s\\s+10\\.00");
    assertThat(t).containsPattern("only ours\\s+3\\s+-\\s+-");
    assertThat(t).contains("note: a note");
  }

  @Test
  void table_withoutBaseline_hasOneValueColumn() {
    String t = new SuiteResult("demo", List.of(Metric.share("F1", 0.123, null)), List.of(), 0).table();
    assertThat(t).doesNotContain("CoreNLP").contains("12.3%");
  }

  @Test
  void ratio_zeroBaseline_isNull() {
    assertThat(Metric.share("x", 0.5, 0.0).ratio()).isNull();
  }

  @Test
  void toJson_containsRevisionConfigAndMetrics() {
    EvalOptions o = new EvalOptions(java.nio.file.Path.of("d"), java.nio.file.Path.of("c"), 3, true, 2,
        org.dossier.nlp.DossierConfig.defaults());
    String json = Evaluation.toJson(List.of(new SuiteResult("demo", List.of(Metric.share("F1", 0.5, 0.25)),
        List.of(), 1)), o, "abc123");
    assertThat(json).contains("\"revision\" : \"abc123\"").contains("\"nerModel\"").contains("\"limit\" : 3")
        .contains("\"dossier\" : 0.5").contains("\"corenlp\" : 0.25").contains("\"ratio\" : 2.0");
  }

  @Test
  void run_missingData_throwsOneLineMessage(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    EvalOptions o = new EvalOptions(dir.resolve("absent"), dir, 0, false, 0, org.dossier.nlp.DossierConfig.defaults());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Evaluation.run("conll2003", new EvalContext(o)))
        .isInstanceOf(Evaluation.DataMissingException.class).hasMessageContaining("absent")
        .hasMessageNotContaining("\n");
  }
}
