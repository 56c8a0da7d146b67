package org.dossier.nlp.speech;

import org.dossier.nlp.doc.Sentence;

/**
 * Where a quote's speaker is introduced outside the quote's own clause: a cue just before the opening
 * mark ("X told reporters: “…”", "according to X, “…”", a colon after a clause subject), and a quote
 * standing alone, attributed by the next short sentence or introduced by the previous one ending in a
 * colon. Each method fills the cue and speaker phrase of {@link QuoteExtractor.Found} when it finds them.
 *
 * <p>Stateless and thread-safe.
 */
final class QuoteIntroductions {
  private QuoteIntroductions() {}

  /** The nearest reporting verb before {@code om} in its clause, or -1. */
  static int cueBefore(SpeechDoc sd, int from, int om) {
    for (int t = om - 1; t >= from; t--) {
      if (sd.isCue(t)) {
        return t;
      }
    }
    return -1;
  }

  static void introduce(SpeechDoc sd, QuoteExtractor.Found f, int from, int om) {
    int k = om - 1;
    while (k >= from && (sd.lower[k].equals(",") || sd.lower[k].equals(":") || sd.lower[k].equals("that"))) {
      k--;
    }
    if (k < from) {
      return;
    }
    // X told reporters: / X said of the plan,
    int c = -1;
    for (int t = k; t >= Math.max(from, k - 4); t--) {
      if (sd.isSpeechCue(t)) {
        c = t;
        break;
      }
      if (sd.isBoundary(t)) {
        break;
      }
    }
    if (c >= 0) {
      int[] np = sd.npLeft(c, from);
      if (np == null) {
        np = sd.npRight(c, om);
      }
      f.cue = c;
      f.np = np;
      return;
    }
    // according to X, “…”
    for (int t = k; t >= Math.max(from + 1, k - 8); t--) {
      if (sd.lower[t].equals("to") && sd.lower[t - 1].equals("according")) {
        f.cue = t - 1;
        f.np = sd.npRight(t, om);
        return;
      }
    }
    if (sd.lower[om - 1].equals(":")) {
      f.np = sd.clauseSubject(from, om - 1);
    }
  }

  /** A quote standing alone: attribution in the next short sentence or the previous one. */
  static void neighbours(SpeechDoc sd, QuoteExtractor.Found f, Sentence so, Sentence sc, int cm) {
    int next = sc.index() + 1;
    if (cm + 1 >= sc.endToken() - 1 && next < sd.sentences.size()) {
      Sentence n = sd.sentences.get(next);
      if (n.paragraph() == sc.paragraph() && n.size() <= 12) {
        for (int t = n.firstToken(); t < n.endToken(); t++) {
          if (sd.quoted[t]) {
            break;
          }
          if (sd.isCue(t)) {
            int[] np = sd.npLeft(t, n.firstToken());
            if (np != null && sd.plausibleSource(np[0], np[1])) {
              f.cue = t;
              f.np = np;
              return;
            }
          }
        }
      }
    }
    int prev = so.index() - 1;
    if (prev >= 0 && so.firstToken() == (sd.isQuoteMark(so.firstToken()) ? so.firstToken() : -1)) {
      Sentence p = sd.sentences.get(prev);
      if (p.size() > 0 && !p.heading() && so.paragraph() - p.paragraph() <= 1) {
        int lastTok = p.endToken() - 1;
        if (sd.lower[lastTok].equals(":")) {
          for (int t = lastTok; t >= p.firstToken(); t--) {
            if (sd.isCue(t) && !sd.quoted[t]) {
              f.cue = t;
              f.np = sd.npLeft(t, p.firstToken());
              return;
            }
          }
          f.np = sd.clauseSubject(p.firstToken(), lastTok);
        }
      }
    }
  }
}
