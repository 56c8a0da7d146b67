package org.dossier.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.dossier.nlp.doc.Mention;
import org.junit.jupiter.api.Test;

/** Issue 17: merging CRF and knowledge-base mentions costs n log n, not n² (removeAll in a loop). */
class NerMentionsMergeTest {
  private static Mention m(int token, int tokens, String label, String source) {
    return new Mention(token * 10, (token + tokens) * 10 - 1, token, token + tokens, "x", label, source);
  }

  @Test
  void merge_matchCoveringTwoCrfMentions_replacesThemAndKeepsOthers() {
    List<Mention> ner = List.of(m(0, 1, "PERSON", "ner"), m(2, 1, "ORGANIZATION", "ner"), m(3, 1, "ORGANIZATION", "ner"),
        m(6, 2, "LOCATION", "ner"));
    List<Mention> gaz = List.of(m(2, 2, "ORGANIZATION", "kb"), m(7, 2, "COUNTRY", "kb"));
    List<Mention> out = NerMentions.merge(ner, gaz);
    // the match over tokens 2-3 covers both CRF mentions; the one over 7-8 crosses the CRF's 6-7 and is dropped
    assertThat(out).extracting(Mention::firstToken, Mention::endToken, Mention::source)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 1, "ner"), org.assertj.core.groups.Tuple.tuple(2, 4, "ner+kb"),
            org.assertj.core.groups.Tuple.tuple(6, 8, "ner"));
  }

  @Test
  void merge_oneHundredThousandMentionsInOneSentence_finishesInSeconds() {
    int n = 100_000;
    List<Mention> ner = new ArrayList<>(n);
    List<Mention> gaz = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      ner.add(m(3 * i, 1, "ORGANIZATION", "ner"));
      gaz.add(m(3 * i, 2, "ORGANIZATION", "kb"));
    }
    List<Mention> out = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> NerMentions.merge(ner, gaz));
    assertThat(out).hasSize(n).allSatisfy(x -> assertThat(x.source()).isEqualTo("ner+kb"));
  }
}
