package org.dossier.nlp.event;

import java.util.HashSet;
import java.util.Set;
import org.dossier.nlp.text.DataFile;
import org.dossier.nlp.text.ReportingVerbs;
import org.dossier.nlp.text.WordClasses;

/**
 * The word classes of the clause-based coder ({@code event-words.tsv}: future auxiliaries, light
 * verbs, ...) and the reporting verbs of the speech components ({@code speech/reporting-verbs.tsv}).
 * Loaded once per JVM; immutable and thread-safe.
 */
final class EventWords {
  private static final EventWords INSTANCE = new EventWords();

  private final WordClasses classes;
  private final Set<String> reporting;

  private EventWords() {
    classes = DataFile.wordClasses(EventWords.class, "event-words.tsv");
    Set<String> r = new HashSet<>();
    r.addAll(ReportingVerbs.lemmas());
    r.addAll(classes.classes().getOrDefault("reporting", Set.of()));
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
    return classes.of(name);
  }


  /** Whether {@code lemma} is a reporting verb ("say", "tell", "announce"). */
  boolean isReporting(String lemma) {
    return reporting.contains(lemma);
  }

}
