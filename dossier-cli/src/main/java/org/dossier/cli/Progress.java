package org.dossier.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of a multi-document run on stderr: documents done, failed, documents/s and tokens/s,
 * at most every two seconds, then a summary. Silent for a single document. Not thread-safe: call
 * from the thread that writes results.
 */
final class Progress {
  private static final long INTERVAL_NANOS = 2_000_000_000L;
  private final PrintWriter err;
  private final boolean enabled;
  private final long start = System.nanoTime();
  private long lastReport = start;
  private long done;
  private long failed;
  private long tokens;

  Progress(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  void done(long docTokens) {
    done++;
    tokens += docTokens;
    maybeReport();
  }

  void failed() {
    failed++;
    maybeReport();
  }

  long failures() {
    return failed;
  }

  private void maybeReport() {
    long now = System.nanoTime();
    if (enabled && now - lastReport >= INTERVAL_NANOS) {
      lastReport = now;
      err.println(line("extract:"));
      err.flush();
    }
  }

  void finish() {
    if (enabled || failed > 0) {
      err.println(line("extract: finished,"));
      err.flush();
    }
  }

  private String line(String prefix) {
    double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
    return String.format(Locale.ROOT, "%s %d documents, %d failed, %.1f s, %.1f documents/s, %.0f tokens/s",
        prefix, done, failed, seconds, done / seconds, tokens / seconds);
  }
}
