package org.dossier.nlp.event;

import java.util.List;
import java.util.Set;

/**
 * One lexicon pattern: a head lemma with words required before and after it, and the CAMEO code
 * it yields.
 *
 * @param noun       whether the head is a noun (nominalisation) rather than a verb
 * @param head       head lemma, lower case
 * @param before     alternatives required before the head, in order (each a set of words)
 * @param after      alternatives required after the head, in order
 * @param code       CAMEO code, or null when the pattern explicitly codes nothing
 * @param options    pattern options ({@code rev}, {@code loc2target}, {@code needtarget}, {@code nosource},
 *                   {@code src=}/{@code tgt=} roles, {@code subjof=} predicates, {@code pair=} paired code)
 * @param altCode    code used when no target is found, or null
 * @param origin     where it came from, for error messages ({@code lexicon.tsv:12})
 */
record LexEntry(boolean noun, String head, List<Set<String>> before, List<Set<String>> after,
    String code, Set<String> options, String altCode, String origin) {

  /** Prefix of the option holding a paired code's second half (see {@link #pairedCode()}). */
  static final String PAIR = "pair=";

  LexEntry {
    if (head == null || head.isBlank()) {
      throw new IllegalArgumentException("empty head at " + origin);
    }
    before = List.copyOf(before);
    after = List.copyOf(after);
    options = Set.copyOf(options);
  }

  /** How specific the pattern is: more required words win; a required predicate counts as one. */
  int specificity() {
    return before.size() + after.size() + (subjectOf().isEmpty() ? 0 : 1);
  }

  /**
   * The lemmas of the predicates the (noun) head must be the subject of ({@code subjof=} option:
   * "talks collapsed"), or an empty set when the entry requires none.
   */
  Set<String> subjectOf() {
    for (String o : options) {
      if (o.startsWith("subjof=")) {
        return Set.of(o.substring(7).split("\\|"));
      }
    }
    return Set.of();
  }

  /**
   * The code of the reciprocal event a PETRARCH paired code ({@code [032:033]}) asks for: the same
   * act coded a second time from the target to the source ("A arrived in B": A visits B, B hosts
   * A). Null when the entry has none.
   */
  String pairedCode() {
    for (String o : options) {
      if (o.startsWith(PAIR)) {
        return o.substring(PAIR.length());
      }
    }
    return null;
  }

  boolean has(String option) {
    return options.contains(option);
  }

  /**
   * The argument roles the option {@code key=ROLE|ROLE...} names ("src", "tgt"), in order, or
   * {@code defaults} when the entry has no such option.
   */
  List<String> roles(String key, List<String> defaults) {
    for (String o : options) {
      if (o.startsWith(key + "=")) {
        return List.of(o.substring(key.length() + 1).split("\\|"));
      }
    }
    return defaults;
  }
}
