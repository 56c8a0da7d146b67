package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17 at the command line: bad records cost only themselves, each reported in one line. */
class HostileInputCliTest {
  @TempDir
  Path dir;

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
    CliRun r = CliRun.of("extract", f.toString(), "--format", "jsonl");
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

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = ';', value = {
      "--date; 0000-01-01; --date,1800-01-01,2100-12-31",
      "--doc-timeout; 0; --doc-timeout"})
  void extract_optionOutOfRange_usageErrorNamingIt(String option, String value, String mentions) throws IOException {
    Path f = dir.resolve("a.txt");
    Files.writeString(f, "Tom Hart visited Boston.");
    CliRun r = CliRun.of("extract", f.toString(), option, value);
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains(mentions.split(","));
  }

  @Test
  void extract_emptyJsonl_saysSoInOneLine() throws IOException {
    Path f = dir.resolve("none.jsonl");
    Files.writeString(f, "");
    CliRun r = CliRun.of("extract", f.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err().lines().filter(l -> l.startsWith("dossier: error:")).toList()).singleElement()
        .satisfies(l -> assertThat(l).contains("none.jsonl").contains("empty input"));
  }

  @Test
  void ingest_help_listsFollowLinksAndDocTimeout() {
    assertThat(CliRun.of("ingest", "--help").out()).contains("--follow-links").contains("--doc-timeout");
  }

  @Test
  void benchHostile_smallSizes_printsOneRowPerSizeAndTheVerdict() {
    CliRun r = CliRun.of("bench", "--hostile", "--case", "repeated-names", "--sizes", "1000,10000");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("| repeated-names | 1 KB |").contains("| repeated-names | 10 KB |")
        .contains("hostile: every case finished and scaled linearly");
  }

  @Test
  void benchHostile_unknownCase_usageErrorListingTheCases() {
    CliRun r = CliRun.of("bench", "--hostile", "--case", "nope");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("repeated-names");
  }
}
