package org.dossier.nlp.event;

import java.util.Locale;
import java.util.Set;

/**
 * The closed word classes the window coder ({@link DocumentCoder} and its {@code Window*}
 * components) reads: negations, auxiliaries, control and intent verbs, prepositions of place,
 * subordinators, verbs of saying, time words. The words are data, classes of
 * {@code event-words.tsv} read through {@link EventWords}; this class only names them for the
 * window components. Immutable and thread-safe.
 */
final class WindowWords {
  private WindowWords() {}

  static final Set<String> NEGATIONS = EventWords.get().words("negation");
  static final Set<String> FUTURE_AUX = EventWords.get().words("window-future-aux");
  static final Set<String> FUTURE_TO = EventWords.get().words("future-to");
  static final Set<String> INTENT_VERBS = EventWords.get().words("intent-verb");
  static final Set<String> READY = EventWords.get().words("ready-adjective");
  static final Set<String> FORECAST = EventWords.get().words("forecast");
  static final Set<String> HYPOTHETICAL_AUX = EventWords.get().words("window-hypothetical-aux");
  static final Set<String> CONDITIONALS = EventWords.get().words("conditional");
  static final Set<String> SUBORDINATORS = EventWords.get().words("subordinator");
  static final Set<String> LOCATION_PREPS = EventWords.get().words("window-locative");
  static final Set<String> SKIP_PREPS = EventWords.get().words("skip-preposition");
  static final Set<String> REPORTING = EventWords.get().words("assertion-verb");
  static final Set<String> GROUP_NOUNS_PERSON = EventWords.get().words("plural-person-noun");
  static final Set<String> GROUP_NOUNS_COUNTRY = EventWords.get().words("plural-country-noun");
  static final Set<String> PLURAL_PRONOUNS = EventWords.get().words("plural-pronoun");
  static final Set<String> TIME_WORDS = EventWords.get().words("time-word");

  /** {@code s} in lower case (the empty string for null). */
  static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }
}
