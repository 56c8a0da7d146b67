package org.dossier.eval.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.dossier.model.Actor;
import org.dossier.model.ActorType;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

class ScoreTest {
  @Test
  void prf_exactCounts_givesConllevalNumbers() {
    Prf p = Prf.of(3, 1, 2); // 3 right, 1 spurious, 2 missed
    assertThat(p.precision()).isEqualTo(0.75);
    assertThat(p.recall()).isEqualTo(0.6);
    assertThat(p.f1()).isCloseTo(2 * 0.75 * 0.6 / 1.35, within(1e-12));
  }

  @Test
  void prf_nothingPredicted_isZeroNotNaN() {
    assertThat(Prf.of(0, 0, 5).precision()).isZero();
    assertThat(Prf.of(0, 0, 5).f1()).isZero();
    assertThat(Prf.ZERO.recall()).isZero();
  }

  @Test
  void prf_matchedAboveTotal_isRejectedWithValue() {
    assertThatThrownBy(() -> new Prf(3, 2, 0, 0)).hasMessageContaining("got: 3");
  }

  @Test
  void exact_spanAndTypeMustBothMatch_perTypeAndMicroAverage() {
    List<TypedSpan> gold = List.of(new TypedSpan(0, 2, "PER"), new TypedSpan(5, 6, "LOC"), new TypedSpan(8, 9, "ORG"));
    List<TypedSpan> pred = List.of(new TypedSpan(0, 2, "PER"), // right
        new TypedSpan(5, 6, "ORG"), // wrong type
        new TypedSpan(8, 10, "ORG")); // wrong span
    Map<String, Prf> s = SpanScorer.exact(gold, pred);
    assertThat(s.get("PER")).isEqualTo(new Prf(1, 1, 1, 1));
    assertThat(s.get("LOC")).isEqualTo(new Prf(0, 0, 0, 1));
    assertThat(s.get("ORG")).isEqualTo(new Prf(0, 2, 0, 1));
    assertThat(s.get(SpanScorer.ALL).precision()).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(s.get(SpanScorer.ALL).recall()).isCloseTo(1 / 3.0, within(1e-12));
  }

  @Test
  void exact_duplicatePrediction_countsOnceAsRight() {
    List<TypedSpan> gold = List.of(new TypedSpan(0, 2, "PER"));
    Map<String, Prf> s = SpanScorer.exact(gold, List.of(new TypedSpan(0, 2, "PER"), new TypedSpan(0, 2, "PER")));
    assertThat(s.get("PER")).isEqualTo(new Prf(1, 2, 1, 1));
  }

  @Test
  void overlap_onePredictionCoveringTwoGold_recallTwoPrecisionOne() {
    List<TypedSpan> gold = List.of(new TypedSpan(0, 3, "T"), new TypedSpan(4, 6, "T"), new TypedSpan(20, 22, "T"));
    List<TypedSpan> pred = List.of(new TypedSpan(2, 5, "X"), new TypedSpan(10, 12, "X"));
    Prf p = SpanScorer.overlap(gold, pred);
    assertThat(p).isEqualTo(new Prf(1, 2, 2, 3));
  }

  @Test
  void chunks_iob1_iOpensAndBSeparatesAdjacentChunks() {
    List<TypedSpan> c = IobChunker.chunks(List.of("I-PER", "I-PER", "B-PER", "O", "I-LOC", "I-ORG", "I-ORG"));
    assertThat(c).containsExactly(new TypedSpan(0, 2, "PER"), new TypedSpan(2, 3, "PER"), new TypedSpan(4, 5, "LOC"),
        new TypedSpan(5, 7, "ORG"));
  }

  @Test
  void chunks_iob2_sameChunksAsIob1() {
    assertThat(IobChunker.chunks(List.of("B-MISC", "I-MISC", "O", "B-LOC", "B-LOC")))
        .containsExactly(new TypedSpan(0, 2, "MISC"), new TypedSpan(3, 4, "LOC"), new TypedSpan(4, 5, "LOC"));
  }

  @Test
  void chunks_chunkAtSentenceEnd_isClosed() {
    assertThat(IobChunker.chunks(List.of("O", "I-ORG"))).containsExactly(new TypedSpan(1, 2, "ORG"));
  }

  @Test
  void chunks_badTag_isRejectedWithValue() {
    assertThatThrownBy(() -> IobChunker.chunks(List.of("PER"))).hasMessageContaining("got: PER");
  }

  @Test
  void tokens_spanInsideAndAcrossTokens_coversOverlappedTokens() {
    // "New York is big": tokens [0,3) [4,8) [9,11) [12,15)
    TokenAligner a = new TokenAligner(new int[] {0, 4, 9, 12}, new int[] {3, 8, 11, 15});
    assertThat(a.tokens(0, 8, "LOC")).isEqualTo(new TypedSpan(0, 2, "LOC"));
    assertThat(a.tokens(5, 10, "X")).isEqualTo(new TypedSpan(1, 3, "X"));
    assertThat(a.tokens(3, 4, "X")).isNull(); // the space between tokens
  }

  @Test
  void tokenAligner_overlappingTokens_areRejected() {
    assertThatThrownBy(() -> new TokenAligner(new int[] {0, 2}, new int[] {3, 4})).hasMessageContaining("token 1");
  }

  @Test
  void matches_byMentionNameOrCode() {
    Actor a = new Actor("a1", "Ana Lima", ActorType.PERSON, null, "BRA", "BRAGOV", List.of(), List.of("Lima"),
        List.of(new Span(10, 18, "Ana Lima")));
    assertThat(ActorMatch.matches(a, null, 12, 14, null)).isTrue();
    assertThat(ActorMatch.matches(a, "Minister Lima's", -1, -1, null)).isTrue();
    assertThat(ActorMatch.matches(a, "Limassol", -1, -1, null)).isFalse();
    assertThat(ActorMatch.matches(a, "the government", -1, -1, "BRA")).isTrue();
    assertThat(ActorMatch.matches(a, "the government", -1, -1, "ARG")).isFalse();
    assertThat(ActorMatch.matches(null, "Ana Lima", 10, 18, null)).isFalse();
  }
}
