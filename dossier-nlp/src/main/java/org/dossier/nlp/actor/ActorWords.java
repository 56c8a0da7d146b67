package org.dossier.nlp.actor;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.nlp.text.DataFile;

/**
 * The word classes of the actor components ({@code actor-words.tsv}: words that qualify a title,
 * appointing verbs, the prepositions and nouns that make a capital a place rather than its
 * government). The vocabulary is data a linguist extends; the components hold the machinery.
 * Loaded once per JVM; immutable and thread-safe.
 */
final class ActorWords {
  private static final String RESOURCE = "actor-words.tsv";
  private static final Map<String, Set<String>> CLASSES = load();

  private ActorWords() {}

  /**
   * The words of class {@code name}, lower case.
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
    for (DataFile.Row row : DataFile.rows(ActorWords.class, RESOURCE)) {
      String[] f = row.fields();
      if (f.length != 2) {
        throw new IllegalStateException(row.where() + ": expected class<TAB>words, got: " + row.text());
      }
      Set<String> words = new HashSet<>();
      for (String w : f[1].split(",")) {
        words.add(w.strip().toLowerCase(Locale.ROOT));
      }
      if (out.put(f[0].strip(), Set.copyOf(words)) != null) {
        throw new IllegalStateException(row.where() + ": class " + f[0].strip() + " given twice");
      }
    }
    return Map.copyOf(out);
  }
}
