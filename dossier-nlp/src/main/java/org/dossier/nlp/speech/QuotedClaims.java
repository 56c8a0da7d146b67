package org.dossier.nlp.speech;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dossier.model.Quote;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layers;

/**
 * Claims made in quotation: each quoted clause (a direct or partial quote with a speaker and a
 * finite verb) is content on its speaker's word. Certainty comes from a belief frame opening the
 * quote ("I believe …", "I fear …": the verb's lexicon entry), else a hedge in its first clause,
 * else the cue verb's entry, else {@code reported}. Quotes already inside a claim found from the
 * reporting clause are left alone.
 */
final class QuotedClaims {
  private QuotedClaims() {}

  /** {@code drafts} plus one draft per quoted claim, in text order. */
  static List<ClaimDraft> add(SpeechDoc sd, Doc doc, List<ClaimDraft> drafts) {
    List<Quote> quotes = doc.get(Layers.QUOTES);
    List<Attribution> attributions = doc.get(SpeechLayers.QUOTE_ATTRIBUTIONS);
    List<ClaimDraft> out = new ArrayList<>(drafts);
    for (int i = 0; i < quotes.size() && i < attributions.size(); i++) {
      Quote q = quotes.get(i);
      Attribution a = attributions.get(i);
      if (q.kind().equals("term") || q.speaker() == null && !a.hasSource()) {
        continue;
      }
      int cs = sd.tokenAtOrAfter(a.contentBegin());
      int ce = sd.tokenAtOrAfter(a.contentEnd());
      while (ce > cs && sd.isPunct(ce - 1)) {
        ce--;
      }
      if (ce - cs < 2 || !ClaimExtractor.hasFinite(sd, cs, ce) || sd.lower[ce < sd.tokens.size() ? ce : ce - 1].equals("?")
          || covered(sd, drafts, cs, ce)) {
        continue;
      }
      int[] np = null;
      if (a.hasSource()) {
        int sb = sd.tokenAtOrAfter(a.sourceBegin());
        int se = sd.tokenAtOrAfter(a.sourceEnd());
        np = se > sb ? new int[] {sb, se} : null;
      }
      String cueLemma = a.cueBegin() < 0 ? null : sd.lemma[sd.tokenAtOrAfter(a.cueBegin())];
      out.add(new ClaimDraft(cs, ce, np, q.speaker(), a.cueBegin(), a.cueEnd(), certainty(sd, cs, ce, cueLemma),
          ClaimExtractor.negated(sd, cs, ce)));
    }
    out.sort(Comparator.comparingInt(ClaimDraft::cs));
    return out;
  }

  private static String certainty(SpeechDoc sd, int cs, int ce, String cueLemma) {
    // "I believe …", "we fear …": the speaker's own frame
    if (cs + 1 < ce && (sd.lower[cs].equals("i") || sd.lower[cs].equals("we"))
        && sd.lex.reportingVerbs.containsKey(sd.lemma[cs + 1]) && sd.pos(cs + 1).startsWith("VB")) {
      return sd.lex.reportingVerbs.get(sd.lemma[cs + 1]);
    }
    String hedge = Hedges.hedgeCertainty(sd, cs, ce);
    if (hedge != null) {
      return hedge;
    }
    return cueLemma == null ? "reported" : sd.lex.reportingVerbs.getOrDefault(cueLemma, "reported");
  }

  private static boolean covered(SpeechDoc sd, List<ClaimDraft> drafts, int cs, int ce) {
    for (ClaimDraft d : drafts) {
      if (d.cs() <= cs && d.ce() >= ce) {
        return true;
      }
    }
    return false;
  }
}
