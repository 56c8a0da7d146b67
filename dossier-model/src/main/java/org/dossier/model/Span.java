package org.dossier.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * A stretch of {@link DocumentInfo#text()} given by Unicode code point offsets, end-exclusive,
 * together with the text it covers. This is the evidence form used throughout {@code dossier/1}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start first code point, inclusive
 * @param end   last code point, exclusive
 * @param text  the covered text, exactly as it appears in the document
 */
@JsonPropertyOrder({"start", "end", "text"})
public record Span(int start, int end, String text) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
    Objects.requireNonNull(text, "text");
  }

  /** Builds the span covering code points {@code [start, end)} of {@code documentText}. */
  public static Span of(String documentText, int start, int end) {
    int from = documentText.offsetByCodePoints(0, start);
    int to = documentText.offsetByCodePoints(from, end - start);
    return new Span(start, end, documentText.substring(from, to));
  }

  /** Number of code points covered. */
  public int length() {
    return end - start;
  }

  /** True when the two spans share at least one code point. */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }
}
