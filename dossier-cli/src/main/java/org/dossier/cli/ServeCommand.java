package org.dossier.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
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
    description = {"Serve the web UI and the read-only REST API (OpenAPI at /api/openapi.json) over a store."})
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

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    if (!java.nio.file.Files.isDirectory(store)) {
      err.println("dossier: error: " + store + ": no store here (create one with 'dossier ingest')");
      return 1;
    }
    if (connections != null && (connections < 1 || connections > 256)) {
      err.println("dossier: error: --connections must be 1..256, got: " + connections);
      return 2;
    }
    if (cacheMb < 0 || cacheMb > 65_536) {
      err.println("dossier: error: --cache-mb must be 0..65536, got: " + cacheMb);
      return 2;
    }
    try (Store s = Store.open(store); DossierServer server = DossierServer.start(s, host, port,
        connections == null ? DossierServer.defaultConnections() : connections, cacheMb * 1024L * 1024L)) {
      err.println("dossier: serving " + store + " at http://" + (host.contains(":") ? "[" + host + "]" : host) + ":"
          + server.port() + "/ (Ctrl-C to stop)");
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
      stop.await();
    }
    return 0;
  }
}
