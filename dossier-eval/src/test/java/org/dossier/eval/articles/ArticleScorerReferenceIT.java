package org.dossier.eval.articles;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dossier.eval.EvalContext;
import org.dossier.eval.EvalOptions;
import org.dossier.nlp.DossierConfig;
import org.dossier.nlp.Extractor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java scorer against the reference: every dev article runs through the extractor once, its
 * output is written to a temporary folder and scored both by {@link ArticleScorer} and by
 * {@code python3 ../shared/gold/score.py GOLD TEXT OUT}; the count lines must be identical for
 * every article, and so must the number of misses (score.py's notes without {@code --verbose},
 * which leaves out the events not in gold). Skipped with a notice when {@code ../shared/gold} or
 * {@code python3} is absent.
 */
class ArticleScorerReferenceIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path tmp;

  @Test
  void score_everyDevArticle_sameCountsAsReferenceScorer() throws Exception {
    Path data = Path.of(System.getProperty("dossier.eval.data", "../../shared/data")).toAbsolutePath().normalize();
    EvalOptions options = new EvalOptions(data, data.resolveSibling("corpora"), 0, false, 0, DossierConfig.defaults());
    Path goldDir = options.goldDir();
    Path scorer = goldDir.getParent().resolve("score.py");
    boolean present = Files.isDirectory(goldDir) && Files.isRegularFile(scorer);
    boolean python = present && python3();
    if (!present || !python) {
      System.out.println("[articles reference] skipped: " + (!present ? "no gold folder or score.py at " + goldDir
          : "python3 not found"));
    }
    Assumptions.assumeTrue(present && python, "gold data or python3 absent");
    List<GoldSet.Article> articles = GoldSet.read(goldDir, options.shared());
    assertThat(articles).isNotEmpty();
    Extractor extractor = new EvalContext(options).extractor();
    List<ArticleScore> java = new ArrayList<>();
    List<String> python3Lines = new ArrayList<>();
    for (GoldSet.Article a : articles) {
      JsonNode out = ArticlesSuite.dossier(extractor, a);
      Path text = tmp.resolve(a.id() + ".txt");
      Path output = tmp.resolve(a.id() + ".json");
      Files.writeString(text, a.text(), StandardCharsets.UTF_8);
      Files.writeString(output, JSON.writeValueAsString(out), StandardCharsets.UTF_8);
      List<String> lines = run(scorer, a.file(), text, output);
      ArticleScore s = ArticleScorer.score(a.gold(), a.text(), out);
      java.add(s);
      String last = lines.get(lines.size() - 1);
      python3Lines.add(last);
      assertThat(s.line()).as(a.id()).isEqualTo(last);
      long notes = lines.size() - 1;
      long misses = s.misses().stream().filter(m -> m.kind() != Miss.Kind.SPURIOUS_EVENT).count();
      assertThat(misses).as(a.id() + " misses (score.py notes)").isEqualTo(notes);
    }
    System.out.println("[articles reference] " + articles.size() + " articles, identical count lines; "
        + ArticleScore.sum(java).totalLine(java.size()));
  }

  private static boolean python3() {
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static List<String> run(Path scorer, Path gold, Path text, Path out) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("python3", scorer.toString(), gold.toString(), text.toString(), out.toString())
        .redirectErrorStream(true).start();
    String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(stdout).isZero();
    return stdout.lines().toList();
  }
}
