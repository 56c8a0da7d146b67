package org.dossier.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * A coded event: who did what to whom, when, on whose word, with the sentence that says so.
 *
 * @param id           document-local id ({@code e1}, …)
 * @param cameo        zero-padded CAMEO code, at least the two-digit root
 * @param plover       PLOVER event type
 * @param quad         GDELT QuadClass 1–4
 * @param goldstein    Goldstein score −10..+10
 * @param label        CAMEO label
 * @param source       source actor ids
 * @param target       target actor ids
 * @param location     location actor id, or null
 * @param date         ISO 8601 date (possibly reduced precision), or null
 * @param mode         {@code asserted}, {@code negated}, {@code hypothetical}, {@code future} or {@code reported}
 * @param attributedTo actor id the event rests on, or null
 * @param evidence     the span that states it
 */
@JsonPropertyOrder({"id", "cameo", "plover", "quad", "goldstein", "label", "source", "target",
    "location", "date", "mode", "attributedTo", "evidence"})
public record Event(
    String id,
    String cameo,
    String plover,
    Integer quad,
    Double goldstein,
    String label,
    List<String> source,
    List<String> target,
    String location,
    String date,
    String mode,
    String attributedTo,
    Span evidence) {

  /** The modes an event may have. */
  public static final List<String> MODES =
      List.of("asserted", "negated", "hypothetical", "future", "reported");

  public Event {
    Objects.requireNonNull(id, "id");
    if (cameo == null || !cameo.matches("\\d{2,4}")) {
      throw new IllegalArgumentException("cameo must be a zero-padded code of 2-4 digits, got: " + cameo);
    }
    if (quad != null && (quad < 1 || quad > 4)) {
      throw new IllegalArgumentException("quad must be 1..4, got: " + quad);
    }
    if (goldstein != null && (goldstein < -10 || goldstein > 10)) {
      throw new IllegalArgumentException("goldstein must be -10..10, got: " + goldstein);
    }
    if (!MODES.contains(mode)) {
      throw new IllegalArgumentException("mode must be one of " + MODES + ", got: " + mode);
    }
    source = List.copyOf(source == null ? List.of() : source);
    target = List.copyOf(target == null ? List.of() : target);
    Objects.requireNonNull(evidence, "evidence");
  }

  /** This event with other source and target actors, everything else the same (lists are copied). */
  public Event withParties(List<String> source, List<String> target) {
    return new Event(id, cameo, plover, quad, goldstein, label, source, target, location, date, mode,
        attributedTo, evidence);
  }
}
