package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchAndSparkCommandTest {
  @TempDir
  Path dir;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void help_benchAndSpark_listOptions() {
    assertThat(run("--help").out()).contains("bench").contains("spark");
    assertThat(run("bench", "--help").out()).contains("--corpus").contains("--vs").contains("ratio");
    assertThat(run("spark", "--help").out()).contains("--master").contains("--input").contains("--output");
  }

  @Test
  void bench_missingCorpus_errorNamesTheFile() {
    Path missing = dir.resolve("absent.jsonl");
    CliRun r = run("bench", "--corpus", missing.toString(), "--docs", "3");
    assertThat(r.status()).isNotZero();
    assertThat(r.err()).contains(missing.toString());
  }

  @Test
  void bench_unknownBaseline_usageError() {
    CliRun r = run("bench", "--corpus", dir.resolve("c.jsonl").toString(), "--vs", "spacy");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("corenlp");
  }

  @Test
  void spark_withoutSparkOnClasspath_explainsHowToRunIt() {
    // the CLI's test classpath, like its default runtime classpath, has no Spark
    CliRun r = run("spark", "--input", "in.jsonl", "--output", dir.resolve("out").toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains("Spark is not on the classpath").contains("spark-submit");
  }
}
