package org.dossier.store.index;

/**
 * A full-text query the index cannot run: it does not parse in Lucene's classic syntax, or it
 * expands to too many terms. The query's author can fix it; servers answer it as a client error.
 */
public final class BadQueryException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  BadQueryException(String message, Throwable cause) {
    super(message, cause);
  }
}
