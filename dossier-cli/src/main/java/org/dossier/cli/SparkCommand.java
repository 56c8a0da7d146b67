package org.dossier.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dossier spark}: the Spark job embedded on this machine ({@code --master local[N]}). Spark
 * is not on the CLI's default classpath (it would slow every start-up); the launcher adds it for
 * this command. Spark types stay out of this class's signatures so picocli can introspect it
 * without Spark present; {@link SparkRunner} does the work.
 */
@Command(name = "spark", mixinStandardHelpOptions = true,
    description = {"Run the extraction as a Spark job on this machine and write Parquet tables",
        "(documents, actors, roles, mentions, events, quotes, claims, goals, times, amounts, errors)",
        "and dossiers/ (dossier/1 JSON lines). For a cluster use spark-submit (see README)."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:every document was extracted", "1:some records failed (see OUTPUT/errors) or the job failed",
        "2:invalid command line"})
final class SparkCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--master", defaultValue = "local[*]", paramLabel = "local[N]",
      description = "Spark master (default: ${DEFAULT-VALUE}).")
  String master;

  @Option(names = "--input", required = true, paramLabel = "PATH",
      description = "Input path or glob on any Hadoop file system (file:, hdfs:, s3a:, ...).")
  String input;

  @Option(names = "--output", required = true, paramLabel = "DIR", description = "Output directory.")
  String output;

  @Option(names = "--format", paramLabel = "jsonl|parquet",
      description = "Input format (default: parquet for a directory or *.parquet, else jsonl).")
  String format;

  @Option(names = "--partitions", defaultValue = "0", paramLabel = "N",
      description = "Extraction tasks (default: four per core).")
  int partitions;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date for records without one.")
  LocalDate date;

  @Option(names = "--parse", description = "Parse every sentence (default: only the sentences that can hold an event, a quote or a goal).")
  boolean parse;

  @Option(names = "--overwrite", description = "Replace an existing output directory.")
  boolean overwrite;

  @Override
  public Integer call() {
    CliChecks.checkDate(spec, "--date", date);
    if (!SparkRunner.sparkPresent()) {
      spec.commandLine().getErr().println("dossier: error: Spark is not on the classpath; run `./dossier spark`"
          + " (the launcher adds dossier-spark/target/lib) or spark-submit (see README)");
      return 1;
    }
    return SparkRunner.extract(this, spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  Path outputPath() {
    return Path.of(output);
  }
}
