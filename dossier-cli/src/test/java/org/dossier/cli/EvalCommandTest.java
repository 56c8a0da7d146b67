package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
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

  @Test
  void evalArticles_goldAbsent_printsOneLineAndExitsOne() {
    CliRun r = run("eval", "articles", "--gold", dir.resolve("none").toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err().strip()).startsWith("dossier: eval: evaluation data for 'articles' not found")
        .contains("none").doesNotContain("\n");
  }

  @Test
  void evalArticles_ownGoldFolder_scoresAndGroupsMisses() throws IOException {
    Path corpora = Files.createDirectories(dir.resolve("shared/corpora"));
    Files.writeString(corpora.resolve("mine.jsonl"), "{\"id\": \"m1\", \"text\": \"Talks in Geneva."
        + " Maria Lindqvist, the foreign minister of Sweden, said on Tuesday that Sweden would send aid.\"}\n");
    Path gold = Files.createDirectories(dir.resolve("shared/gold/mine"));
    Files.writeString(gold.resolve("m1.gold.json"), """
        {"doc": "M1", "input": "shared/corpora/mine.jsonl#m1", "published": "2020-06-04",
         "actors": [{"name": "Maria Lindqvist", "aliases": ["Lindqvist"], "type": "PERSON", "country": "SWE",
                     "must": true},
                    {"name": "Sweden", "aliases": [], "type": "COUNTRY", "country": "SWE", "must": true},
                    {"name": "Atlantis", "aliases": [], "type": "COUNTRY", "country": "ATL", "must": true}],
         "quotes": [], "not_speech_by_single_speaker": [], "events": [],
         "times": [{"anchor": "said on Tuesday", "text": "Tuesday", "value": "2020-06-02", "must": true}],
         "claims": [], "goals": []}
        """);
    CliRun r = run("eval", "articles", "--data", dir.resolve("shared/data").toString(), "--gold", gold.toString(),
        "--errors");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("M1: actors 2/3 person_precision ").contains("times 1/1")
        .contains("TOTAL 1 articles: actors 2/3 (67%)").contains("misses by kind").contains("actor missing (1)")
        .contains("  M1: Atlantis");
  }
}
