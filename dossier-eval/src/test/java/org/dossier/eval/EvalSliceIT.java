package org.dossier.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.nlp.DossierConfig;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The CI slice and regression gate: the 18 dev articles in full, PLOVER and PETRARCH in full (both
 * halves), every other suite on a small subset of the shared data. Each suite must run, give
 * shares in [0, 1] and hold the floors of {@code eval-floors.tsv} ({@link FloorGate}): a change
 * that loses accuracy fails {@code mvn verify}. Raising a floor is part of the change that earns
 * it; the slice prints each suite's floor lines for today's figures to copy. Skipped (with a
 * notice) when the data is absent.
 */
class EvalSliceIT {
  private static EvalContext context;
  private static FloorGate gate;

  @BeforeAll
  static void setUp() {
    Path data = Path.of(System.getProperty("dossier.eval.data", "../../shared/data")).toAbsolutePath().normalize();
    if (!Files.isDirectory(data)) {
      System.out.println("[eval slice] skipped: no evaluation data at " + data);
    }
    Assumptions.assumeTrue(Files.isDirectory(data), "no evaluation data at " + data);
    context = new EvalContext(new EvalOptions(data, data.resolveSibling("corpora"), 0, false, 0,
        DossierConfig.defaults()));
    gate = FloorGate.load();
  }

  private static void slice(String suite, int limit) throws IOException {
    EvalOptions o = context.options();
    // one extractor for every suite: the models load once
    EvalContext c = limit == 0 ? context
        : new EvalContext(new EvalOptions(o.data(), o.corpora(), limit, false, 0, o.config()));
    SuiteResult r;
    try {
      r = Evaluation.run(suite, c);
    } catch (Evaluation.DataMissingException e) {
      System.out.println("[eval slice] " + suite + " skipped: " + e.getMessage());
      return;
    }
    System.out.print(r.table());
    List<String> today = gate.todayLines(r);
    if (!today.isEmpty()) {
      System.out.println("[eval slice] " + suite + " floor lines for today's figures (eval-floors.tsv):");
      today.forEach(l -> System.out.println("  " + l));
    }
    assertThat(r.metrics()).isNotEmpty();
    for (Metric m : r.metrics()) {
      if (m.dossier() != null) {
        assertThat(m.dossier()).as(suite + " " + m.name()).isFinite();
        if ("%".equals(m.unit())) {
          assertThat(m.dossier()).as(suite + " " + m.name()).isBetween(0.0, 1.0);
        }
      }
    }
    assertThat(gate.check(r)).as(suite + " floors (dossier-eval/src/test/resources/eval-floors.tsv)").isEmpty();
  }

  @Test
  void articles_allDevArticles_holdFloors() throws IOException {
    slice("articles", 0);
  }

  @Test
  void conll2003_fewDocuments_holdFloors() throws IOException {
    slice("conll2003", 5);
  }

  @Test
  void timebank_fewDocuments_holdFloors() throws IOException {
    slice("timebank", 5);
  }

  @Test
  void polnear_fewArticles_holdFloors() throws IOException {
    slice("polnear", 3);
  }

  @Test
  void plover_allRecordsBothHalves_holdFloors() throws IOException {
    slice("plover", 0);
  }

  @Test
  void petrarch_allRecordsBothHalves_holdFloors() throws IOException {
    slice("petrarch", 0);
  }

  @Test
  void re3d_fewDocuments_holdFloors() throws IOException {
    slice("re3d", 5);
  }

  @Test
  void corpus_fewDocuments_runs() throws IOException {
    slice("corpus", 20);
  }
}
