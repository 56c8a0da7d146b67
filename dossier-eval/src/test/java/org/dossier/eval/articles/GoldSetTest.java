package org.dossier.eval.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldSetTest {
  @TempDir
  Path dir;

  private static String gold(String doc, String input) {
    return "{\"doc\": \"" + doc + "\", \"input\": \"" + input + "\", \"published\": \"2021-05-06\", \"actors\": []}";
  }

  @Test
  void read_sharedInputs_textsFromCorpusInSortedOrder() throws IOException {
    Path shared = dir.resolve("shared");
    Files.createDirectories(shared.resolve("corpora"));
    Files.writeString(shared.resolve("corpora/news.jsonl"), "{\"id\": \"n1\", \"text\": \"First text.\"}\n\n"
        + "{\"id\": \"n2\", \"text\": \"Second text.\"}\n");
    Path golds = Files.createDirectories(dir.resolve("golds"));
    Files.writeString(golds.resolve("b.gold.json"), gold("B", "shared/corpora/news.jsonl#n1"));
    Files.writeString(golds.resolve("a.gold.json"), gold("A", "shared/corpora/news.jsonl#n2"));
    Files.writeString(golds.resolve("c.gold.json"), gold("C", "shared/corpora/news.jsonl"));
    Files.writeString(golds.resolve("notes.json"), gold("D", "shared/corpora/news.jsonl#n1"));
    List<GoldSet.Article> articles = GoldSet.read(golds, shared);
    assertThat(articles).extracting(GoldSet.Article::id).containsExactly("n2", "n1");
    assertThat(articles).extracting(GoldSet.Article::text).containsExactly("Second text.", "First text.");
    assertThat(articles.get(0).published()).isEqualTo(LocalDate.of(2021, 5, 6));
    assertThat(articles.get(0).gold().get("doc").asText()).isEqualTo("A");
  }

  @Test
  void read_relativeInput_resolvedAgainstGoldFolder() throws IOException {
    Files.writeString(dir.resolve("mine.jsonl"), "{\"id\": \"m\", \"text\": \"Mine.\"}\n");
    Files.writeString(dir.resolve("m.gold.json"), gold("M", "mine.jsonl#m"));
    assertThat(GoldSet.read(dir, dir.resolve("nowhere"))).extracting(GoldSet.Article::text).containsExactly("Mine.");
  }

  @Test
  void read_recordAbsent_throwsNamingIt() throws IOException {
    Files.writeString(dir.resolve("mine.jsonl"), "{\"id\": \"m\", \"text\": \"Mine.\"}\n");
    Files.writeString(dir.resolve("x.gold.json"), gold("X", "mine.jsonl#other"));
    assertThatThrownBy(() -> GoldSet.read(dir, dir)).isInstanceOf(IOException.class).hasMessageContaining("other");
  }
}
