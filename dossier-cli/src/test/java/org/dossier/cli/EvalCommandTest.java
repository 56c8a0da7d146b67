package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
  @TempDir
  Path dir;

  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = DossierCli.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void eval_dataAbsent_printsOneLineAndExitsOne() {
    Run r = run("eval", "timebank", "--data", dir.resolve("none").toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err().strip()).startsWith("dossier: eval: evaluation data for 'timebank' not found")
        .doesNotContain("Exception").doesNotContain("\n");
  }

  @Test
  void eval_unknownSuite_isUsageError() {
    Run r = run("eval", "nosuch", "--data", dir.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("unknown suite 'nosuch'");
  }

  @Test
  void eval_negativeLimit_isUsageError() {
    assertThat(run("eval", "conll2003", "--limit", "-1").status()).isEqualTo(2);
  }
}
