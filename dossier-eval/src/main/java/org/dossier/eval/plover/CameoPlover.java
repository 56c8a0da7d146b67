package org.dossier.eval.plover;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The CAMEO→PLOVER conversion table ({@code CAMEO2PLOVER-2021.txt}: lines {@code CODE: TYPE, mode,
 * context # label}), read at run time. A code without its own line takes its closest parent's type;
 * CAMEO 01 and 02 have no PLOVER type (null).
 *
 * <p>Immutable and thread-safe.
 */
final class CameoPlover {
  /**
   * PLOVER 0.5 type names (used by the gold-standard records) renamed in the 2021 manual the table
   * follows: DEMAND became REQUEST, DISAPPROVE and INVESTIGATE became ACCUSE, FIGHT became ASSAULT.
   */
  static final Map<String, String> RENAMED = Map.of("DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE",
      "INVESTIGATE", "ACCUSE", "FIGHT", "ASSAULT");

  private final Map<String, String> types;

  private CameoPlover(Map<String, String> types) {
    this.types = Map.copyOf(types);
  }

  static CameoPlover read(Path file) throws IOException {
    return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  static CameoPlover parse(List<String> lines) {
    Map<String, String> m = new HashMap<>();
    for (String line : lines) {
      String l = line.strip();
      int colon = l.indexOf(':');
      if (l.isEmpty() || l.startsWith("#") || colon < 2 || !l.substring(0, colon).matches("\\d{2,4}")) {
        continue;
      }
      String rest = l.substring(colon + 1);
      int hash = rest.indexOf('#');
      if (hash >= 0) {
        rest = rest.substring(0, hash);
      }
      String type = rest.split(",")[0].trim().toUpperCase(Locale.ROOT);
      if (type.matches("[A-Z]+")) {
        m.put(l.substring(0, colon), type);
      }
    }
    return new CameoPlover(m);
  }

  /** The PLOVER type of a CAMEO code, or null when it has none. */
  String type(String cameo) {
    if (cameo == null) {
      return null;
    }
    for (int n = cameo.length(); n >= 2; n--) {
      String t = types.get(cameo.substring(0, n));
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  /** A PLOVER type name in the 2021 vocabulary. */
  static String normalize(String type) {
    if (type == null) {
      return null;
    }
    String t = type.trim().toUpperCase(Locale.ROOT);
    return RENAMED.getOrDefault(t, t);
  }

  int size() {
    return types.size();
  }
}
