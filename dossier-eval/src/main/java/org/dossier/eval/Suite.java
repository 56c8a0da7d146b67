package org.dossier.eval;

import java.io.IOException;

/**
 * One evaluation: reads its gold data at run time, runs Dossier (and optionally CoreNLP) on it and
 * scores the output. Suites never bake gold data into the code.
 */
public interface Suite {
  /**
   * Whether suites print per-record diagnostics (misses, the actors found) on stderr: set by the
   * environment variable {@code DOSSIER_EVAL_DEBUG}, the one switch for every suite.
   */
  static boolean debug() {
    return System.getenv("DOSSIER_EVAL_DEBUG") != null;
  }

  /** The suite's name on the command line. */
  String name();

  /** The data directory it reads, relative to the data root, for the "data absent" message. */
  String dataDir();

  /** The directory whose absence means the suite's data is missing: by default {@link #dataDir()} under the data root. */
  default java.nio.file.Path dataPath(EvalContext context) {
    return context.data(dataDir());
  }

  /** Runs the suite. */
  SuiteResult run(EvalContext context) throws IOException;
}
