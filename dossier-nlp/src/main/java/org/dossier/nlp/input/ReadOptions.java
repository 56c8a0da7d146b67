package org.dossier.nlp.input;

import java.time.LocalDate;

/**
 * What the user said about inputs on the command line.
 *
 * @param date     publication date for inputs that carry none (plain text), or null
 * @param title    title for a single plain-text input, or null
 * @param id       id for a single plain-text input, or null (then the file name)
 * @param maxBytes largest file accepted, in bytes (a JSONL file may hold many documents and is
 *                 limited per line instead)
 */
public record ReadOptions(LocalDate date, String title, String id, long maxBytes) {
  /** 5 MB: the largest document Dossier accepts. */
  public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

  public ReadOptions {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, got: " + maxBytes);
    }
  }

  /** No date, title or id; the default size limit. */
  public static ReadOptions defaults() {
    return new ReadOptions(null, null, null, DEFAULT_MAX_BYTES);
  }
}
