package org.dossier.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dossier.bench.CorpusBench;
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
        "in a child JVM. The last line is `ratio R` (Dossier tokens/s / CoreNLP tokens/s)."})
final class BenchCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--corpus", required = true, paramLabel = "FILE.jsonl", description = "JSONL corpus.")
  Path corpus;

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

  @Override
  public Integer call() {
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
}
