package org.dossier.nlp;

/**
 * Input that Dossier cannot process: missing, unreadable, binary, empty, oversized or malformed.
 * The message is one line that names the file (and line, for JSONL) and what is wrong.
 */
public final class InputException extends Exception {
  private static final long serialVersionUID = 1L;

  public InputException(String message) {
    super(message);
  }

  public InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
