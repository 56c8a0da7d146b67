package org.dossier.nlp.speech;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.syntax.Clause;
import org.dossier.nlp.syntax.Clauses;

/**
 * Claims read off the clause layer where the token rules found none: a clause whose predicate is
 * a reporting verb ({@code reporting-verbs.tsv}) or a wanting verb ({@code goal-triggers.tsv},
 * "X demanded that …", "X wants to …") with a clausal complement ({@code ccomp}, or {@code xcomp}
 * for wanting verbs: wants are attributions too) is content on its subject's word — whatever
 * stands between them (coordinated verbs, relative clauses, long subjects); a verb of
 * {@code nominal-content-verbs.txt} or a wanting verb without one reports its object ("X
 * described the vote as fair", "X called for talks"). The
 * subject is the source (its argument span as written); certainty comes from a hedge in the
 * content, else the verb's lexicon entry, else {@code reported}.
 */
final class ClauseClaims {
  private ClauseClaims() {}

  /** {@code drafts} plus the clause-layer claims that overlap none of them, in text order. */
  static List<ClaimDraft> add(SpeechDoc sd, Doc doc, List<ClaimDraft> drafts) {
    Clauses clauses = Clauses.of(doc);
    List<ClaimDraft> out = new ArrayList<>(drafts);
    for (Clause c : clauses.all()) {
      if (c.kind() != Clause.Kind.VERB || c.subjects().isEmpty() || sd.quoted[c.predicate()]
          || !(sd.lex.reportingVerbs.containsKey(c.lemma()) || sd.lex.goalVerbs.contains(c.lemma()))) {
        continue;
      }
      // finite complements, and the infinitives of wanting verbs ("wants to …", a want PolNeAR
      // annotates as an attribution); a reporting verb's infinitive is its purpose, not its content
      boolean wanting = sd.lex.goalVerbs.contains(c.lemma());
      List<Clause> complements = clauses.complements(c).stream()
          .filter(x -> x.relation().equals("ccomp") || wanting && x.relation().equals("xcomp")).toList();
      if (complements.isEmpty() && (sd.lex.nominalContentVerbs.contains(c.lemma()) || wanting)) {
        nominal(sd, clauses, c, out);
        continue;
      }
      for (Clause comp : complements) {
        int cs = comp.begin();
        int ce = comp.end();
        while (cs < ce && (sd.lower[cs].equals("that") || sd.isPunct(cs) && !sd.isQuoteMark(cs))) {
          cs++;
        }
        while (ce > cs && sd.isPunct(ce - 1) && !sd.isQuoteMark(ce - 1)) {
          ce--;
        }
        if (ce - cs < 3 || cs <= c.predicate() && ce > c.predicate() || overlaps(out, cs, ce) || quoted(sd, cs, ce)) {
          continue;
        }
        int[] np = clauses.argumentSpan(c.subjects().get(0));
        if (np[1] > cs && np[0] < ce || !subjectLike(sd, np)) {
          continue;
        }
        String certainty = Hedges.hedgeCertainty(sd, cs, ce);
        if (certainty == null) {
          certainty = sd.lex.reportingVerbs.getOrDefault(c.lemma(), "reported");
        }
        out.add(new ClaimDraft(cs, ce, np, null, sd.tok(c.predicate()).begin(), sd.tok(c.predicate()).end(),
            certainty, ClaimExtractor.negated(sd, cs, ce)));
      }
    }
    out.sort(Comparator.comparingInt(ClaimDraft::cs));
    return out;
  }

  /**
   * "X described the vote as fair", "X called for more investment": the object and its "as"/"for"
   * phrase are the content when the verb takes a noun phrase as what is reported or wanted.
   */
  private static void nominal(SpeechDoc sd, Clauses clauses, Clause c, List<ClaimDraft> out) {
    int cs = Integer.MAX_VALUE;
    int ce = -1;
    List<Integer> heads = new ArrayList<>(c.objects());
    heads.addAll(c.oblique("as"));
    heads.addAll(c.oblique("for"));
    heads.addAll(c.oblique("of"));
    for (int h : heads) {
      int[] span = clauses.argumentSpan(h);
      if (span[0] > c.predicate()) {
        cs = Math.min(cs, span[0]);
        ce = Math.max(ce, span[1]);
      }
    }
    while (ce > cs && cs < sd.tokens.size() && (sd.lower[cs].equals("for") || sd.lower[cs].equals("as"))) {
      cs++;
    }
    if (ce - cs < 2 || overlaps(out, cs, ce) || quoted(sd, cs, ce)) {
      return;
    }
    int[] np = clauses.argumentSpan(c.subjects().get(0));
    if (np[1] > cs || !subjectLike(sd, np)) {
      return;
    }
    String certainty = Hedges.hedgeCertainty(sd, cs, ce);
    out.add(new ClaimDraft(cs, ce, np, null, sd.tok(c.predicate()).begin(), sd.tok(c.predicate()).end(),
        certainty != null ? certainty : sd.lex.reportingVerbs.getOrDefault(c.lemma(), "reported"),
        c.negated()));
  }

  /** A subject that can be a source: a plausible source phrase, or any noun-headed one but "it"/"there". */
  private static boolean subjectLike(SpeechDoc sd, int[] np) {
    if (np[1] <= np[0] || sd.quoted[np[0]]) {
      return false;
    }
    if (sd.plausibleSource(np[0], np[1])) {
      return true;
    }
    int head = np[1] - 1;
    return sd.pos(head).startsWith("NN") && !sd.lower[head].equals("there");
  }

  private static boolean overlaps(List<ClaimDraft> drafts, int cs, int ce) {
    for (ClaimDraft d : drafts) {
      if (d.cs() < ce && cs < d.ce()) {
        return true;
      }
    }
    return false;
  }

  private static boolean quoted(SpeechDoc sd, int cs, int ce) {
    for (int t = cs; t < ce; t++) {
      if (sd.quoted[t]) {
        return true;
      }
    }
    return false;
  }
}
