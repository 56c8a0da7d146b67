package org.dossier.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.nlp.DossierConfig;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The CI slice: every suite on a small subset of the shared data, so that a change that makes a
 * suite crash is caught by {@code mvn verify}. Scores are printed, never asserted: a low score is
 * news for docs/evaluation.md, not a build failure. Skipped (with a notice) when the data is absent.
 */
class EvalSliceIT {
  private static EvalContext context;

  @BeforeAll
  static void setUp() {
    Path data = Path.of(System.getProperty("dossier.eval.data", "../../shared/data")).toAbsolutePath().normalize();
    if (!Files.isDirectory(data)) {
      System.out.println("[eval slice] skipped: no evaluation data at " + data);
    }
    Assumptions.assumeTrue(Files.isDirectory(data), "no evaluation data at " + data);
    context = new EvalContext(new EvalOptions(data, data.resolveSibling("corpora"), 0, false, 0,
        DossierConfig.defaults()));
  }

  private static void slice(String suite, int limit) throws IOException {
    EvalOptions o = context.options();
    EvalContext c = new EvalContext(new EvalOptions(o.data(), o.corpora(), limit, false, 0, o.config()));
    SuiteResult r;
    try {
      r = Evaluation.run(suite, c);
    } catch (Evaluation.DataMissingException e) {
      System.out.println("[eval slice] " + suite + " skipped: " + e.getMessage());
      return;
    }
    System.out.print(r.table());
    assertThat(r.metrics()).isNotEmpty();
    for (Metric m : r.metrics()) {
      if (m.dossier() != null) {
        assertThat(m.dossier()).as(suite + " " + m.name()).isFinite();
        if ("%".equals(m.unit())) {
          assertThat(m.dossier()).as(suite + " " + m.name()).isBetween(0.0, 1.0);
        }
      }
    }
  }

  @Test
  void conll2003_fewDocuments_runs() throws IOException {
    slice("conll2003", 5);
  }

  @Test
  void timebank_fewDocuments_runs() throws IOException {
    slice("timebank", 5);
  }

  @Test
  void polnear_fewArticles_runs() throws IOException {
    slice("polnear", 3);
  }

  @Test
  void plover_fewRecords_runs() throws IOException {
    slice("plover", 20);
  }

  @Test
  void petrarch_fewRecords_runs() throws IOException {
    slice("petrarch", 20);
  }

  @Test
  void re3d_fewDocuments_runs() throws IOException {
    slice("re3d", 5);
  }

  @Test
  void corpus_fewDocuments_runs() throws IOException {
    slice("corpus", 20);
  }
}
