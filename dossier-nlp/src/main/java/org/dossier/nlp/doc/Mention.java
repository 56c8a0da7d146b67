package org.dossier.nlp.doc;

/**
 * A mention of a possible actor: a span of tokens with a type.
 *
 * @param begin      first char
 * @param end        char after the last
 * @param firstToken index of the first token
 * @param endToken   index after the last token
 * @param text       the covered text
 * @param label      {@code PERSON}, {@code ORGANIZATION}, {@code LOCATION}, {@code COUNTRY},
 *                   {@code GROUP} or {@code MISC}
 * @param source     what found it ({@code ner}, {@code kb}, {@code pattern})
 */
public record Mention(int begin, int end, int firstToken, int endToken, String text, String label,
    String source) {
  public Mention {
    if (begin < 0 || end <= begin) {
      throw new IllegalArgumentException("invalid mention [" + begin + ", " + end + ")");
    }
    if (endToken <= firstToken) {
      throw new IllegalArgumentException("invalid mention tokens [" + firstToken + ", " + endToken + ")");
    }
  }

  /** Whether the two mentions share a char. */
  public boolean overlaps(Mention other) {
    return begin < other.end && other.begin < end;
  }
}
