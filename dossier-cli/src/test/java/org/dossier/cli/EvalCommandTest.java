package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
  @TempDir
  Path dir;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void eval_dataAbsent_printsOneLineAndExitsOne() {
    CliRun r = run("eval", "timebank", "--data", dir.resolve("none").toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err().strip()).startsWith("dossier: eval: evaluation data for 'timebank' not found")
        .doesNotContain("Exception").doesNotContain("\n");
  }

  @Test
  void eval_unknownSuite_isUsageError() {
    CliRun r = run("eval", "nosuch", "--data", dir.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("unknown suite 'nosuch'");
  }

  @Test
  void eval_negativeLimit_isUsageError() {
    assertThat(run("eval", "conll2003", "--limit", "-1").status()).isEqualTo(2);
  }
}
