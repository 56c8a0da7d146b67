package org.dossier.nlp.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17: input that used to break a store, exhaust memory or lose good records. */
class HostileInputTest {
  @TempDir
  Path dir;

  private static List<InputRecord> read(Path p) {
    try (var s = DocumentReader.read(p, ReadOptions.defaults())) {
      return s.toList();
    }
  }

  private static String record(String id, String published, String text) {
    return "{\"id\":\"" + id + "\",\"published\":\"" + published + "\",\"text\":\"" + text + "\"}\n";
  }

  @Test
  void read_jsonlWithFortyThousandCharId_rejectsThatLineByFileAndLineKeepsTheOthers() throws IOException {
    Path p = dir.resolve("c.jsonl");
    Files.writeString(p, record("good1", "2024-05-17", "Officials met.")
        + record("x".repeat(40_000), "2024-05-17", "Officials met again.")
        + record("good3", "2024-05-17", "Talks went on."));
    List<InputRecord> r = read(p);
    assertThat(r).hasSize(3);
    assertThat(r.get(0).document().id()).isEqualTo("good1");
    assertThat(r.get(1).error()).startsWith(p + ":2: ").contains("\"id\" too long").doesNotContain("\n")
        .hasSizeLessThan(300);
    assertThat(r.get(2).document().id()).isEqualTo("good3");
  }

  @Test
  void read_jsonlWithControlCharacterInId_rejectedAndEscapedInTheMessage() throws IOException {
    Path p = dir.resolve("c.jsonl");
    Files.writeString(p, record("bad\\u001b[31mred", "2024-05-17", "Officials met."));
    InputRecord r = read(p).get(0);
    assertThat(r.error()).contains(p + ":1").contains("control character").contains("\\u001b")
        .doesNotContain("\u001b");
  }

  /** Table: each field's limit is enforced with the field's name in the message. */
  @Test
  void read_jsonlWithOverlongFields_rejectedNamingTheField() throws IOException {
    String[][] cases = {
        {"title", "t".repeat(FieldChecks.MAX_TITLE_CHARS + 1)},
        {"url", "https://example.org/" + "u".repeat(FieldChecks.MAX_URL_CHARS)},
        {"source", "s".repeat(FieldChecks.MAX_SOURCE_CHARS + 1)},
    };
    for (String[] c : cases) {
      Path p = dir.resolve(c[0] + ".jsonl");
      Files.writeString(p, "{\"id\":\"a\",\"" + c[0] + "\":\"" + c[1] + "\",\"text\":\"Officials met.\"}\n");
      assertThat(read(p).get(0).error()).as(c[0]).contains(p + ":1").contains("\"" + c[0] + "\" too long");
    }
  }

  @Test
  void read_jsonlWithYearZero_rejectedByFileAndLine() throws IOException {
    Path p = dir.resolve("c.jsonl");
    Files.writeString(p, record("old", "0000-01-01", "Officials met.") + record("ok", "2024-05-17", "Talks."));
    List<InputRecord> r = read(p);
    assertThat(r.get(0).error()).startsWith(p + ":1: ").contains("0000-01-01").contains("1800").contains("2100");
    assertThat(r.get(1).ok()).isTrue();
  }

  /** Table: the sane range is 1800-01-01 .. 2100-12-31 inclusive. */
  @Test
  void checkDate_boundaries_acceptedInsideRejectedOutside() {
    String[][] cases = {{"1800-01-01", "ok"}, {"2100-12-31", "ok"}, {"1799-12-31", "bad"}, {"2101-01-01", "bad"},
        {"0000-01-01", "bad"}, {"2024-05-17", "ok"}};
    for (String[] c : cases) {
      String problem = FieldChecks.dateProblem(java.time.LocalDate.parse(c[0]));
      assertThat(problem == null ? "ok" : "bad").as(c[0]).isEqualTo(c[1]);
    }
  }

  @Test
  void read_jsonlWithInvalidUtf8Line_reportsThatLineOnlyAndKeepsItsNeighbours() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 1; i <= 9; i++) {
      if (i == 6) {
        bytes.write("{\"id\":\"bad\",\"text\":\"caf".getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[] {(byte) 0xC3, (byte) 0x28}); // a lead byte without its continuation
        bytes.write("\"}\n".getBytes(StandardCharsets.UTF_8));
      } else {
        bytes.write(record("r" + i, "2024-05-17", "Record " + i + ".").getBytes(StandardCharsets.UTF_8));
      }
    }
    Path p = dir.resolve("c.jsonl");
    Files.write(p, bytes.toByteArray());
    List<InputRecord> r = read(p);
    assertThat(r).hasSize(9);
    assertThat(r.stream().filter(x -> !x.ok()).map(InputRecord::error).toList())
        .singleElement().satisfies(e -> assertThat(e).startsWith(p + ":6: ").contains("UTF-8"));
    assertThat(r.stream().filter(InputRecord::ok).map(x -> x.document().id()).toList())
        .containsExactly("r1", "r2", "r3", "r4", "r5", "r7", "r8", "r9");
  }

  @Test
  void read_jsonlLineOverTheLimit_rejectedWithoutReadingItWhole() throws IOException {
    Path p = dir.resolve("c.jsonl");
    Files.writeString(p, record("big", "2024-05-17", "a".repeat(3000)) + record("ok", "2024-05-17", "Talks."));
    List<InputRecord> r;
    try (var s = DocumentReader.read(p, new ReadOptions(null, null, null, 1000))) {
      r = s.toList();
    }
    assertThat(r.get(0).error()).startsWith(p + ":1: ").contains("too large");
    assertThat(r.get(1).document().id()).isEqualTo("ok");
  }

  @Test
  void read_endlessDevice_rejectedAsTooLargeWithoutExhaustingMemory() {
    Path zero = Path.of("/dev/zero");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(zero));
    List<InputRecord> r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> read(zero));
    assertThat(r).singleElement().satisfies(x -> assertThat(x.error()).contains("/dev/zero").contains("too large"));
  }

  @Test
  void read_emptyJsonl_saysItHasNoRecords() throws IOException {
    Path p = dir.resolve("empty.jsonl");
    Files.writeString(p, "\n\n");
    assertThat(read(p)).singleElement().satisfies(x -> assertThat(x.error()).contains("empty.jsonl")
        .contains("no records"));
  }

  @Test
  void read_plainTextWithOverlongIdOption_rejected() throws IOException {
    Path p = dir.resolve("story.txt");
    Files.writeString(p, "Officials met.");
    try (var s = DocumentReader.read(p, new ReadOptions(null, null, "i".repeat(5000), 1000))) {
      assertThat(s.toList()).singleElement().satisfies(x -> assertThat(x.error()).contains("story.txt")
          .contains("\"id\" too long"));
    }
  }
}
