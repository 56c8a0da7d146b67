package org.dossier.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Objects;

/**
 * A number with its unit or counted object.
 *
 * @param text  the expression as written ("over 40 times")
 * @param value the number, or null when only vague ("billions")
 * @param unit  unit or counted object ("times", "USD", "deputy prime ministers"), or null
 * @param start first code point
 * @param end   code point after the expression
 */
@JsonPropertyOrder({"text", "value", "unit", "start", "end"})
public record Amount(String text,
    @JsonSerialize(using = WholeNumberSerializer.class) Number value, String unit, int start, int end) {
  public Amount {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid amount span [" + start + ", " + end + ")");
    }
  }
}
