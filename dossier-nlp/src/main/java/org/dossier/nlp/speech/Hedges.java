package org.dossier.nlp.speech;

import org.dossier.nlp.doc.Sentence;

/**
 * Hedges in a clause: the phrases of {@code hedges.tsv} (adverbs, modals as modals, "is likely
 * to") and the verbal frames of {@code hedge-frames.tsv} ("is expected to"), and the certainty
 * they give. Stateless.
 */
final class Hedges {
  private Hedges() {}

  /** A hedge starting at token {@code t}, if one does. */
  static Lexicon.Hedge hedgeAt(SpeechDoc sd, int t, int end) {
    for (Lexicon.Hedge f : sd.lex.hedgeFrames) {
      if (matchesLemmas(sd, t, f.words(), end)) {
        return f;
      }
    }
    for (Lexicon.Hedge h : sd.lex.hedges) {
      if (!matches(sd, t, h.words(), end)) {
        continue;
      }
      int last = t + h.words().length - 1;
      String p = sd.pos(last);
      if (h.words().length == 1 && (h.words()[0].equals("could") || h.words()[0].equals("may")
          || h.words()[0].equals("might"))) {
        // a modal hedges only as a modal, and "could not" is inability rather than a hedge
        if (!p.equals("MD") || last + 1 < end && (sd.lower[last + 1].equals("not") || sd.lower[last + 1].equals("n't"))) {
          return null;
        }
        if (inSubordinateClause(sd, t)) {
          return null;
        }
        return h;
      }
      if (p.startsWith("RB")) {
        return h;
      }
      // "is likely to …", "is unlikely to …"
      if (p.startsWith("JJ") && last + 1 < end && sd.lower[last + 1].equals("to")
          && last > 0 && (sd.lemma[last - 1].equals("be") || sd.pos(last - 1).startsWith("RB"))) {
        return h;
      }
      return null;
    }
    return null;
  }

  static boolean inSubordinateClause(SpeechDoc sd, int t) {
    Sentence s = sd.sentences.get(sd.sentenceOf(t));
    for (int k = t - 1; k >= s.firstToken() && k >= t - 6; k--) {
      String p = sd.pos(k);
      if (p.equals("WDT") || p.equals("WP") || p.equals("WRB") || p.equals("IN") && !sd.lower[k].equals("of")
          && !sd.lower[k].equals("in") && !sd.lower[k].equals("on") && !sd.lower[k].equals("at")) {
        return true;
      }
      if (sd.lower[k].equals(",") || sd.isFinite(k)) {
        return false;
      }
    }
    return false;
  }

  static boolean matchesLemmas(SpeechDoc sd, int t, String[] words, int end) {
    if (t + words.length > end) {
      return false;
    }
    for (int i = 0; i < words.length; i++) {
      if (!sd.lemma[t + i].equals(words[i]) && !sd.lower[t + i].equals(words[i])) {
        return false;
      }
    }
    return true;
  }

  static boolean matches(SpeechDoc sd, int t, String[] words, int end) {
    if (t + words.length > end) {
      return false;
    }
    for (int i = 0; i < words.length; i++) {
      if (!sd.lower[t + i].equals(words[i])) {
        return false;
      }
    }
    return true;
  }

  /** The first hedge in the content's main clause, as a certainty, or null. */
  static String hedgeCertainty(SpeechDoc sd, int cs, int ce) {
    for (int t = cs; t < ce; t++) {
      if (sd.lower[t].equals(",") || sd.lower[t].equals(";")) {
        break;
      }
      Lexicon.Hedge h = hedgeAt(sd, t, ce);
      if (h != null) {
        return h.certainty();
      }
    }
    return null;
  }
}
