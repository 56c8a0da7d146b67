package org.dossier.nlp.input;

import java.util.Objects;
import org.dossier.model.DocumentInfo;

/**
 * One input document, or the reason it could not be read. Exactly one of {@code document} and
 * {@code error} is set.
 *
 * @param origin   where it came from ({@code file.txt}, {@code corpus.jsonl:12})
 * @param document the document, or null
 * @param error    one line naming the origin and the problem, or null
 */
public record InputRecord(String origin, DocumentInfo document, String error) {
  public InputRecord {
    Objects.requireNonNull(origin, "origin");
    if ((document == null) == (error == null)) {
      throw new IllegalArgumentException("exactly one of document and error must be set for " + origin);
    }
  }

  /** A readable document. */
  public static InputRecord ok(String origin, DocumentInfo document) {
    return new InputRecord(origin, document, null);
  }

  /** A failure. */
  public static InputRecord failed(String origin, String error) {
    return new InputRecord(origin, null, error);
  }

  /** Whether the document was read. */
  public boolean ok() {
    return document != null;
  }
}
