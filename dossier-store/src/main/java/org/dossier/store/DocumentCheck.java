package org.dossier.store;

import org.dossier.model.DocumentInfo;

/**
 * What the store accepts of a document's metadata, checked before a batch is written so that one
 * bad document is rejected alone instead of aborting its batch (or, once committed, every later
 * open of the store: an id over Lucene's 32,766-byte term limit failed every re-index).
 *
 * <p>Stateless and thread-safe.
 */
final class DocumentCheck {
  /** Longest id, in chars: three UTF-8 bytes each stay far below Lucene's term limit. */
  static final int MAX_ID = 2_048;
  /** Longest source, URL or language tag, in chars. */
  static final int MAX_FIELD = 8_192;
  /** Longest title, in chars (a title is indexed as text: its long tokens are dropped, not fatal). */
  static final int MAX_TITLE = 65_536;
  /** How much of a bad id a message shows. */
  private static final int SHOWN = 60;

  private DocumentCheck() {}

  /** Why {@code d} cannot be stored (one line, naming it), or null when it can. */
  static String problem(DocumentInfo d) {
    String p = line("id", d.id(), MAX_ID);
    if (p == null && d.id().isEmpty()) {
      p = "id is empty";
    }
    if (p == null) {
      p = line("source", d.source(), MAX_FIELD);
    }
    if (p == null) {
      p = line("url", d.url(), MAX_FIELD);
    }
    if (p == null) {
      p = line("language", d.language(), MAX_FIELD);
    }
    if (p == null && d.title() != null) {
      p = d.title().length() > MAX_TITLE ? "title is longer than " + MAX_TITLE + " characters"
          : d.title().indexOf('\0') >= 0 ? "title contains a control character (NUL)" : surrogate("title", d.title());
    }
    if (p == null) {
      p = surrogate("text", d.text());
    }
    return p == null ? null : "document " + shown(d.id()) + ": " + p + "; not stored";
  }

  /** A one-line field: bounded, no control characters, well-formed UTF-16. */
  private static String line(String name, String v, int max) {
    if (v == null) {
      return null;
    }
    if (v.length() > max) {
      return name + " is longer than " + max + " characters (" + v.length() + ")";
    }
    for (int i = 0; i < v.length(); i++) {
      if (Character.isISOControl(v.charAt(i))) {
        return name + " contains a control character (U+" + String.format("%04X", (int) v.charAt(i)) + ")";
      }
    }
    return surrogate(name, v);
  }

  private static String surrogate(String name, String v) {
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < v.length() && Character.isLowSurrogate(v.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return name + " contains an unpaired surrogate at char " + i + " (not valid Unicode)";
      }
    }
    return null;
  }

  /**
   * {@code id} as a message shows it: quoted, control characters escaped, cut after
   * {@value #SHOWN} characters with its length.
   */
  static String shown(String id) {
    StringBuilder b = new StringBuilder("'");
    int n = Math.min(id.length(), SHOWN);
    for (int i = 0; i < n; i++) {
      char c = id.charAt(i);
      b.append(Character.isISOControl(c) || Character.isSurrogate(c) ? String.format("\\u%04X", (int) c) : c);
    }
    b.append(id.length() > SHOWN ? "…' (id of " + id.length() + " characters)" : "'");
    return b.toString();
  }
}
