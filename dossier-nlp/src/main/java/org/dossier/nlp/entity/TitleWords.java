package org.dossier.nlp.entity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.nlp.text.DataFile;

/**
 * The word table of titles, offices and occupations ({@code titles.tsv}): each word with its
 * classes (honorific, title-head, title-modifier, role-noun, office, military). The vocabulary is
 * data a linguist extends; {@link Lexicon} holds the questions asked of it.
 *
 * <p>Loaded once; immutable and thread-safe.
 */
final class TitleWords {
  private static final String RESOURCE = "titles.tsv";
  private static final Set<String> CLASSES = Set.of("honorific", "title-head", "title-modifier", "role-noun",
      "office", "military");
  private static final Map<String, Set<String>> BY_CLASS = load();

  private TitleWords() {}

  /** The words of one class, lower case without periods. */
  static Set<String> withClass(String cls) {
    Set<String> words = BY_CLASS.get(cls);
    if (words == null) {
      throw new IllegalArgumentException("no word class " + cls + " in " + RESOURCE);
    }
    return words;
  }

  private static Map<String, Set<String>> load() {
    Map<String, Set<String>> out = new HashMap<>();
    for (String c : CLASSES) {
      out.put(c, new HashSet<>());
    }
    for (DataFile.Row row : DataFile.tableRows(TitleWords.class, RESOURCE)) {
      String[] f = row.fields();
      if (f.length != 2) {
        throw new IllegalStateException(RESOURCE + " line " + row.line() + ": want word<TAB>classes");
      }
      for (String c : List.of(f[1].split(","))) {
        Set<String> words = out.get(c.trim());
        if (words == null) {
          throw new IllegalStateException(RESOURCE + " line " + row.line() + ": unknown class " + c);
        }
        words.add(Lexicon.key(f[0].trim()));
      }
    }
    Map<String, Set<String>> frozen = new HashMap<>();
    out.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
    return Map.copyOf(frozen);
  }
}
