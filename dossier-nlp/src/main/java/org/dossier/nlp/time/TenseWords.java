package org.dossier.nlp.time;

import java.util.Set;
import org.dossier.nlp.text.DataFile;
import org.dossier.nlp.text.WordClasses;

/**
 * The word classes {@link Tense} reads ({@code tense-words.tsv}): auxiliaries and verbs of the
 * future, present forms that say nothing of it, cue words before a date. The vocabulary is data a
 * linguist extends. Loaded once per JVM; immutable and thread-safe.
 */
final class TenseWords {
  private static final WordClasses WORDS = DataFile.wordClasses(TenseWords.class, "tense-words.tsv");

  private TenseWords() {}

  /** The words of class {@code name}, lower case; an unknown class is an {@link IllegalArgumentException}. */
  static Set<String> of(String name) {
    return WORDS.of(name);
  }
}
