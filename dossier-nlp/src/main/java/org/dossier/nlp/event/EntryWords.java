package org.dossier.nlp.event;

import java.util.List;
import java.util.Set;
import org.dossier.nlp.doc.Token;

/**
 * Where a lexicon entry's pattern words ({@link LexEntry#before()}, {@link LexEntry#after()}: each a
 * set of alternatives, matched by lemma or word form) stand around its head in one document. Both
 * coders read it, so a pattern word means the same to each: a month name written as a proper noun
 * is never one ("elections in March" is no march). Stateless over the document's tokens;
 * thread-confined with them.
 */
final class EntryWords {
  private final List<Token> tokens;

  EntryWords(List<Token> tokens) {
    this.tokens = tokens;
  }

  /** The first token in [from, to) that is one of {@code alternatives}, or -1. */
  int find(Set<String> alternatives, int from, int to) {
    for (int k = from; k < to; k++) {
      if (hit(alternatives, k)) {
        return k;
      }
    }
    return -1;
  }

  /** Whether token {@code t} is one of {@code alternatives} (lemma or word form, lower case). */
  boolean hit(Set<String> alternatives, int t) {
    Token tok = tokens.get(t);
    if (tok.isProperNoun() && WindowWords.TIME_WORDS.contains(WindowWords.lower(tok.word()))) {
      return false;
    }
    return alternatives.contains(WindowWords.lower(tok.lemma())) || alternatives.contains(WindowWords.lower(tok.word()));
  }

  /**
   * Whether {@code e}'s pattern words stand around {@code head} within [begin, end): the words after
   * the head in order after it (before it for a passive: "sanctions were imposed"), and the words
   * before it in order before it, nearest first.
   */
  boolean around(LexEntry e, int head, int begin, int end, boolean passive) {
    int j = head + 1;
    boolean ok = true;
    for (Set<String> alt : e.after()) {
      int k = find(alt, j, end);
      if (k < 0) {
        ok = false;
        break;
      }
      j = k + 1;
    }
    if (!ok && passive) {
      for (Set<String> alt : e.after()) {
        if (find(alt, begin, head) < 0) {
          return false;
        }
      }
      ok = true;
    }
    if (!ok) {
      return false;
    }
    int i = head - 1;
    for (int a = e.before().size() - 1; a >= 0; a--) {
      int k = -1;
      for (int t = i; t >= begin; t--) {
        if (hit(e.before().get(a), t)) {
          k = t;
          break;
        }
      }
      if (k < 0) {
        return false;
      }
      i = k - 1;
    }
    return true;
  }
}
