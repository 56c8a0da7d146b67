package org.dossier.brief;

/**
 * Sentence spans around facts, in code points, found with a light boundary search: the brief
 * cites whole sentences so that a reader sees each fact in its context.
 */
final class TextSpans {
  private static final int MAX_SENTENCE = 600;

  private TextSpans() {}

  /** The sentence (code point span) enclosing code points {@code [start, end)} of {@code text}. */
  static Evidence sentence(String documentId, String text, int start, int end) {
    int cpLength = text.codePointCount(0, text.length());
    int s = Math.max(0, Math.min(start, cpLength));
    int e = Math.max(s, Math.min(end, cpLength));
    int b = text.offsetByCodePoints(0, s);
    int f = text.offsetByCodePoints(b, e - s);
    int from = b;
    while (from > 0 && b - from < MAX_SENTENCE && !boundaryBefore(text, from)) {
      from--;
    }
    int to = f;
    while (to < text.length() && to - f < MAX_SENTENCE && !boundaryAfter(text, to)) {
      to++;
    }
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    if (from > b) {
      from = b;
    }
    if (to < f) {
      to = f;
    }
    int cpFrom = text.codePointCount(0, from);
    int cpTo = cpFrom + text.codePointCount(from, to);
    return new Evidence(documentId, cpFrom, cpTo, text.substring(from, to));
  }

  /** Whether a sentence starts at char {@code i}: after a line break or after ". " before a capital. */
  private static boolean boundaryBefore(String text, int i) {
    char prev = text.charAt(i - 1);
    if (prev == '\n' || prev == '\r') {
      return true;
    }
    if (!Character.isWhitespace(prev) || i < 2) {
      return false;
    }
    char beforeSpace = text.charAt(i - 2);
    boolean terminal = beforeSpace == '.' || beforeSpace == '!' || beforeSpace == '?'
        || ((beforeSpace == '"' || beforeSpace == '\u201d') && i >= 3 && ".!?".indexOf(text.charAt(i - 3)) >= 0);
    return terminal && i < text.length() && (Character.isUpperCase(text.charAt(i)) || text.charAt(i) == '\u201c'
        || text.charAt(i) == '"') && !abbreviationBefore(text, i - 2);
  }

  private static boolean boundaryAfter(String text, int i) {
    char c = text.charAt(i);
    if (c == '\n' || c == '\r') {
      return true;
    }
    return Character.isWhitespace(c) && i + 1 < text.length() && boundaryBefore(text, i + 1);
  }

  private static boolean abbreviationBefore(String text, int dot) {
    int w = dot;
    while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
      w--;
    }
    String word = text.substring(w, dot);
    return word.length() <= 3 && !word.isEmpty() && Character.isUpperCase(word.charAt(0))
        && (word.equals("Mr") || word.equals("Mrs") || word.equals("Ms") || word.equals("Dr") || word.equals("St")
        || word.equals("Gen") || word.equals("Sen") || word.equals("Rep") || word.length() == 1);
  }
}
