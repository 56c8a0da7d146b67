package org.dossier.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * Content that rests on someone's word or is hedged.
 *
 * @param id         document-local id ({@code c1}, …)
 * @param text       the claimed content
 * @param source     actor id of the source, or null
 * @param sourceText the source as written ("analysts"), or null for the author's own hedges
 * @param certainty  {@code asserted}, {@code reported}, {@code probable}, {@code possible},
 *                   {@code uncertain} or {@code doubtful}
 * @param negated    whether the content is negated
 * @param start      first code point of the content
 * @param end        code point after the content
 */
@JsonPropertyOrder({"id", "text", "source", "sourceText", "certainty", "negated", "start", "end"})
public record Claim(String id, String text, String source, String sourceText, String certainty,
    boolean negated, int start, int end) {
  /** The certainty levels a claim may have. */
  public static final List<String> CERTAINTIES =
      List.of("asserted", "reported", "probable", "possible", "uncertain", "doubtful");

  public Claim {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    if (!CERTAINTIES.contains(certainty)) {
      throw new IllegalArgumentException("certainty must be one of " + CERTAINTIES + ", got: " + certainty);
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid claim span [" + start + ", " + end + ")");
    }
  }
}
