package org.dossier.nlp.doc;

/**
 * A sentence: a run of tokens within one paragraph.
 *
 * @param index      position in the document, from 0
 * @param begin      first char
 * @param end        char after the last
 * @param firstToken index of its first token
 * @param endToken   index after its last token
 * @param paragraph  index of its paragraph
 * @param heading    whether its paragraph is a heading
 */
public record Sentence(int index, int begin, int end, int firstToken, int endToken, int paragraph,
    boolean heading) {
  /** Number of tokens. */
  public int size() {
    return endToken - firstToken;
  }
}
