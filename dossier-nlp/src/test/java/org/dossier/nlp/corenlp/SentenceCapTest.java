package org.dossier.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.stream.IntStream;
import org.dossier.model.DocumentInfo;
import org.dossier.nlp.DossierConfig;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.doc.Sentence;
import org.dossier.nlp.doc.Token;
import org.dossier.nlp.text.ParagraphSegmenter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 17: CoreNLP's NER decoding is quadratic in one sentence's length (a million nested quote
 * marks without a sentence end went over the 60 s budget); an overlong sentence is cut by tokens.
 */
class SentenceCapTest {
  private static CoreNlpLayer layer;
  private static final int CAP = CoreNlpLayer.SENTENCE_CAP_FACTOR * DossierConfig.defaults().maxSentenceTokens();

  @BeforeAll
  static void load() {
    layer = new CoreNlpLayer(DossierConfig.defaults());
  }

  private static Doc annotate(String text) {
    Doc doc = Doc.of(DocumentInfo.of("cap", LocalDate.of(2024, 5, 17), text));
    return layer.apply(new ParagraphSegmenter().apply(doc));
  }

  private static List<Integer> sizes(int[] cuts) {
    return IntStream.range(0, cuts.length - 1).mapToObj(i -> cuts[i + 1] - cuts[i]).toList();
  }

  @ParameterizedTest(name = "{0} tokens, cap {1} -> {2}")
  @CsvSource(delimiter = ';', value = {
      "1; 10; 1",
      "10; 10; 10",
      "11; 10; 5,6",
      "20; 10; 10,10",
      "21; 10; 7,7,7",
      "1001; 1000; 500,501",
      "2999; 1000; 999,1000,1000"})
  void cuts_sentenceOfNTokens_fewestNearEqualPiecesWithinTheCap(int n, int cap, String expected) {
    List<Integer> want = java.util.Arrays.stream(expected.split(",")).map(Integer::valueOf).toList();
    assertThat(sizes(SentenceCap.cuts(n, cap))).isEqualTo(want);
  }

  @Test
  void cuts_anyLengthOverTheCap_everyPieceAtLeastHalfTheCap() {
    for (int n = 1001; n < 5000; n += 37) {
      assertThat(sizes(SentenceCap.cuts(n, 1000))).as("n=%d", n).allSatisfy(size ->
          assertThat(size).isBetween(500, 1000));
    }
  }

  @Test
  void constructor_noMaxTokensProperty_rejectedNamingTheProperty() {
    assertThatThrownBy(() -> new SentenceCap("sentencecap", new Properties()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxTokens");
  }

  /** Before the cap, this was one sentence of about 6,000 tokens for CoreNLP's NER to decode. */
  @Test
  void apply_nestedQuotesWithoutSentenceEnd_cutIntoSentencesWithinTheCapCoveringEveryToken() {
    String text = "“(‘[".repeat(1_500) + " Putin said so " + "]’)”".repeat(1_500);
    Doc doc = annotate(text);
    List<Sentence> sentences = doc.get(Layers.SENTENCES);
    List<Token> tokens = doc.get(Layers.TOKENS);

    assertThat(tokens).hasSizeGreaterThan(6_000);
    assertThat(sentences).hasSizeGreaterThan(6);
    assertThat(sentences).allSatisfy(s -> assertThat(s.size()).isBetween(CAP / 2, CAP));
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      assertThat(s.index()).isEqualTo(i);
      assertThat(s.firstToken()).isEqualTo(i == 0 ? 0 : sentences.get(i - 1).endToken());
      assertThat(tokens.subList(s.firstToken(), s.endToken())).allSatisfy(t -> assertThat(t.sentence()).isEqualTo(s.index()));
    }
    assertThat(sentences.get(sentences.size() - 1).endToken()).isEqualTo(tokens.size());
  }

  /** Pieces stay longer than the tagger's limit, so no piece is tagged where the whole was not. */
  @Test
  void apply_overlongSentence_piecesStayUntaggedAsTheWholeWas() {
    Doc doc = annotate("Officials met ministers and ".repeat(300) + "left");
    assertThat(doc.get(Layers.SENTENCES)).hasSizeGreaterThan(1);
    // "X" is CoreNLP's tag for every token of a sentence over the tagger's limit
    assertThat(doc.get(Layers.TOKENS)).allSatisfy(t -> assertThat(t.pos()).isEqualTo("X"));
  }

  @Test
  void apply_newsSentences_keptWholeAndTagged() {
    Doc doc = annotate("Officials from Moscow met the ministers of France in Geneva on Monday. Talks went on.");
    assertThat(doc.get(Layers.SENTENCES)).extracting(Sentence::size).containsExactly(13, 4);
    assertThat(doc.get(Layers.TOKENS)).allSatisfy(t -> assertThat(t.pos()).isNotEqualTo("X"));
  }
}
