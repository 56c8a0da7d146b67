package org.dossier.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.bench.CorpusBench;
import org.dossier.bench.hostile.HostileBench;
import org.dossier.bench.hostile.HostileCase;
import org.dossier.nlp.DossierConfig;
import org.dossier.nlp.Extractor;
import org.dossier.bench.load.LoadTest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code dossier bench}: Dossier's throughput, memory and start-up on a corpus, side by side with
 * CoreNLP's default full pipeline on the same documents. The last line is {@code ratio R}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Benchmark Dossier's full extraction on a JSONL corpus: tokens/s, documents/s, peak heap and",
        "resident memory, time to first document, 1->2 thread scaling; with --vs corenlp also CoreNLP's",
        "default full pipeline (tokenize,ssplit,pos,lemma,ner,depparse,coref,quote) on the same documents",
        "in a child JVM. The last line is `ratio R` (Dossier tokens/s / CoreNLP tokens/s).",
        "With --load URL: a bounded load test of a running `dossier serve` on loopback (median/p95/p99/max, errors).",
        "With --hostile: pathological documents at growing sizes, to show that every stage scales linearly."})
final class BenchCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--corpus", paramLabel = "FILE.jsonl", description = "JSONL corpus (extraction benchmark).")
  Path corpus;

  @Option(names = "--load", paramLabel = "URL",
      description = "Instead: load-test a running `dossier serve` on loopback, e.g. http://127.0.0.1:8080.")
  URI load;

  @Option(names = "--clients", defaultValue = "50", paramLabel = "N",
      description = "Concurrent clients of --load (default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(names = "--requests", defaultValue = "2000", paramLabel = "N",
      description = "Total requests of --load (default: ${DEFAULT-VALUE}).")
  int requests;

  @Option(names = "--max-seconds", defaultValue = "120", paramLabel = "S",
      description = "--load sends no new request after S seconds (default: ${DEFAULT-VALUE}).")
  int maxSeconds;

  @Option(names = "--path", paramLabel = "PATH",
      description = "API path with query for --load (repeatable); default: a mix derived from the store.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--docs", defaultValue = "100", paramLabel = "N",
      description = "Documents from the start of the corpus (default: ${DEFAULT-VALUE}).")
  int docs;

  @Option(names = "--threads", defaultValue = "1", paramLabel = "T",
      description = "Threads of the headline Dossier run that the ratio uses (default: ${DEFAULT-VALUE});"
          + " 1 and 2 threads are always measured for scaling.")
  int threads;

  @Option(names = "--vs", paramLabel = "corenlp", description = "Also run CoreNLP's default pipeline: corenlp.")
  String vs;

  @Option(names = "--corenlp-heap", defaultValue = "10g", paramLabel = "SIZE",
      description = "-Xmx of the CoreNLP child JVM (default: ${DEFAULT-VALUE}).")
  String coreNlpHeap;

  @Option(names = "--spark", description = "Also measure Spark local[1] -> local[2] scaling (adds Spark to the run).")
  boolean spark;

  @Option(names = "--hostile",
      description = "Instead: the hostile-input benchmark: pathological documents (repeated names, one huge"
          + " sentence, one huge token, ...) at growing sizes, time and peak heap per size.")
  boolean hostile;

  @Option(names = "--case", paramLabel = "NAME", split = ",",
      description = "--hostile: only these cases (default: all).")
  List<String> cases = new ArrayList<>();

  @Option(names = "--sizes", paramLabel = "BYTES", split = ",",
      description = "--hostile: document sizes in bytes, ascending (default: 10000,100000,1000000).")
  List<Integer> sizes = new ArrayList<>();

  @Option(names = "--doc-timeout", defaultValue = "60", paramLabel = "SECONDS",
      description = "--hostile: the per-document time budget, as for extract and ingest (default: ${DEFAULT-VALUE}).")
  int docTimeout;

  @Option(names = "--guard-seconds", defaultValue = "300", paramLabel = "S",
      description = "--hostile: the harness abandons a document still running after S seconds"
          + " (default: ${DEFAULT-VALUE}); the per-document budget should end it first.")
  int guardSeconds;

  @Override
  public Integer call() {
    if (load != null) {
      return loadTest();
    }
    if (hostile) {
      return hostile();
    }
    if (corpus == null) {
      throw new ParameterException(spec.commandLine(), "--corpus FILE.jsonl (or --load URL) is required");
    }
    if (vs != null && !vs.equalsIgnoreCase("corenlp")) {
      throw new ParameterException(spec.commandLine(), "--vs supports only corenlp, got: " + vs);
    }
    if (spark && !SparkRunner.sparkPresent()) {
      throw new ParameterException(spec.commandLine(), "--spark needs Spark on the classpath: run it through"
          + " ./dossier, which adds dossier-spark/target/lib");
    }
    PrintWriter out = spec.commandLine().getOut();
    CorpusBench.Options options;
    try {
      options = new CorpusBench.Options(corpus, docs, threads, vs != null, coreNlpHeap);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    CorpusBench.Result r = CorpusBench.run(options, out,
        spark ? w -> SparkRunner.scaling(corpus, docs, w) : w -> { });
    return vs != null && Double.isNaN(r.ratio()) ? 1 : 0;
  }

  private int hostile() {
    HostileBench.Options options;
    try {
      HostileBench.Options d = HostileBench.Options.defaults(Duration.ofSeconds(guardSeconds));
      options = new HostileBench.Options(cases.isEmpty() ? d.cases() : cases.stream().map(HostileCase::byLabel).toList(),
          sizes.isEmpty() ? d.sizes() : sizes, d.guard());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    CliChecks.checkTimeout(spec, docTimeout);
    Extractor extractor = Extractor.create(DossierConfig.defaults().withDocTimeout(Duration.ofSeconds(docTimeout)));
    List<HostileBench.Row> rows = HostileBench.run(extractor, options, spec.commandLine().getOut());
    return HostileBench.verdicts(rows).isEmpty() ? 0 : 1;
  }

  private int loadTest() {
    LoadTest.Options options;
    try {
      options = new LoadTest.Options(load, clients, requests, Duration.ofSeconds(maxSeconds), paths);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    LoadTest.Result r = LoadTest.run(options, spec.commandLine().getOut());
    return r.errors() == 0 ? 0 : 1;
  }
}
