package org.dossier.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * Something an actor wants, seeks or tries to do (or to avoid, when {@code negated}).
 *
 * @param id      document-local id ({@code g1}, …)
 * @param actor   actor id
 * @param text    the wanted thing as written
 * @param negated true when the actor wants to avoid it
 * @param start   first code point of {@code text}
 * @param end     code point after {@code text}
 */
@JsonPropertyOrder({"id", "actor", "text", "negated", "start", "end"})
public record Goal(String id, String actor, String text, boolean negated, int start, int end) {
  public Goal {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid goal span [" + start + ", " + end + ")");
    }
  }
}
