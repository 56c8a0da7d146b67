package org.dossier.nlp.time;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.nlp.text.DataFile;

/**
 * The word classes {@link Tense} reads ({@code tense-words.tsv}): auxiliaries and verbs of the
 * future, present forms that say nothing of it, cue words before a date. The vocabulary is data a
 * linguist extends. Loaded once per JVM; immutable and thread-safe.
 */
final class TenseWords {
  private static final String RESOURCE = "tense-words.tsv";
  private static final Map<String, Set<String>> CLASSES = load();

  private TenseWords() {}

  /**
   * The word forms of class {@code name}, lower case.
   *
   * @throws IllegalArgumentException when the file has no such class
   */
  static Set<String> of(String name) {
    Set<String> words = CLASSES.get(name);
    if (words == null) {
      throw new IllegalArgumentException("no word class " + name + " in " + RESOURCE);
    }
    return words;
  }

  private static Map<String, Set<String>> load() {
    Map<String, Set<String>> out = new HashMap<>();
    for (DataFile.Row row : DataFile.rows(TenseWords.class, RESOURCE)) {
      String[] f = row.fields();
      if (f.length != 2) {
        throw new IllegalStateException(row.where() + ": expected class<TAB>words, got: " + row.text());
      }
      Set<String> words = new HashSet<>();
      for (String w : f[1].split(",")) {
        words.add(w.strip().toLowerCase(Locale.ROOT));
      }
      out.put(f[0].strip(), Set.copyOf(words));
    }
    return Map.copyOf(out);
  }
}
