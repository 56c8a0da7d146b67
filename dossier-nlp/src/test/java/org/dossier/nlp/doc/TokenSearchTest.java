package org.dossier.nlp.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenSearchTest {
  // "Peace talks resumed" : tokens at 0-5, 6-11, 12-19
  private static final List<Token> TOKENS = List.of(
      new Token(0, 0, 5, "Peace", "NN", "peace", "O", 0),
      new Token(1, 6, 11, "talks", "NNS", "talk", "O", 0),
      new Token(2, 12, 19, "resumed", "VBD", "resume", "O", 0));

  @ParameterizedTest
  @CsvSource({"0,0", "1,1", "6,1", "7,2", "12,2", "13,3", "99,3"})
  void atOrAfter_offset_firstTokenBeginningThereOrLater(int offset, int expected) {
    assertThat(TokenSearch.atOrAfter(TOKENS, offset)).isEqualTo(expected);
  }
}
