package org.dossier.brief;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * One statement of a brief with the evidence it rests on. A line never exists without evidence.
 *
 * @param text     the statement, built only from extracted facts
 * @param date     the date it concerns (ISO, possibly reduced precision), or null
 * @param evidence one or more evidence spans
 */
@JsonPropertyOrder({"text", "date", "evidence"})
public record BriefLine(String text, String date, List<Evidence> evidence) {
  public BriefLine {
    Objects.requireNonNull(text, "text");
    evidence = List.copyOf(evidence == null ? List.of() : evidence);
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("a brief line needs evidence: " + text);
    }
  }
}
