package org.dossier.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The document part of {@code dossier/1}: metadata and the full plain text that every offset in
 * the output refers to.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id        stable identifier (file name or record id); never null
 * @param title     title, or null when unknown
 * @param published publication date, or null when unknown (relative times then stay unresolved)
 * @param source    publisher or feed, or null
 * @param url       address, or null
 * @param language  ISO 639-1 code of the text
 * @param text      the full plain text
 */
@JsonPropertyOrder({"id", "title", "published", "source", "url", "language", "text"})
public record DocumentInfo(
    String id,
    String title,
    LocalDate published,
    String source,
    String url,
    String language,
    String text) {

  public DocumentInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    if (language == null || language.isBlank()) {
      language = "en";
    }
  }

  /** A document with only an id, an optional date and the text. */
  public static DocumentInfo of(String id, LocalDate published, String text) {
    return new DocumentInfo(id, null, published, null, null, "en", text);
  }

  /** A copy with another title. */
  public DocumentInfo withTitle(String newTitle) {
    return new DocumentInfo(id, newTitle, published, source, url, language, text);
  }

  /** A copy with another publication date. */
  public DocumentInfo withPublished(LocalDate date) {
    return new DocumentInfo(id, title, date, source, url, language, text);
  }
}
