package org.dossier.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.nlp.doc.Paragraph;
import org.junit.jupiter.api.Test;

/** Issue 17: the text CoreNLP sees has bounded tokens and bounded sentences, offsets unchanged. */
class BlockTextTest {
  private static List<Paragraph> whole(String text) {
    return List.of(new Paragraph(0, 0, text.length(), false));
  }

  @Test
  void blockText_runLongerThanTheTokenLimit_cutEveryLimitPlusOneChars() {
    String text = "x".repeat(450);
    String seen = CoreNlpLayer.blockText(text, whole(text), 200);
    assertThat(seen).hasSameSizeAs(text);
    assertThat(seen.split(" ")).extracting(String::length).containsExactly(200, 200, 48);
  }

  @Test
  void blockText_textThatNeverEndsASentence_brokenAtWhiteSpaceBeyondTheSentenceLimit() {
    String text = "officials met again and ".repeat(500); // 12,000 chars, no sentence end
    String seen = CoreNlpLayer.blockText(text, whole(text), 200);
    assertThat(seen).hasSameSizeAs(text);
    String[] stretches = seen.split("\n");
    assertThat(stretches).hasSizeGreaterThanOrEqualTo(text.length() / (CoreNlpLayer.MAX_SENTENCE_CHARS + 2));
    for (String stretch : stretches) {
      assertThat(stretch.length()).isLessThanOrEqualTo(CoreNlpLayer.MAX_SENTENCE_CHARS + 40); // up to the next white space
    }
  }

  @Test
  void blockText_ordinaryProse_unchanged() {
    String text = "Officials met in Geneva on Monday. They said talks would go on! Would they? Yes.";
    assertThat(CoreNlpLayer.blockText(text, whole(text), 200)).isEqualTo(text);
  }
}
