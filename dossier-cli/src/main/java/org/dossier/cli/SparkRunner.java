package org.dossier.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.dossier.spark.SparkExtraction;
import org.dossier.spark.SparkScaling;

/**
 * The calls into dossier-spark, kept in their own class: it is loaded only when a Spark command
 * runs, so the CLI starts without Spark on its classpath.
 */
final class SparkRunner {
  private SparkRunner() {}

  static boolean sparkPresent() {
    try {
      Class.forName("org.apache.spark.sql.SparkSession", false, SparkRunner.class.getClassLoader());
      Class.forName("org.dossier.spark.SparkExtraction", false, SparkRunner.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  static int extract(SparkCommand c, PrintWriter out, PrintWriter err) {
    SparkExtraction.Format format = c.format == null ? null
        : SparkExtraction.Format.valueOf(c.format.toUpperCase(Locale.ROOT));
    SparkExtraction.Summary s = SparkExtraction.runLocal(c.master, new SparkExtraction.Options(c.input, format,
        c.output, c.partitions, c.parse, c.date, c.overwrite));
    err.println(SparkExtraction.describe(s));
    if (s.failed() > 0) {
      err.println("dossier: " + s.failed() + " records failed; see " + c.outputPath().resolve(SparkExtraction.ERRORS));
      return 1;
    }
    return 0;
  }

  static void scaling(Path corpus, int docs, PrintWriter out) {
    SparkScaling.measure(corpus, docs, out);
  }
}
