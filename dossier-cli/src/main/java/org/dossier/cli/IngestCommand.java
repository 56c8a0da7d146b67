package org.dossier.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dossier.nlp.DossierConfig;
import org.dossier.nlp.Extractor;
import org.dossier.nlp.input.FieldChecks;
import org.dossier.store.Store;
import org.dossier.store.ingest.IngestListener;
import org.dossier.store.ingest.IngestSummary;
import org.dossier.store.ingest.Ingester;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dossier ingest PATH...}: extracts articles into a store. Idempotent and crash-safe; see
 * {@link Ingester}.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Extract articles into a store (DuckDB + Lucene) and merge actors and events across them.",
        "Inputs: files or directories (recursive) of text, JSONL, HTML, WARC/WARC.gz/WET and RSS/Atom feeds;"
            + " symbolic links out of a directory are skipped unless --follow-links.",
        "Already stored articles (same content) are skipped; a changed article with the same id replaces"
            + " the earlier version. Safe to interrupt and re-run."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:every document was ingested or already stored", "1:some documents failed",
        "2:invalid command line"})
final class IngestCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Input files or directories.")
  List<Path> paths;

  @Option(names = "--store", paramLabel = "DIR", defaultValue = "dossier-data",
      description = "Store directory (default: ${DEFAULT-VALUE}).")
  Path store;

  @Option(names = "--threads", paramLabel = "N",
      description = "Documents extracted in parallel (default: the number of cores).")
  Integer threads;

  @Option(names = "--batch", paramLabel = "N", defaultValue = "64",
      description = "Documents per transaction (default: ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--parse", description = "Parse every sentence (default: only the sentences that can hold an event, a quote or a goal).")
  boolean parse;

  @Option(names = "--doc-timeout", paramLabel = "SECONDS", defaultValue = "60",
      description = "Time budget per document (default: ${DEFAULT-VALUE}); a document over it is reported as"
          + " failed, its worker is released and the others go on.")
  int docTimeout;

  @Option(names = "--follow-links",
      description = "Read symbolic links in a directory that lead out of it (by default they are skipped with a"
          + " notice).")
  boolean followLinks;

  @Override
  public Integer call() {
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1, got: " + n);
    }
    if (batch < 1) {
      throw new ParameterException(spec.commandLine(), "--batch must be at least 1, got: " + batch);
    }
    CliChecks.checkTimeout(spec, docTimeout);
    PrintWriter err = spec.commandLine().getErr();
    Extractor extractor = new LazyExtractor(DossierConfig.defaults().withParse(parse)
        .withDocTimeout(java.time.Duration.ofSeconds(docTimeout)));
    IngestSummary s;
    try (Store st = Store.open(store, StoreDirs.warnings(err))) {
      s = new Ingester(st, extractor, n, batch, followLinks).ingest(paths, new Bar(err));
    }
    err.printf(Locale.ROOT, "ingest: finished in %.1f s: %d ingested, %d unchanged, %d replaced, %d failed"
        + " (%.2f documents/s) -> %s%n", s.seconds(), s.ingested(), s.unchanged(), s.replaced(), s.failed(),
        s.total() / Math.max(1e-9, s.seconds()), store);
    err.flush();
    return s.failed() > 0 ? 1 : 0;
  }

  /** A progress line on stderr every two seconds: bar, count, documents/s and ETA. */
  static final class Bar implements IngestListener {
    private static final long INTERVAL = 2_000_000_000L;
    private final PrintWriter err;
    private long last = System.nanoTime();

    Bar(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void progress(long done, long total, double seconds) {
      long now = System.nanoTime();
      if (now - last < INTERVAL) {
        return;
      }
      last = now;
      err.println(line(done, total, seconds));
      err.flush();
    }

    static String line(long done, long total, double seconds) {
      double rate = done / Math.max(1e-9, seconds);
      if (total <= 0) {
        return String.format(Locale.ROOT, "ingest: %d documents, %.2f documents/s", done, rate);
      }
      double frac = Math.min(1.0, done / (double) total);
      int filled = (int) Math.round(frac * 30);
      long eta = rate > 0 ? Math.round(Math.max(0, total - done) / rate) : -1;
      return String.format(Locale.ROOT, "ingest: [%s%s] %3.0f%% %d/%d documents, %.2f documents/s, ETA %s",
          "#".repeat(filled), ".".repeat(30 - filled), frac * 100, done, total, rate,
          eta < 0 ? "?" : String.format(Locale.ROOT, "%dm%02ds", eta / 60, eta % 60));
    }

    @Override
    public void failed(String message) {
      err.println("dossier: error: " + FieldChecks.escape(message));
      err.flush();
    }

    @Override
    public void notice(String message) {
      err.println("dossier: notice: " + FieldChecks.escape(message));
      err.flush();
    }
  }
}
