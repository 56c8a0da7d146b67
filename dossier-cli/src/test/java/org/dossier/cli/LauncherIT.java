package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code ./dossier} launcher the README documents, run against the packaged build. */
class LauncherIT {
  @TempDir
  Path dir;

  private record Run(int status, String out, String err) {}

  private static Run launch(String... args) throws IOException, InterruptedException {
    Path launcher = Path.of("..", "dossier").toAbsolutePath().normalize();
    String[] command = new String[args.length + 2];
    command[0] = "bash";
    command[1] = launcher.toString();
    System.arraycopy(args, 0, command, 2, args.length);
    Process p = new ProcessBuilder(command).start();
    p.getOutputStream().close();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("launcher did not finish");
    }
    return new Run(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
        new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
  }

  @Test
  void launcher_missingInput_reportsOnStderrAndFails() throws Exception {
    // regression: a redirection in the launcher once sent every error message to /dev/null
    Run r = launch("extract", dir.resolve("missing.txt").toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains("missing.txt").contains("no such file");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void launcher_textFile_printsDossierJson() throws Exception {
    Path f = dir.resolve("a.txt");
    Files.writeString(f, "Governor Tom Hart visited Boston on Monday.");
    Run r = launch("extract", f.toString(), "--date", "2024-05-17");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"schema\" : \"dossier/1\"").contains("Tom Hart");
  }
}
