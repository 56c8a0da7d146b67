package org.dossier.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * A time expression with its normalised value.
 *
 * @param text  the expression as written
 * @param value ISO 8601 value (2024-05-16, 2024-05, 2024, 2024-W20, P2D), or null when it cannot
 *              be resolved
 * @param start first code point
 * @param end   code point after the expression
 */
@JsonPropertyOrder({"text", "value", "start", "end"})
public record TimeMention(String text, String value, int start, int end) {
  public TimeMention {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid time span [" + start + ", " + end + ")");
    }
  }
}
