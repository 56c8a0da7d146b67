package org.dossier.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.dossier.model.DocumentInfo;

/**
 * The identity of an article's content: SHA-256 over its text, title, date, source and URL (the
 * id is not part of it, so the same article under two ids is one article). Stateless, thread-safe.
 */
public final class ContentHash {
  private ContentHash() {}

  /** Hex SHA-256 of the document's content. */
  public static String of(DocumentInfo d) {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
    for (String part : new String[] {d.text(), d.title(), d.published() == null ? null : d.published().toString(),
        d.source(), d.url()}) {
      // a separator byte that cannot occur in UTF-8 keeps ("ab","c") and ("a","bc") apart
      md.update(part == null ? new byte[] {(byte) 0xFE} : part.getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0xFF);
    }
    return HexFormat.of().formatHex(md.digest());
  }
}
