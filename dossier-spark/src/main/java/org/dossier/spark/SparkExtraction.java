package org.dossier.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.dossier.model.DossierJson;
import org.dossier.nlp.input.ReadOptions;

/**
 * Dossier as a Spark job: reads documents (JSONL or Parquet with the columns {@code id, published,
 * title, source, url, text}) from any Hadoop-compatible path, runs the standard extraction in
 * {@code mapPartitions} with one pipeline per executor JVM, and writes under the output directory
 * one Parquet table per kind of fact ({@link DossierTables}), {@code errors} (Parquet: origin,
 * doc_id, error) and {@code dossiers} (text: one {@code dossier/1} JSON object a line).
 *
 * <p>The same documents give the same records as {@code dossier extract}: the job calls the
 * same {@link org.dossier.nlp.Extractor}. Entry point for {@code spark-submit}: {@link #main}.
 */
public final class SparkExtraction {
  /** Name of the table of documents that could not be read or extracted. */
  public static final String ERRORS = "errors";
  /** Name of the directory of {@code dossier/1} JSON lines. */
  public static final String DOSSIERS = "dossiers";

  private SparkExtraction() {}

  /** Input formats. */
  public enum Format {
    JSONL, PARQUET;

    /** PARQUET for a path ending in {@code .parquet} or a directory, else JSONL. */
    static Format guess(String path) {
      String p = path.toLowerCase(Locale.ROOT);
      return p.endsWith(".parquet") || p.endsWith("/") || !p.substring(p.lastIndexOf('/') + 1).contains(".")
          ? PARQUET : JSONL;
    }
  }

  /**
   * What to run.
   *
   * @param input      input path or glob (any Hadoop file system: file:, hdfs:, s3a:, gs:, abfs:)
   * @param format     input format, or null to guess from the path
   * @param output     output directory
   * @param partitions extraction tasks, or 0 for four per core of the cluster
   * @param parse      whether to run the dependency parser
   * @param date       publication date for records without one, or null
   * @param overwrite  whether to replace an existing output
   */
  public record Options(String input, Format format, String output, int partitions, boolean parse,
      LocalDate date, boolean overwrite) {
    public Options {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(output, "output");
      if (partitions < 0) {
        throw new IllegalArgumentException("partitions must be 0 (automatic) or positive, got: " + partitions);
      }
      format = format == null ? Format.guess(input) : format;
    }
  }

  /**
   * What a run did.
   *
   * @param documents documents extracted
   * @param failed    records that could not be read or extracted
   * @param tokens    tokens in the extracted documents
   * @param extractSeconds wall time of the extraction stage (reading and extracting, before writing)
   * @param seconds   wall time of the whole job
   * @param rows      rows written per table (counted as written: exact unless tasks were retried)
   */
  public record Summary(long documents, long failed, long tokens, double extractSeconds, double seconds,
      Map<String, Long> rows) {}

  /** A local Spark session for {@code master} ({@code local[N]}), small and quiet. */
  public static SparkSession localSession(String master) {
    return SparkSession.builder()
        .appName("dossier")
        .master(master)
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.adaptive.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
  }

  /**
   * Runs the job in a fresh local session on {@code master} ({@code local[N]}) and stops it:
   * {@code dossier spark}. Callers need no Spark types.
   */
  public static Summary runLocal(String master, Options o) {
    SparkSession spark = localSession(master);
    try {
      spark.sparkContext().setLogLevel("WARN");
      return run(spark, o);
    } finally {
      spark.stop();
    }
  }

