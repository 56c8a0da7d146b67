package org.dossier.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.nlp.doc.Paragraph;
import org.junit.jupiter.api.Test;

/** Issue 17: the text CoreNLP sees has bounded tokens, offsets unchanged. */
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
  void blockText_ordinaryProse_unchanged() {
    String text = "Officials met in Geneva on Monday. They said talks would go on! Would they? Yes.";
    assertThat(CoreNlpLayer.blockText(text, whole(text), 200)).isEqualTo(text);
  }
}
