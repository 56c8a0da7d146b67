package org.dossier.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * A role an actor holds on the document's date.
 *
 * @param title    the office or position ("President", "senior research scientist")
 * @param of       what the role is of ("China", "Center for Naval Analyses"), or null
 * @param source   {@code kb} when it comes from the knowledge base, {@code text} when stated in the text
 * @param evidence the span that states it, or null for knowledge-base roles never mentioned
 */
@JsonPropertyOrder({"title", "of", "source", "evidence"})
public record Role(String title, String of, String source, Span evidence) {
  public Role {
    Objects.requireNonNull(title, "title");
    if (!"kb".equals(source) && !"text".equals(source)) {
      throw new IllegalArgumentException("role source must be kb or text, got: " + source);
    }
  }
}
