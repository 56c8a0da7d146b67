package org.dossier.nlp.event;

import java.util.Locale;
import java.util.Set;

/**
 * The closed word classes the window coder ({@link DocumentCoder} and its {@code Window*}
 * components) reads: negations, auxiliaries, control and intent verbs, prepositions of place,
 * subordinators, reporting verbs, time words. Shared by the components so that each list exists once.
 */
final class WindowWords {
  private WindowWords() {}

  static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
  static final Set<String> FUTURE_AUX = Set.of("will", "'ll", "shall", "wo");
  static final Set<String> FUTURE_TO = Set.of("expect", "going", "set", "due", "schedule", "plan",
      "intend", "vow", "pledge", "promise", "prepare", "aim", "seek", "want", "hope", "threaten", "agree",
      "offer", "swear", "commit", "undertake");
  static final Set<String> INTENT_VERBS = Set.of("vow", "pledge", "promise", "plan", "intend", "expect",
      "swear", "undertake",
      "prepare", "aim", "hope", "want", "decide", "agree", "seek", "try", "continue", "begin", "start",
      "offer", "propose");
  /** Adjectives of readiness that control an infinitive: "is willing to withdraw". */
  static final Set<String> READY = Set.of("ready", "willing", "prepared", "committed", "eager", "keen",
      "determined", "poised", "set", "able", "unwilling", "reluctant");
  /** Words that make a future event a forecast rather than an actor's stated intent. */
  static final Set<String> FORECAST = Set.of("expect", "likely", "unlikely", "could", "might", "may", "can",
      "ca", "able", "poised", "due", "schedule");
  static final Set<String> HYPOTHETICAL_AUX = Set.of("would", "could", "might", "may", "can", "should",
      "must", "ca");
  static final Set<String> CONDITIONALS = Set.of("if", "unless", "whether");
  static final Set<String> SUBORDINATORS = Set.of("because", "while", "when", "if", "unless", "although",
      "though", "whereas", "whether", "so", "where", "once");
  static final Set<String> LOCATION_PREPS = Set.of("in", "at", "near", "inside", "outside", "across",
      "throughout");
  static final Set<String> SKIP_PREPS = Set.of("in", "at", "near", "inside", "outside", "across",
      "throughout", "during", "since", "before", "after", "until", "like", "including", "as",
      "despite", "amid", "among", "within", "without", "through", "under", "than", "by", "via", "per", "beyond",
      "around", "following");
  static final Set<String> REPORTING = Set.of("say", "tell", "report", "claim", "allege", "state", "add",
      "insist", "assert", "write", "believe", "think", "argue", "suggest", "estimate");
  static final Set<String> GROUP_NOUNS_PERSON = Set.of("leaders", "men", "presidents", "leader",
      "heads", "women");
  static final Set<String> GROUP_NOUNS_COUNTRY = Set.of("countries", "nations", "sides", "governments",
      "neighbors", "neighbours", "states", "powers", "allies");
  static final Set<String> PLURAL_PRONOUNS = Set.of("they", "their", "them");
  static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "today", "yesterday", "tonight", "january", "february", "march", "april", "may",
      "june", "july", "august", "september", "october", "november", "december", "week", "month", "year",
      "weekend", "morning", "evening", "afternoon", "night", "earlier", "later", "recently", "overnight");

  /** {@code s} in lower case (the empty string for null). */
  static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }
}
