package org.dossier.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dossier.brief.BriefRenderer;
import org.dossier.brief.Briefs;
import org.dossier.nlp.DossierConfig;
import org.dossier.nlp.Extractor;
import org.dossier.server.DossierServer;
import org.dossier.store.Store;
import org.dossier.store.ingest.IngestListener;
import org.dossier.store.ingest.IngestSummary;
import org.dossier.store.ingest.Ingester;
import org.dossier.store.query.DocumentQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dossier demo}: ingests the project's own example articles into a local store, prints the
 * brief of one of them and serves the web UI on it.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Ingest the example articles (examples/demo-articles.jsonl), print one article's brief,"
        + " and serve the web UI on the resulting store."})
final class DemoCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--store", paramLabel = "DIR", defaultValue = "dossier-data/demo",
      description = "Store directory (default: ${DEFAULT-VALUE}).")
  Path store;

  @Option(names = "--examples", paramLabel = "FILE",
      description = "The example articles (default: examples/demo-articles.jsonl in the Dossier directory).")
  Path examples;

  @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--no-serve", description = "Stop after printing the brief.")
  boolean noServe;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path input = examples != null ? examples
        : Path.of(System.getProperty("dossier.home", ".")).resolve("examples").resolve("demo-articles.jsonl");
    if (!Files.isRegularFile(input)) {
      err.println("dossier: error: " + input + ": example articles not found (pass --examples FILE)");
      return 1;
    }
    try (Store s = Store.open(store)) {
      err.println("dossier: ingesting " + input + " into " + store + " ...");
      err.flush();
      Extractor extractor = Extractor.create(DossierConfig.defaults());
      IngestSummary summary = new Ingester(s, extractor, Runtime.getRuntime().availableProcessors(),
          Ingester.DEFAULT_BATCH).ingest(List.of(input), IngestListener.silent());
      err.printf("dossier: %d ingested, %d unchanged, %d replaced, %d failed%n", summary.ingested(),
          summary.unchanged(), summary.replaced(), summary.failed());
      String firstId = firstId(input);
      DocumentQuery.document(s.connection(), firstId).ifPresent(d -> out.print(
          BriefRenderer.markdown(Briefs.forArticle(d), System.console() != null && System.getenv("NO_COLOR") == null)));
      out.flush();
      if (noServe) {
        return summary.failed() > 0 ? 1 : 0;
      }
      try (DossierServer server = DossierServer.start(s, "127.0.0.1", port)) {
        err.println("dossier: the web UI is at http://127.0.0.1:" + server.port() + "/ (Ctrl-C to stop)");
        err.flush();
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
        stop.await();
      }
    }
    return 0;
  }

  private static String firstId(Path jsonl) {
    try (var lines = Files.lines(jsonl)) {
      String line = lines.filter(l -> !l.isBlank()).findFirst().orElse("{}");
      return org.dossier.model.DossierJson.mapper().readTree(line).path("id").asText("");
    } catch (java.io.IOException e) {
      return "";
    }
  }
}
