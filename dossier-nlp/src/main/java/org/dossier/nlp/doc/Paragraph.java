package org.dossier.nlp.doc;

/**
 * A block of text that no sentence crosses: a paragraph or a heading.
 *
 * @param index   position in the document, from 0
 * @param begin   first char
 * @param end     char after the last
 * @param heading true for a heading (a short line without final punctuation)
 */
public record Paragraph(int index, int begin, int end, boolean heading) {
  public Paragraph {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("invalid paragraph [" + begin + ", " + end + ")");
    }
  }
}
