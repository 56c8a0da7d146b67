package org.dossier.brief;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * A "what to know" brief: extractive sections, every line with evidence.
 *
 * @param schema   {@code dossier-brief/1}
 * @param title    what the brief is about (article title, actor name, topic)
 * @param date     the reference date (publication date for an article), or null
 * @param sections non-empty sections in reading order
 */
@JsonPropertyOrder({"schema", "title", "date", "sections"})
public record Brief(String schema, String title, String date, List<Section> sections) {
  /** Schema id of the JSON form. */
  public static final String SCHEMA = "dossier-brief/1";

  public Brief {
    Objects.requireNonNull(title, "title");
    if (!SCHEMA.equals(schema)) {
      throw new IllegalArgumentException("unsupported brief schema: " + schema);
    }
    sections = sections == null ? List.of() : sections.stream().filter(s -> !s.lines().isEmpty()).toList();
  }

  /** The section with {@code id}, if present. */
  public java.util.Optional<Section> section(String id) {
    return sections.stream().filter(s -> s.id().equals(id)).findFirst();
  }
}
