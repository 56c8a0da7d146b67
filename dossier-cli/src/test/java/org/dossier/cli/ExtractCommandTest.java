package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.model.DossierAssertions;
import org.dossier.model.DossierJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
  @TempDir
  Path dir;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  @Test
  void extract_singleTextFile_printsOneValidObject() throws IOException {
    String text = "Governor Tom Hart visited Boston on Monday.\nHart Speaks\nHart said the state would pay.";
    Path f = write("hart.txt", text);
    CliRun r = run("extract", f.toString(), "--date", "2024-05-17");
    assertThat(r.status()).as(r.err()).isZero();
    DossierAssertions.assertValidAgainstSchema(r.out());
    JsonNode node = DossierJson.mapper().readTree(r.out());
    assertThat(node.at("/document/text").asText()).isEqualTo(text);
    assertThat(node.at("/document/published").asText()).isEqualTo("2024-05-17");
    assertThat(node.at("/document/id").asText()).isEqualTo("hart");
    DossierAssertions.assertOffsetsSliceText(DossierJson.fromJson(r.out()));
  }

  @Test
  void extract_badFilesAmongGood_reportsEachAndKeepsOrder() throws IOException {
    Path good1 = write("a.txt", "Tom Hart visited Boston.");
    Path empty = write("b.txt", "");
    Path good2 = write("c.txt", "Ana Lopez visited Denver.");
    CliRun r = run("extract", good1.toString(), empty.toString(), dir.resolve("missing.txt").toString(),
        good2.toString());
    assertThat(r.status()).isEqualTo(1);
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).contains("\"id\":\"a\"");
    assertThat(lines.get(1)).contains("\"id\":\"c\"");
    assertThat(r.err()).contains("b.txt").contains("empty").contains("missing.txt");
  }

  @Test
  void extract_jsonlWithMalformedLine_printsOthersAsJsonl() throws IOException {
    Path f = write("c.jsonl", "{\"id\":\"x1\",\"published\":\"2020-01-02\",\"text\":\"Tom Hart visited Boston.\"}\n"
        + "{broken\n{\"id\":\"x3\",\"text\":\"Ana Lopez visited Denver.\"}\n");
    CliRun r = run("extract", f.toString(), "--threads", "2");
    assertThat(r.status()).isEqualTo(1);
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(2);
    for (String line : lines) {
      DossierAssertions.assertValidAgainstSchema(line);
    }
    assertThat(r.err()).contains("c.jsonl:2").contains("malformed JSON");
  }

  @Test
  void extract_markdown_rendersActors() throws IOException {
    Path f = write("m.txt", "Governor Tom Hart visited Boston on Monday.");
    CliRun r = run("extract", f.toString(), "--format", "md");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("# m").contains("## Actors").contains("**Tom Hart** (PERSON");
  }

  @Test
  void extract_titleWithSeveralFiles_usageError() throws IOException {
    Path a = write("a.txt", "A.");
    CliRun r = run("extract", a.toString(), a.toString(), "--title", "T");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--title");
  }

  @Test
  void help_everyCommand_printsUsage() {
    assertThat(run("--help").out()).contains("extract");
    assertThat(run("extract", "--help").out()).contains("--date").contains("--format");
  }
}
