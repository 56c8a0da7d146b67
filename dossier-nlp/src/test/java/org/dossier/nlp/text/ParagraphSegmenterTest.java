package org.dossier.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.nlp.doc.Paragraph;
import org.junit.jupiter.api.Test;

class ParagraphSegmenterTest {
  private static List<String> blocks(String text) {
    return ParagraphSegmenter.segment(text).stream().map(p -> text.substring(p.begin(), p.end())).toList();
  }

  @Test
  void segment_headingLineWithoutPunctuation_isOwnHeadingBlock() {
    String text = "The council met on Monday.\nWhat the Mayor Wants\nShe wants a new bridge.";
    List<Paragraph> ps = ParagraphSegmenter.segment(text);
    assertThat(blocks(text)).containsExactly("The council met on Monday.", "What the Mayor Wants",
        "She wants a new bridge.");
    assertThat(ps.get(1).heading()).isTrue();
    assertThat(ps.get(0).heading()).isFalse();
  }

  @Test
  void segment_textOfOneUnpunctuatedLine_isNoHeading() {
    assertThat(ParagraphSegmenter.segment("Rebels seize the airport in the north"))
        .singleElement().satisfies(p -> assertThat(p.heading()).isFalse());
    assertThat(ParagraphSegmenter.segment("Rebels Seize Airport\n\nThe rebels took it.").get(0).heading()).isTrue();
  }

  @Test
  void segment_hardWrappedParagraphs_joinedUntilBlankLine() {
    String text = "The mayor of the small coastal town said on Monday that the bridge would\n"
        + "be rebuilt before winter, and that the cost would be shared.\n\nA second paragraph.\n";
    assertThat(blocks(text)).containsExactly(
        "The mayor of the small coastal town said on Monday that the bridge would\n"
            + "be rebuilt before winter, and that the cost would be shared.",
        "A second paragraph.");
  }

  @Test
  void segment_lineEndingInComma_continues() {
    String text = "Officials from Norway,\nSweden and Finland met.";
    assertThat(blocks(text)).hasSize(1);
  }

  @Test
  void segment_crlfAndBlankLines_offsetsSliceText() {
    String text = "\r\nFirst line.\r\n\r\nSecond line.\r\n";
    assertThat(blocks(text)).containsExactly("First line.", "Second line.");
  }

  @Test
  void segment_emptyText_noBlocks() {
    assertThat(ParagraphSegmenter.segment("")).isEmpty();
    assertThat(ParagraphSegmenter.segment("\n\n  \n")).isEmpty();
  }
}
