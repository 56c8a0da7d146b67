package org.dossier.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * Quoted text: speech with its speaker, or a quoted term.
 *
 * @param id      document-local id ({@code q1}, …)
 * @param text    the quoted content
 * @param speaker actor id of the speaker, or null ({@code term} quotes never have one)
 * @param kind    {@code direct}, {@code partial} or {@code term}
 * @param verb    the reporting verb, or null
 * @param start   first code point of the content
 * @param end     code point after the content
 * @param occasion where or when it was said as written ("in an interview with …"), or null;
 *                 additive field, serialised last
 */
@JsonPropertyOrder({"id", "text", "speaker", "kind", "verb", "start", "end", "occasion"})
public record Quote(String id, String text, String speaker, String kind, String verb, int start, int end,
    String occasion) {
  /** The kinds a quote may have. */
  public static final List<String> KINDS = List.of("direct", "partial", "term");

  public Quote {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException("quote kind must be one of " + KINDS + ", got: " + kind);
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid quote span [" + start + ", " + end + ")");
    }
    if ("term".equals(kind) && speaker != null) {
      throw new IllegalArgumentException("a term quote never has a speaker, got: " + speaker);
    }
  }

  /** A quote without a stated occasion. */
  public Quote(String id, String text, String speaker, String kind, String verb, int start, int end) {
    this(id, text, speaker, kind, verb, start, end, null);
  }
}
