package org.dossier.nlp.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.nlp.doc.Token;
import org.dossier.nlp.text.DataFile;

/**
 * Nouns after a name that make the name a place ({@code place-nouns.tsv}): "Clark airfield",
 * "Masnah military camp". The tagger often takes such a name for a person; the noun says otherwise.
 *
 * <p>Loaded once; immutable and thread-safe.
 */
final class PlaceNouns {
  private static final String RESOURCE = "place-nouns.tsv";
  private static final int MAX_MODIFIERS = 2;
  private static final Map<String, String> POSITION = load();

  private PlaceNouns() {}

  /**
   * Whether the tokens from {@code j} (right after a name) are a place noun, possibly after up to
   * two modifiers, before {@code end}.
   */
  static boolean follows(List<Token> tokens, int j, int end) {
    int modifiers = 0;
    while (j < end && modifiers < MAX_MODIFIERS && "modifier".equals(position(tokens.get(j)))) {
      j++;
      modifiers++;
    }
    if (j >= end) {
      return false;
    }
    String p = position(tokens.get(j));
    return "direct".equals(p) || "modified".equals(p) && modifiers > 0;
  }

  private static String position(Token t) {
    return POSITION.get(t.word().toLowerCase(Locale.ROOT));
  }

  private static Map<String, String> load() {
    Map<String, String> out = new HashMap<>();
    for (DataFile.Row row : DataFile.tableRows(PlaceNouns.class, RESOURCE)) {
      String[] f = row.fields();
      if (f.length != 2 || !List.of("direct", "modified", "modifier").contains(f[1].trim())) {
        throw new IllegalStateException(RESOURCE + " line " + row.line() + ": want noun<TAB>direct|modified|modifier");
      }
      out.put(f[0].trim().toLowerCase(Locale.ROOT), f[1].trim());
    }
    return Map.copyOf(out);
  }
}
