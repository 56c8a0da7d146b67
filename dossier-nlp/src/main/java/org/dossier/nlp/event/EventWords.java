package org.dossier.nlp.event;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.nlp.text.DataFile;
import org.dossier.nlp.text.ReportingVerbs;

/**
 * The word classes of the clause-based coder ({@code event-words.tsv}: future auxiliaries, light
 * verbs, ...) and the reporting verbs of the speech components ({@code speech/reporting-verbs.tsv}).
 * Loaded once per JVM; immutable and thread-safe.
 */
final class EventWords {
  private static final EventWords INSTANCE = new EventWords();

  private final Map<String, Set<String>> classes;
  private final Set<String> reporting;

  private EventWords() {
    Map<String, Set<String>> m = new HashMap<>();
    for (DataFile.Row rule : DataFile.rows(EventWords.class, "event-words.tsv")) {
      String[] f = rule.fields();
      if (f.length != 2) {
        throw new IllegalStateException(rule.where() + ": expected class<TAB>words, got: " + String.join("\t", f));
      }
      Set<String> words = new HashSet<>();
      for (String w : f[1].split(",")) {
        words.add(w.strip().toLowerCase(Locale.ROOT));
      }
      m.put(f[0].strip(), Set.copyOf(words));
    }
    classes = Map.copyOf(m);
    Set<String> r = new HashSet<>();
    r.addAll(ReportingVerbs.lemmas());
    r.addAll(classes.getOrDefault("reporting", Set.of()));
    reporting = Set.copyOf(r);
  }

  static EventWords get() {
    return INSTANCE;
  }

  /** Whether {@code word} (lower case) is in class {@code name}. */
  boolean isOf(String name, String word) {
    return words(name).contains(word);
  }

  /**
   * The words of class {@code name} (lower case).
   *
   * @throws IllegalArgumentException when {@code event-words.tsv} has no such class
   */
  Set<String> words(String name) {
    Set<String> s = classes.get(name);
    if (s == null) {
      throw new IllegalArgumentException("no word class " + name + " in event-words.tsv");
    }
    return s;
  }

  /** Whether {@code lemma} is a reporting verb ("say", "tell", "announce"). */
  boolean isReporting(String lemma) {
    return reporting.contains(lemma);
  }

}
