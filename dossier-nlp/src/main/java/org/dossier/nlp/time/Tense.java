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

  private static final Set<String> FUTURE_MODALS = Set.of("will", "'ll", "shall", "wo", "ll");
  private static final Set<String> FUTURE_BEFORE_TO = Set.of("going", "expected", "scheduled", "due", "set", "plans",
      "plan", "planned", "planning", "intends", "intend", "aims", "slated", "poised", "is", "are", "hopes", "wants",
      "promised", "vowed", "pledged", "agreed");
  private static final Set<String> REPORTING = Set.of("say", "says", "tell", "tells", "report", "reports", "announce",
      "announces", "add", "adds", "note", "notes", "claim", "claims", "insist", "insists", "argue", "argues",
      "believe", "believes", "think", "thinks", "show", "shows", "suggest", "suggests", "estimate", "estimates",
      "know", "knows", "remain", "remains", "seem", "seems");
  private static final Set<String> NON_EVENT = Set.of("is", "are", "am", "'s", "'re", "has", "have", "'ve", "do", "does",
      "need", "needs", "want", "wants");
  private static final Set<String> CLAUSE_BREAKS = Set.of(";", ":", "--", "\u2014", "\u2013", "but", "while",
      "whereas", "although", "though");
  private static final int WINDOW = 14;

  /** Whether the expression over words [from, to) sits in a future-tense clause. */
  static boolean future(Words w, int from, int to) {
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
      return futureGroup(w, left);
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
        return futureGroup(w, head);
      }
    }
    return false;
  }

  private static boolean isVerb(Words w, int k) {
    String p = w.pos(k);
    return p.startsWith("VB") || p.equals("MD");
  }

  /** Reads the verb group ending at {@code head} (auxiliaries, adverbs, "to" to its left). */
  private static boolean futureGroup(Words w, int head) {
    int k = head;
    int start = head;
    while (k >= 0 && head - k < 8) {
      String x = w.w(k);
      String p = w.pos(k);
      if (FUTURE_MODALS.contains(x) && p.equals("MD")) {
        return true;
      }
      if ("to".equals(x) && FUTURE_BEFORE_TO.contains(w.w(k - 1))) {
        return true;
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
    if ((p.equals("VBZ") || p.equals("VBP")) && start == head && !REPORTING.contains(x) && !NON_EVENT.contains(x)) {
      return true; // "the summit opens Monday"
    }
    if (p.equals("VBG") && head > 0 && (w.w(head - 1).equals("is") || w.w(head - 1).equals("are")
        || w.w(head - 1).equals("'s") || w.w(head - 1).equals("'re"))) {
      return !REPORTING.contains(x); // "is meeting on Friday"
    }
    return false;
  }
}
