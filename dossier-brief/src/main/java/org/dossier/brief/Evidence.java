package org.dossier.brief;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * Where a brief line comes from: a span of one document's text (code points, end-exclusive), usually
 * the sentence that states the fact.
 *
 * @param document the document id
 * @param start    first code point
 * @param end      code point after the last
 * @param text     the covered text
 */
@JsonPropertyOrder({"document", "start", "end", "text"})
public record Evidence(String document, int start, int end, String text) {
  public Evidence {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid evidence span [" + start + ", " + end + ") in " + document);
    }
  }
}
