package org.dossier.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * Spark's scaling from {@code local[1]} to {@code local[2]} on the first N documents of a JSONL
 * corpus: the same job, the same partitions, one session after the other in this JVM (the
 * pipeline is already loaded, so only extraction is timed). Not thread-safe.
 */
public final class SparkScaling {
  private SparkScaling() {}

  /**
   * Measures and prints one line per master and the efficiency line.
   *
   * @return local[2] tokens/s ÷ (2 × local[1] tokens/s)
   */
  public static double measure(Path corpus, int docs, PrintWriter out) {
    Path dir;
    try {
      dir = Files.createTempDirectory("dossier-spark-scaling");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      Path input = dir.resolve("input.jsonl");
      writeFirst(corpus, docs, input);
      ExtractorHolder.get(false);
      double[] tps = new double[2];
      for (int n = 1; n <= 2; n++) {
        SparkSession spark = SparkExtraction.localSession("local[" + n + "]");
        try {
          spark.sparkContext().setLogLevel("WARN");
          SparkExtraction.Summary s = SparkExtraction.run(spark, new SparkExtraction.Options(input.toString(),
              SparkExtraction.Format.JSONL, dir.resolve("out" + n).toString(), 16, false, null, true));
          tps[n - 1] = s.tokens() / Math.max(1e-9, s.extractSeconds());
          out.println(String.format(Locale.ROOT, "spark local[%d]: %d documents, extraction %.1f s, %.0f tokens/s"
              + " (Dossier's tokenizer), whole job %.1f s", n, s.documents(), s.extractSeconds(), tps[n - 1],
              s.seconds()));
          out.flush();
        } finally {
          spark.stop();
        }
      }
      double eff = tps[1] / (2 * tps[0]);
      out.println(String.format(Locale.ROOT, "spark scaling local[1]->local[2]: %.0f%% efficiency", 100 * eff));
      out.flush();
      return eff;
    } finally {
      deleteTree(dir);
    }
  }

  private static void writeFirst(Path corpus, int docs, Path target) {
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null && lines.size() < docs; line = r.readLine()) {
        if (!line.isBlank()) {
          lines.add(line);
        }
      }
      Files.write(target, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(corpus + ": cannot be read", e);
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary directory left behind is harmless
    }
  }
}
