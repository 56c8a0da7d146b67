package org.dossier.nlp.speech;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.syntax.Clause;
import org.dossier.nlp.syntax.Clauses;

/**
 * Claims read off the clause layer where the token rules found none: a clause whose predicate is
 * a reporting verb ({@code reporting-verbs.tsv}) or a wanting verb ({@code goal-triggers.tsv},
 * "X demanded that …", "X wants to …") with a clausal complement ({@code ccomp}, or {@code xcomp}
 * for wanting verbs: wants are attributions too) is content on its subject's word — whatever
 * stands between them (coordinated verbs, relative clauses, long subjects); a verb of
 * {@code nominal-content-verbs.txt}, a verb of praise or blame ({@code stance-verbs.tsv}) or a
 * wanting verb without one reports its object ("X described the vote as fair", "X praised the
 * deal", "X called for talks"); a wanting verb's prepositional clause is its complement too ("X
 * called on Y to act", which the parser hangs from the verb as an adverbial clause). Passive
 * clauses report nothing of their subject ("X was criticized"). The subject is the source (its argument span as written); certainty comes from a hedge in the
 * content, else the verb's lexicon entry, else {@code reported}.
 */
final class ClauseClaims {
  /** Prepositions of wanting verbs' complements ("call for", "call on", "push for", "appeal to"). */
  private static final Set<String> PREPOSITION_MARKS = Set.of("for", "on", "upon", "to");

  private ClauseClaims() {}

  /** {@code drafts} plus the clause-layer claims that overlap none of them, in text order. */
  static List<ClaimDraft> add(SpeechDoc sd, Doc doc, List<ClaimDraft> drafts) {
    Clauses clauses = Clauses.of(doc);
    List<ClaimDraft> out = new ArrayList<>(drafts);
    for (Clause c : clauses.all()) {
      if (c.kind() != Clause.Kind.VERB || c.subjects().isEmpty() || sd.quoted[c.predicate()]
          || !(sd.lex.reportingVerbs.containsKey(c.lemma()) || sd.lex.goalVerbs.contains(c.lemma())
              || sd.lex.stanceVerbs.containsKey(c.lemma()))) {
        continue;
      }
      // finite complements, and the infinitives of wanting verbs ("wants to …", a want PolNeAR
      // annotates as an attribution); a reporting verb's infinitive is its purpose, not its content
      boolean wanting = sd.lex.goalVerbs.contains(c.lemma());
      List<Clause> complements = new ArrayList<>(clauses.complements(c).stream()
          .filter(x -> x.relation().equals("ccomp") || wanting && x.relation().equals("xcomp")).toList());
      if (wanting && complements.isEmpty()) {
        complements.addAll(prepositional(clauses, c));
      }
      if (complements.isEmpty() && (sd.lex.nominalContentVerbs.contains(c.lemma()) || wanting
          || sd.lex.stanceVerbs.containsKey(c.lemma()))) {
        nominal(sd, clauses, c, out);
        continue;
      }
      for (Clause comp : complements) {
        int cs = comp.begin();
        int ce = comp.end();
        while (cs < ce && (sd.lower[cs].equals("that") || sd.isPunct(cs) && !sd.isQuoteMark(cs)
            || cs < c.predicate() + 3 && sd.pos(cs).equals("IN"))) {
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
          certainty = certainty(sd, c.lemma());
        }
        out.add(new ClaimDraft(cs, ce, np, null, sd.tok(c.predicate()).begin(), sd.tok(c.predicate()).end(),
            certainty, ClaimExtractor.negated(sd, cs, ce)));
      }
    }
    out.sort(Comparator.comparingInt(ClaimDraft::cs));
    return out;
  }

  /**
   * The clause a wanting verb's preposition introduces, which the parser hangs from the verb as an
   * adverbial clause: "called for the ban to end", "called on the council to act", "called Friday
   * for releasing the videos". It must start within two words of the verb, so a purpose or time
   * clause further on ("…, calling for calm before the vote") is not taken for what is wanted.
   */
  private static List<Clause> prepositional(Clauses clauses, Clause c) {
    List<Clause> out = new ArrayList<>();
    for (Clause x : clauses.children(c)) {
      if (x.relation().equals("advcl") && x.begin() > c.predicate() && x.begin() <= c.predicate() + 3
          && (x.mark() == null || PREPOSITION_MARKS.contains(x.mark()))) {
        out.add(x);
      }
    }
    return out;
  }

  /**
   * "X described the vote as fair", "X called for more investment": the object and its "as"/"for"
   * phrase are the content when the verb takes a noun phrase as what is reported or wanted.
   */
  private static void nominal(SpeechDoc sd, Clauses clauses, Clause c, List<ClaimDraft> out) {
    if (c.passive()) {
      // "X was criticized for …": the subject is the one spoken of, not the speaker
      return;
    }
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
    // a name alone is content too ("X blasted Smith"); other single words are not ("predicted rain")
    if (ce - cs < 1 || ce - cs == 1 && !sd.tok(cs).isProperNoun() || overlaps(out, cs, ce) || quoted(sd, cs, ce)) {
      return;
    }
    int[] np = clauses.argumentSpan(c.subjects().get(0));
    if (np[1] > cs || !subjectLike(sd, np)) {
      return;
    }
    String certainty = Hedges.hedgeCertainty(sd, cs, ce);
    out.add(new ClaimDraft(cs, ce, np, null, sd.tok(c.predicate()).begin(), sd.tok(c.predicate()).end(),
        certainty != null ? certainty : certainty(sd, c.lemma()),
        c.negated()));
  }

  /** The certainty a reporting or stance verb gives content without a hedge of its own. */
  private static String certainty(SpeechDoc sd, String lemma) {
    return sd.lex.reportingVerbs.getOrDefault(lemma, sd.lex.stanceVerbs.getOrDefault(lemma, "reported"));
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