  /** Runs the job on {@code spark}. */
  public static Summary run(SparkSession spark, Options o) {
    long start = System.nanoTime();
    Dataset<Row> inputs = read(spark, o);
    int partitions = o.partitions() > 0 ? o.partitions()
        : Math.max(1, spark.sparkContext().defaultParallelism() * 4);
    Dataset<Row> extracted = inputs.repartition(partitions)
        .mapPartitions(new ExtractPartition(o.parse(), o.date()), Encoders.row(ExtractPartition.SCHEMA))
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Row stats = extracted.agg(
          sum(when(col("error").isNull(), 1).otherwise(0)),
          sum(when(col("error").isNull(), 0).otherwise(1)),
          sum(col("tokens").cast("long"))).first();
      double extractSeconds = (System.nanoTime() - start) / 1e9;
      SaveMode mode = o.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
      Dataset<Row> ok = extracted.filter(col("error").isNull());
      Map<String, Long> rows = new LinkedHashMap<>();
      for (String table : DossierTables.names()) {
        // an accumulator instead of reading each table back: one Spark job per table, not two
        LongAccumulator written = spark.sparkContext().longAccumulator("rows:" + table);
        Dataset<Row> t = ok.flatMap(new TableRows(table, written), Encoders.row(DossierTables.schema(table)));
        t.write().mode(mode).parquet(path(o.output(), table));
        rows.put(table, written.value());
      }
      Dataset<Row> errors = extracted.filter(col("error").isNotNull()).select("origin", "doc_id", "error");
      errors.write().mode(mode).parquet(path(o.output(), ERRORS));
      ok.select("dossier").write().mode(mode).text(path(o.output(), DOSSIERS));
      return new Summary(longOrZero(stats, 0), longOrZero(stats, 1), longOrZero(stats, 2), extractSeconds,
          (System.nanoTime() - start) / 1e9, rows);
    } finally {
      extracted.unpersist();
    }
  }

  private static long longOrZero(Row r, int i) {
    return r.isNullAt(i) ? 0 : ((Number) r.get(i)).longValue();
  }

  private static String path(String dir, String name) {
    return dir.endsWith("/") ? dir + name : dir + "/" + name;
  }

  /** The input as {@link InputRows#SCHEMA} rows. */
  static Dataset<Row> read(SparkSession spark, Options o) {
    if (o.format() == Format.PARQUET) {
      Dataset<Row> p = spark.read().parquet(o.input());
      List<String> have = Arrays.asList(p.columns());
      if (!have.contains("text")) {
        throw new IllegalArgumentException(o.input() + ": Parquet input needs a \"text\" column, has " + have);
      }
      List<Column> cols = new ArrayList<>();
      cols.add(input_file_name().as("origin"));
      for (String c : List.of("id", "title", "published", "source", "url", "text")) {
        cols.add(have.contains(c) ? col(c).cast("string").as(c) : lit(null).cast("string").as(c));
      }
      cols.add(when(col("text").isNull(), lit("no text")).otherwise(lit(null)).cast("string").as("error"));
      return p.select(cols.toArray(new Column[0]));
    }
    long maxChars = ReadOptions.DEFAULT_MAX_BYTES;
    return spark.read().text(o.input())
        .filter(trim(col("value")).notEqual(""))
        .select(col("value"), input_file_name().as("file"))
        .mapPartitions((MapPartitionsFunction<Row, Row>) it -> new Iterator<>() {
          @Override
          public boolean hasNext() {
            return it.hasNext();
          }

          @Override
          public Row next() {
            Row r = it.next();
            return InputRows.fromJsonLine(r.getString(1), r.getString(0), maxChars);
          }
        }, Encoders.row(InputRows.SCHEMA));
  }

  /** Flattens a {@code dossier/1} JSON row into one table's rows. */
  private static final class TableRows implements FlatMapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final String table;
    private final LongAccumulator written;

    TableRows(String table, LongAccumulator written) {
      this.table = table;
      this.written = written;
    }

    @Override
    public Iterator<Row> call(Row r) {
      List<Row> rows = DossierTables.rows(DossierJson.fromJson(r.getString(3)), r.getInt(2)).get(table);
      written.add(rows.size());
      return rows.iterator();
    }
  }

  /**
   * spark-submit entry: {@code --input PATH --output DIR [--format jsonl|parquet] [--partitions N]
   * [--parse] [--date YYYY-MM-DD] [--overwrite]}. The master comes from spark-submit.
   */
  public static void main(String[] args) {
    Options o = parseArgs(args);
    SparkSession spark = SparkSession.builder().appName("dossier").getOrCreate();
    try {
      Summary s = run(spark, o);
      System.out.println(describe(s));
      if (s.failed() > 0) {
        System.err.println("dossier: " + s.failed() + " records failed; see " + path(o.output(), ERRORS));
      }
    } finally {
      spark.stop();
    }
  }

  /** One line summarising a run. */
  public static String describe(Summary s) {
    return String.format(Locale.ROOT, "spark: %d documents, %d failed, %d tokens, extraction %.1f s"
        + " (%.0f tokens/s), total %.1f s; rows %s", s.documents(), s.failed(), s.tokens(), s.extractSeconds(),
        s.tokens() / Math.max(1e-9, s.extractSeconds()), s.seconds(), s.rows());
  }

  static Options parseArgs(String[] args) {
    String input = null;
    String output = null;
    Format format = null;
    int partitions = 0;
    boolean parse = false;
    boolean overwrite = false;
    LocalDate date = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--input" -> input = value(args, ++i, a);
        case "--output" -> output = value(args, ++i, a);
        case "--format" -> format = Format.valueOf(value(args, ++i, a).toUpperCase(Locale.ROOT));
        case "--partitions" -> partitions = Integer.parseInt(value(args, ++i, a));
        case "--date" -> date = LocalDate.parse(value(args, ++i, a));
        case "--parse" -> parse = true;
        case "--overwrite" -> overwrite = true;
        default -> throw new IllegalArgumentException("unknown argument: " + a + " (usage: --input PATH --output DIR"
            + " [--format jsonl|parquet] [--partitions N] [--parse] [--date YYYY-MM-DD] [--overwrite])");
      }
    }
    if (input == null || output == null) {
      throw new IllegalArgumentException("--input and --output are required");
    }
    return new Options(input, format, output, partitions, parse, date, overwrite);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }
}
