package org.dossier.nlp.actor;

import java.util.Set;
import org.dossier.nlp.text.DataFile;
import org.dossier.nlp.text.WordClasses;

/**
 * The word classes of the actor components ({@code actor-words.tsv}: words that qualify a title,
 * appointing verbs, the prepositions and nouns that make a capital a place rather than its
 * government). The vocabulary is data a linguist extends; the components hold the machinery.
 * Loaded once per JVM; immutable and thread-safe.
 */
final class ActorWords {
  private static final WordClasses WORDS = DataFile.wordClasses(ActorWords.class, "actor-words.tsv");

  private ActorWords() {}

  /** The words of class {@code name}, lower case; an unknown class is an {@link IllegalArgumentException}. */
  static Set<String> of(String name) {
    return WORDS.of(name);
  }
}
