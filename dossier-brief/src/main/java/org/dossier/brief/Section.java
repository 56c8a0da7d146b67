package org.dossier.brief;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * A section of a brief; only sections with content are kept.
 *
 * @param id      stable machine name ({@code headline}, {@code actors}, {@code goals}, …)
 * @param heading the heading shown to readers
 * @param lines   the lines, in reading order
 */
@JsonPropertyOrder({"id", "heading", "lines"})
public record Section(String id, String heading, List<BriefLine> lines) {
  public Section {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(heading, "heading");
    lines = List.copyOf(lines == null ? List.of() : lines);
  }
}
