package org.dossier.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.dossier.nlp.DossierConfig;
import org.dossier.store.ingest.IngestListener;
import org.dossier.store.ingest.IngestSummary;
import org.dossier.store.ingest.Ingester;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dossier.server.DossierServer;
import org.dossier.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dossier serve}: the web UI and read-only REST API over a store, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the web UI and the read-only REST API (OpenAPI at /api/openapi.json) over a store.",
        "The store is opened read-only: 'dossier query', 'export', 'brief' and another 'serve' can read it"
            + " meanwhile, but no 'ingest' can write it. With --watch DIR this process is the store's only"
            + " writer: it ingests the files dropped into DIR and serves them within seconds."})
final class ServeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--store", paramLabel = "DIR", defaultValue = "dossier-data",
      description = "Store directory (default: ${DEFAULT-VALUE}).")
  Path store;

  @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Address to bind (default: ${DEFAULT-VALUE}, loopback only).")
  String host;

  @Option(names = "--connections", paramLabel = "N",
      description = "API queries answered in parallel, each on its own database connection"
          + " (default: max(4, 2 x processors); 1 serialises them).")
  Integer connections;

  @Option(names = "--cache-mb", paramLabel = "MB", defaultValue = "64",
      description = "Memory for cached API answers in MB (default: ${DEFAULT-VALUE}; 0 turns the cache off).")
  int cacheMb;

  @Option(names = "--watch", paramLabel = "DIR",
      description = "Ingest the files dropped into DIR while serving (the store is created when missing).")
  Path watch;

  @Option(names = "--watch-seconds", paramLabel = "S", defaultValue = "1",
      description = "Seconds between looks at the --watch folder (default: ${DEFAULT-VALUE}).")
  double watchSeconds;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
      description = "--watch: documents extracted in parallel (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--allow-host", paramLabel = "NAME", split = ",",
      description = "Host names the server answers besides localhost, 127.0.0.1, [::1] and --host"
          + " (the Host header is checked against DNS rebinding).")
  List<String> allowHosts = List.of();

  @Option(names = "--idle-timeout", paramLabel = "S", defaultValue = "10",
      description = "Seconds an idle or slow connection is kept (default: ${DEFAULT-VALUE}).")
  double idleSeconds;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    if (watch == null && !StoreDirs.exists(store)) {
      err.println("dossier: error: " + StoreDirs.noStore(store));
      return 1;
    }
    if (watch != null && !Files.isDirectory(watch)) {
      err.println("dossier: error: --watch " + watch + ": not a directory");
      return 1;
    }
    if (watchSeconds < 0.05 || watchSeconds > 3600 || threads < 1 || idleSeconds < 0.1 || idleSeconds > 3600) {
      err.println("dossier: error: --watch-seconds and --idle-timeout must be 0.05..3600 and --threads at least 1");
      return 2;
    }
    if (connections != null && (connections < 1 || connections > 256)) {
      err.println("dossier: error: --connections must be 1..256, got: " + connections);
      return 2;
    }
    if (cacheMb < 0 || cacheMb > 65_536) {
      err.println("dossier: error: --cache-mb must be 0..65536, got: " + cacheMb);
      return 2;
    }
    DossierServer.Limits limits = DossierServer.Limits.DEFAULT.withAllowedHosts(allowHosts)
        .withIdleTimeout(Math.round(idleSeconds * 1000));
    // only a watching server writes: a read-only one leaves the store to other readers (and needs no write access)
    try (Store s = watch == null ? Store.openReadOnly(store, StoreDirs.warnings(err))
            : Store.open(store, StoreDirs.warnings(err));
        DossierServer server = DossierServer.start(s, host, port,
            connections == null ? DossierServer.defaultConnections() : connections, cacheMb * 1024L * 1024L, limits)) {
      err.println("dossier: serving " + store + (s.readOnly() ? " (read-only)" : "") + " at http://"
          + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port() + "/ (Ctrl-C to stop)");
      err.println("dossier: " + server.describe());
      err.flush();
      server.documentsHeld().whenComplete((m, e) -> {
        Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null
            ? e.getCause() : e;
        if (!(cause instanceof java.util.concurrent.CancellationException)) { // not when stopping
          err.println("dossier: " + (e == null ? m : "documents are read from the database: " + cause.getMessage()));
          err.flush();
        }
      });
      CountDownLatch stop = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
      if (watch == null) {
        stop.await();
      } else {
        err.println("dossier: watching " + watch + " for files to ingest");
        err.flush();
        watch(s, server, stop, err);
      }
    }
    return 0;
  }

  /** Ingests what arrives in the watched folder until {@code stop}, telling the server after each ingest. */
  private void watch(Store s, DossierServer server, CountDownLatch stop, PrintWriter err) throws InterruptedException {
    Ingester ingester = new Ingester(s, new LazyExtractor(DossierConfig.defaults()), threads, Ingester.DEFAULT_BATCH);
    DropFolder folder = new DropFolder(watch, ingester);
    IngestListener listener = new IngestListener() {
      @Override
      public void progress(long done, long total, double seconds) {
        // one summary line per ingest is enough beside a server
      }

      @Override
      public void failed(String message) {
        err.println("dossier: error: " + message);
        err.flush();
      }
    };
    long pause = Math.round(watchSeconds * 1000);
    while (!stop.await(pause, TimeUnit.MILLISECONDS)) {
      IngestSummary sum;
      try {
        sum = folder.look(listener);
      } catch (RuntimeException e) { // a failed batch: reported, the next look tries again
        err.println("dossier: error: --watch: " + e.getMessage());
        err.flush();
        continue;
      }
      if (sum != null) {
        server.storeChanged();
        err.printf(Locale.ROOT, "dossier: --watch: %d ingested, %d unchanged, %d replaced, %d failed in %.1f s%n",
            sum.ingested(), sum.unchanged(), sum.replaced(), sum.failed(), sum.seconds());
        err.flush();
      }
    }
  }
}
