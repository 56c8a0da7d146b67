package org.dossier.nlp.speech;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dossier.nlp.doc.Sentence;

/**
 * Colon introductions: a sentence (headlines included) that opens with a source phrase and a colon
 * and goes on with a clause outside quotation marks ("Poll: Voters turn away from the party",
 * "Senator Jane Doe: The bill will pass") is that clause on the source's word, certainty
 * {@code reported}.
 */
final class ColonClaims {
  private ColonClaims() {}

  /** {@code drafts} plus the colon claims that overlap none of them, in text order. */
  static List<ClaimDraft> add(SpeechDoc sd, List<ClaimDraft> drafts) {
    List<ClaimDraft> out = new ArrayList<>(drafts);
    for (Sentence s : sd.sentences) {
      int colon = -1;
      for (int t = s.firstToken(); t < Math.min(s.endToken(), s.firstToken() + 8); t++) {
        if (sd.lower[t].equals(":")) {
          colon = t;
          break;
        }
        if (sd.pos(t).startsWith("VB") || sd.isQuoteMark(t)) {
          break;
        }
      }
      if (colon <= s.firstToken()) {
        continue;
      }
      int[] np = sd.npLeft(colon, s.firstToken());
      if (np == null || np[0] != s.firstToken() || np[1] != colon || !sd.plausibleSource(np[0], np[1])) {
        continue;
      }
      int cs = colon + 1;
      int ce = s.endToken();
      while (ce > cs && sd.isPunct(ce - 1)) {
        ce--;
      }
      if (ce - cs < 3 || sd.quoted[cs] || sd.isQuoteMark(cs) || !ClaimExtractor.hasFinite(sd, cs, ce)
          || overlaps(out, cs, ce)) {
        continue;
      }
      String hedge = Hedges.hedgeCertainty(sd, cs, ce);
      out.add(new ClaimDraft(cs, ce, np, null, sd.tok(colon).begin(), sd.tok(colon).end(),
          hedge != null ? hedge : "reported", ClaimExtractor.negated(sd, cs, ce)));
    }
    out.sort(Comparator.comparingInt(ClaimDraft::cs));
    return out;
  }

  private static boolean overlaps(List<ClaimDraft> drafts, int cs, int ce) {
    for (ClaimDraft d : drafts) {
      if (d.cs() < ce && cs < d.ce()) {
        return true;
      }
    }
    return false;
  }
}
