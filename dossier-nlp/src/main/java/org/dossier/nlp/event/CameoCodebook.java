package org.dossier.nlp.event;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.dossier.nlp.text.DataFile;

/**
 * The CAMEO event codebook bundled with Dossier ({@code cameo.tsv}, written from the public
 * ontology): every code with its QuadClass, Goldstein score, PLOVER type and label.
 *
 * <p>Loaded once per JVM; immutable and thread-safe.
 */
public final class CameoCodebook {
  private static final String RESOURCE = "cameo.tsv";
  private static volatile CameoCodebook standard;

  private final Map<String, CameoCode> codes;

  private CameoCodebook(Map<String, CameoCode> codes) {
    this.codes = Map.copyOf(codes);
  }

  /** The bundled codebook. */
  public static CameoCodebook standard() {
    CameoCodebook s = standard;
    if (s == null) {
      synchronized (CameoCodebook.class) {
        s = standard;
        if (s == null) {
          s = load();
          standard = s;
        }
      }
    }
    return s;
  }

  private static CameoCodebook load() {
    Map<String, CameoCode> codes = new HashMap<>();
    for (DataFile.Row row : DataFile.rows(CameoCodebook.class, RESOURCE)) {
      String[] f = row.fields();
      if (f.length != 5) {
        throw new IllegalStateException(row.where() + ": expected 5 columns, got: " + row.text());
      }
      codes.put(f[0], new CameoCode(f[0], Integer.parseInt(f[1]), Double.parseDouble(f[2]),
          "-".equals(f[3]) ? null : f[3], f[4]));
    }
    return new CameoCodebook(codes);
  }

  /** The entry for exactly {@code code}, if it is a CAMEO code. */
  public Optional<CameoCode> find(String code) {
    return Optional.ofNullable(code == null ? null : codes.get(code));
  }

  /**
   * The entry for {@code code}, falling back to its three-digit parent and then its root when
   * the code itself is not in the codebook (dictionaries sometimes carry local sub-codes);
   * empty when not even the root is a CAMEO root.
   */
  public Optional<CameoCode> resolve(String code) {
    if (code == null || code.length() < 2) {
      return Optional.empty();
    }
    for (int len = Math.min(code.length(), 4); len >= 2; len--) {
      CameoCode c = codes.get(code.substring(0, len));
      if (c != null) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** Number of codes. */
  public int size() {
    return codes.size();
  }
}
