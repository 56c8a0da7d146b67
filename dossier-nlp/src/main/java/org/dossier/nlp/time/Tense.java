package org.dossier.nlp.time;

import java.util.Set;

/**
 * Decides whether the clause around a time expression points to the future, from the verb group
 * that governs it: the nearest verb before the expression in its clause, else the nearest after
 * ("On Friday, he will meet"). Future: "will"/"shall"/"'ll", "going/expected/scheduled/due/set/plan
 * to", "is to", and the present tense of an event verb used for scheduled events ("the summit
 * opens Monday"), but not of reporting verbs or copulas.
 *
 * <p>Stateless and thread-safe.
 */
final class Tense {
  private Tense() {}

  private static final Set<String> FUTURE_MODALS = TenseWords.of("future-modal");
  private static final Set<String> FUTURE_BEFORE_TO = TenseWords.of("future-before-to");
  private static final Set<String> REPORTING = TenseWords.of("present-no-future");
  private static final Set<String> NON_EVENT = TenseWords.of("present-state");
  private static final Set<String> CLAUSE_BREAKS = TenseWords.of("clause-break");
  private static final int WINDOW = 14;
  private static final Set<String> HAVE = TenseWords.of("perfect-aux");

  /** The clause points to the past. */
  static final int PAST = -1;
  /** Nothing says. */
  static final int NONE = 0;
  /** The clause points to the future. */
  static final int FUTURE = 1;

  /** Words right before a date that make it a deadline or a start still to come. */
  private static final Set<String> FUTURE_CUES = TenseWords.of("future-cue");
  /** Words right before a date that make the verb's tense no guide ("through Oct. 19", "by Dec. 15"). */
  private static final Set<String> NEUTRAL_CUES = TenseWords.of("neutral-cue");
  private static final Set<String> FUTURE_HEADS = TenseWords.of("future-head");

  /**
   * The direction of the clause around the expression over words [from, to): {@link #FUTURE},
   * {@link #PAST} (a past-tense or perfect verb group) or {@link #NONE}.
   */
  static int direction(Words w, int from, int to) {
    String b1 = w.w(from - 1);
    if (NEUTRAL_CUES.contains(b1)) {
      return NONE;
    }
    if (FUTURE_CUES.contains(b1)
        || "as".equals(w.w(from - 3)) && ("soon".equals(w.w(from - 2)) || "early".equals(w.w(from - 2)))
            && "as".equals(b1)) {
      return FUTURE;
    }
    int left = -1;
    for (int k = from - 1; k >= 0 && k >= from - WINDOW; k--) {
      if (CLAUSE_BREAKS.contains(w.w(k))) {
        break;
      }
      if (isVerb(w, k)) {
        left = k;
        break;
      }
    }
    if (left >= 0) {
      return group(w, left);
    }
    for (int k = to; k < w.size() && k < to + WINDOW; k++) {
      if (CLAUSE_BREAKS.contains(w.w(k))) {
        break;
      }
      if (isVerb(w, k)) {
        // the group starts here: read its head to the right of auxiliaries
        int head = k;
        while (head + 1 < w.size() && (isVerb(w, head + 1) || w.pos(head + 1).startsWith("RB")
            || "to".equals(w.w(head + 1)))) {
          head++;
        }
        return group(w, head);
      }
    }
    return NONE;
  }

  private static boolean isVerb(Words w, int k) {
    String p = w.pos(k);
    return p.startsWith("VB") || p.equals("MD");
  }

  /** Reads the verb group ending at {@code head} (auxiliaries, adverbs, "to" to its left). */
  private static int group(Words w, int head) {
    int k = head;
    int start = head;
    boolean past = false;
    while (k >= 0 && head - k < 8) {
      String x = w.w(k);
      String p = w.pos(k);
      if ((FUTURE_MODALS.contains(x) || "would".equals(x)) && p.equals("MD")) {
        return FUTURE;
      }
      if ("to".equals(x) && FUTURE_BEFORE_TO.contains(w.w(k - 1))) {
        return FUTURE;
      }
      if (FUTURE_HEADS.contains(x) && (p.equals("VBN") || p.equals("VBD") || p.equals("VBZ") || p.equals("VBG")
          || p.equals("VBP"))) {
        return FUTURE;
      }
      if (p.equals("VBD") || p.equals("VBN") && (HAVE.contains(w.w(k - 1)) || !isVerb(w, k - 1)
          && !w.pos(k - 1).startsWith("RB") && !"to".equals(w.w(k - 1)))) {
        past = true; // a simple past, a perfect, or a bare participle ("a deal struck in November")
      }
      if ("to".equals(x) || p.equals("MD")) {
        return NONE; // an infinitive or a modal: the verb's tense says nothing about the date
      }
      if (p.startsWith("VB") || p.equals("MD") || p.startsWith("RB") || "to".equals(x) || "not".equals(x)
          || "n't".equals(x)) {
        start = k;
        k--;
      } else {
        break;
      }
    }
    String p = w.pos(head);
    String x = w.w(head);
    if ((p.equals("VBZ") || p.equals("VBP") || p.equals("VB")) && start == head && !REPORTING.contains(x)
        && !NON_EVENT.contains(x)) {
      return FUTURE; // "the summit opens Monday"
    }
    if (p.equals("VBG") && head > 0 && (w.w(head - 1).equals("is") || w.w(head - 1).equals("are")
        || w.w(head - 1).equals("'s") || w.w(head - 1).equals("'re"))) {
      return REPORTING.contains(x) ? NONE : FUTURE; // "is meeting on Friday"
    }
    return past ? PAST : NONE;
  }
}
