package org.dossier.nlp.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {
  @TempDir
  Path dir;

  private List<InputRecord> read(Path p, ReadOptions o) {
    try (var s = DocumentReader.read(p, o)) {
      return s.toList();
    }
  }

  @Test
  void read_plainText_keepsTextExactlyWithDateAndFileNameId() throws IOException {
    Path p = dir.resolve("story.txt");
    String text = "Héllo “world”.\r\nSecond line.";
    Files.writeString(p, text, StandardCharsets.UTF_8);
    List<InputRecord> r = read(p, new ReadOptions(LocalDate.of(2024, 5, 17), null, null, 1000));
    assertThat(r).singleElement().satisfies(x -> {
      assertThat(x.document().text()).isEqualTo(text);
      assertThat(x.document().id()).isEqualTo("story");
      assertThat(x.document().published()).isEqualTo(LocalDate.of(2024, 5, 17));
    });
  }

  @Test
  void read_missingFile_oneErrorNamingFile() {
    List<InputRecord> r = read(dir.resolve("nope.txt"), ReadOptions.defaults());
    assertThat(r).singleElement().satisfies(x -> assertThat(x.error()).contains("nope.txt").contains("no such file"));
  }

  @Test
  void read_binaryFile_errorNotDocument() throws IOException {
    Path p = dir.resolve("blob.bin");
    Files.write(p, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, (byte) 0x80});
    assertThat(read(p, ReadOptions.defaults())).singleElement()
        .satisfies(x -> assertThat(x.error()).contains("blob.bin"));
  }

  @Test
  void read_oversizedFile_rejectedWithSize() throws IOException {
    Path p = dir.resolve("big.txt");
    Files.writeString(p, "a".repeat(2000));
    assertThat(read(p, new ReadOptions(null, null, null, 1000))).singleElement()
        .satisfies(x -> assertThat(x.error()).contains("big.txt").contains("too large"));
  }

  @Test
  void read_jsonlWithBadLine_reportsLineAndKeepsOthers() throws IOException {
    Path p = dir.resolve("c.jsonl");
    Files.writeString(p, "{\"id\":\"x1\",\"published\":\"2020-01-02\",\"title\":\"T\",\"text\":\"One.\"}\n"
        + "{not json\n\n{\"id\":\"x3\",\"text\":\"Three.\",\"published\":null}\n{\"id\":\"x4\"}\n");
    List<InputRecord> r = read(p, ReadOptions.defaults());
    assertThat(r).hasSize(4);
    assertThat(r.get(0).document().published()).isEqualTo(LocalDate.of(2020, 1, 2));
    assertThat(r.get(0).document().title()).isEqualTo("T");
    assertThat(r.get(1).error()).contains("c.jsonl:2").contains("malformed JSON");
    assertThat(r.get(2).document().id()).isEqualTo("x3");
    assertThat(r.get(2).document().published()).isNull();
    assertThat(r.get(3).error()).contains("c.jsonl:5").contains("text");
  }

  @Test
  void read_html_extractsTitleDateAndBlocksAsLines() throws IOException {
    Path p = dir.resolve("page.html");
    Files.writeString(p, "<html><head><title>Site | Page</title>"
        + "<meta property=\"og:title\" content=\"Mayor Opens Bridge\">"
        + "<meta property=\"article:published_time\" content=\"2023-03-04T10:00:00Z\"></head>"
        + "<body><nav>Home News</nav><article><h2>Why It Matters</h2><p>The mayor opened the bridge.</p>"
        + "<p>She said it was <b>late</b>.</p><script>alert(1)</script></article></body></html>");
    InputRecord r = read(p, ReadOptions.defaults()).get(0);
    assertThat(r.document().title()).isEqualTo("Mayor Opens Bridge");
    assertThat(r.document().published()).isEqualTo(LocalDate.of(2023, 3, 4));
    assertThat(r.document().text()).isEqualTo("Why It Matters\nThe mayor opened the bridge.\nShe said it was late.");
  }
}
