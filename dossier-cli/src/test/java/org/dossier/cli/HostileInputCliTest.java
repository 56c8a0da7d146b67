package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17 at the command line: bad records cost only themselves, each reported in one line. */
class HostileInputCliTest {
  @TempDir
  Path dir;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  private static String record(String id, String published, String text) {
    return "{\"id\":\"" + id + "\",\"published\":\"" + published + "\",\"text\":\"" + text + "\"}\n";
  }

  @Test
  void extract_jsonlWithLongIdYearZeroAndEscapeInId_reportsEachByLineAndExtractsTheRest() throws IOException {
    Path f = dir.resolve("c.jsonl");
    Files.writeString(f, record("good1", "2024-05-17", "Tom Hart visited Boston.")
        + record("x".repeat(40_000), "2024-05-17", "Ana Lopez visited Denver.")
        + record("old", "0000-01-01", "Ana Lopez visited Denver.")
        + record("esc\\u001b[2Jape", "2024-05-17", "Ana Lopez visited Denver.")
        + record("good5", "2024-05-17", "Ana Lopez visited Denver."));
    CliRun r = run("extract", f.toString(), "--format", "jsonl");
    assertThat(r.status()).isEqualTo(1);
    List<String> out = r.out().lines().toList();
    assertThat(out).hasSize(2);
    assertThat(out.get(0)).contains("\"id\":\"good1\"");
    assertThat(out.get(1)).contains("\"id\":\"good5\"");
    List<String> errors = r.err().lines().filter(l -> l.startsWith("dossier: error:")).toList();
    assertThat(errors).hasSize(3);
    assertThat(errors.get(0)).contains(f + ":2:").contains("\"id\" too long").hasSizeLessThan(300);
    assertThat(errors.get(1)).contains(f + ":3:").contains("0000-01-01");
    assertThat(errors.get(2)).contains(f + ":4:").contains("\\u001b");
    assertThat(r.err()).doesNotContain("\u001b");
  }

  @Test
  void extract_dateOptionYearZero_usageErrorNamingTheRange() throws IOException {
    Path f = dir.resolve("a.txt");
    Files.writeString(f, "Tom Hart visited Boston.");
    CliRun r = run("extract", f.toString(), "--date", "0000-01-01");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--date").contains("1800-01-01").contains("2100-12-31");
  }

  @Test
  void extract_docTimeoutZero_usageError() throws IOException {
    Path f = dir.resolve("a.txt");
    Files.writeString(f, "Tom Hart visited Boston.");
    CliRun r = run("extract", f.toString(), "--doc-timeout", "0");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--doc-timeout");
  }

  @Test
  void extract_emptyJsonl_saysSoInOneLine() throws IOException {
    Path f = dir.resolve("none.jsonl");
    Files.writeString(f, "");
    CliRun r = run("extract", f.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err().lines().filter(l -> l.startsWith("dossier: error:")).toList()).singleElement()
        .satisfies(l -> assertThat(l).contains("none.jsonl").contains("empty input"));
  }

  @Test
  void ingest_help_listsFollowLinksAndDocTimeout() {
    assertThat(run("ingest", "--help").out()).contains("--follow-links").contains("--doc-timeout");
  }

  @Test
  void benchHostile_smallSizes_printsOneRowPerSizeAndTheVerdict() {
    CliRun r = run("bench", "--hostile", "--case", "repeated-names", "--sizes", "1000,10000");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("| repeated-names | 1 KB |").contains("| repeated-names | 10 KB |")
        .contains("hostile: every case finished and scaled linearly");
  }

  @Test
  void benchHostile_unknownCase_usageErrorListingTheCases() {
    CliRun r = run("bench", "--hostile", "--case", "nope");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("repeated-names");
  }
}
