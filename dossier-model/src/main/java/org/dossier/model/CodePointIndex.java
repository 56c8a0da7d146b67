package org.dossier.model;

/**
 * Converts UTF-16 char offsets (Java's string indices) into Unicode code point offsets, the unit
 * of every offset in {@code dossier/1}. Text without supplementary characters maps to itself at no
 * cost.
 *
 * <p>Immutable and thread-safe once built.
 */
public final class CodePointIndex {
  private final String text;
  /** Code point offset at each char offset, or null when the text has no surrogate pairs. */
  private final int[] codePointAt;

  private CodePointIndex(String text, int[] codePointAt) {
    this.text = text;
    this.codePointAt = codePointAt;
  }

  /** Builds the index for {@code text}. */
  public static CodePointIndex of(String text) {
    boolean surrogates = false;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        surrogates = true;
        break;
      }
    }
    if (!surrogates) {
      return new CodePointIndex(text, null);
    }
    int[] map = new int[text.length() + 1];
    int cp = 0;
    for (int i = 0; i < text.length(); i++) {
      map[i] = cp;
      if (!(Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
        cp++;
      } else {
        map[i] = cp - 1;
      }
    }
    map[text.length()] = cp;
    return new CodePointIndex(text, map);
  }

  /** The code point offset of char offset {@code charOffset} (0..length inclusive). */
  public int toCodePoint(int charOffset) {
    if (charOffset < 0 || charOffset > text.length()) {
      throw new IndexOutOfBoundsException("char offset " + charOffset + " outside 0.." + text.length());
    }
    return codePointAt == null ? charOffset : codePointAt[charOffset];
  }

  /** The evidence span for chars {@code [begin, end)}. */
  public Span span(int begin, int end) {
    return new Span(toCodePoint(begin), toCodePoint(end), text.substring(begin, end));
  }

  /** The text this index was built for. */
  public String text() {
    return text;
  }
}
