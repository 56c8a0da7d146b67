package org.dossier.eval;

import java.nio.file.Path;
import org.dossier.eval.baseline.CoreNlpBaseline;
import org.dossier.nlp.Extractor;

/**
 * What a running suite needs: options, the Dossier extractor and the CoreNLP baseline, both created
 * on first use so that a suite which needs neither loads no model.
 *
 * <p>Thread-safe.
 */
public final class EvalContext {
  private final EvalOptions options;
  private volatile Extractor extractor;
  private volatile CoreNlpBaseline baseline;

  /** A context for {@code options}. */
  public EvalContext(EvalOptions options) {
    this.options = java.util.Objects.requireNonNull(options, "options");
  }

  /** The options. */
  public EvalOptions options() {
    return options;
  }

  /** The suite's data directory under the data root. */
  public Path data(String dir) {
    return options.data().resolve(dir);
  }

  /** Dossier's extractor (created on first call). */
  public synchronized Extractor extractor() {
    if (extractor == null) {
      extractor = Extractor.create(options.config());
    }
    return extractor;
  }

  /** Whether an extractor exists yet (so a suite can time model loading separately). */
  public boolean extractorLoaded() {
    return extractor != null;
  }

  /** The CoreNLP baseline (its pipelines load on first use). */
  public synchronized CoreNlpBaseline baseline() {
    if (baseline == null) {
      baseline = new CoreNlpBaseline();
    }
    return baseline;
  }
}
