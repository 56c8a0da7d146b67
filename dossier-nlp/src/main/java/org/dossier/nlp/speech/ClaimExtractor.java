package org.dossier.nlp.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dossier.model.Claim;
import org.dossier.model.CodePointIndex;
import org.dossier.model.Quote;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layer;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.doc.Sentence;
import org.dossier.nlp.pipeline.Component;

/**
 * Finds content that rests on someone's word and the author's own hedged statements.
 *
 * <ul>
 *   <li>Attributed: "X says/warned/reported (that) …", "…, X said", "…, said X", "according to X,
 *       …" — source is the actor of X when it is one, and the phrase as written in
 *       {@code sourceText} (plural and generic sources such as "analysts" too).</li>
 *   <li>Hedged by the author: "X likely sought …", "it is unclear whether …", "… could …" —
 *       no source at all.</li>
 * </ul>
 * Certainty comes from a hedge in the content (likely → probable, could → possible, …), else
 * from the cue verb's lexicon entry (reported for "say", doubtful for "deny", …). Content already
 * quoted verbatim is left to the quotes.
 *
 * <p>Stateless and thread-safe.
 */
public final class ClaimExtractor implements Component {
  private static final Set<String> CLAUSE_CONJUNCTIONS = Set.of("and", "but", "or", "while", "yet", "whereas");
  private static final Set<String> WH_COMPLEMENTS = Set.of("whether", "if", "that", "how", "what", "when",
      "who", "why", "where", "which");
  private static final Set<String> THAT_ONLY = Set.of("find", "show");
  private static final Set<String> OBJECT_TAKING = Set.of("tell", "warn", "assure", "inform", "remind",
      "ask", "urge", "caution", "convince", "persuade", "show", "promise");

  @Override
  public String name() {
    return "claims";
  }

  @Override
  public Set<Layer<?>> requires() {
    Set<Layer<?>> r = new java.util.HashSet<>(SpeechLayers.AFTER_QUOTES);
    r.add(Layers.QUOTES);
    r.add(Layers.CLAUSES);
    return Set.copyOf(r);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.CLAIMS, SpeechLayers.CLAIM_ATTRIBUTIONS);
  }

  @Override
  public Doc apply(Doc doc) {
    SpeechDoc sd = SpeechDoc.of(doc);
    List<Quote> quotes = doc.get(Layers.QUOTES);
    List<Attribution> quoteAttributions = doc.get(SpeechLayers.QUOTE_ATTRIBUTIONS);
    for (int i = 0; i < quoteAttributions.size(); i++) {
      // scare quotes and coined terms are the writer's words, not speech: a claim may hold them
      // ("X called the plan “a disaster”", "X blasted the media as “dishonest”")
      if (i < quotes.size() && "term".equals(quotes.get(i).kind())) {
        continue;
      }
      Attribution a = quoteAttributions.get(i);
      int ft = sd.tokenAtOrAfter(a.contentBegin());
      int lt = sd.tokenAtOrAfter(a.contentEnd());
      for (int t = ft; t < lt; t++) {
        sd.quoted[t] = true;
      }
    }
    List<ClaimDraft> drafts = new ArrayList<>();
    for (Sentence s : sd.sentences) {
      if (s.heading() || s.size() < 3) {
        continue;
      }
      int before = drafts.size();
      attributed(sd, s, drafts);
      if (drafts.size() == before) {
        accordingTo(sd, s, drafts);
      }
      if (drafts.size() == before) {
        hedged(sd, s, drafts);
      }
    }
    drafts = ColonClaims.add(sd, drafts);
    drafts = ClauseClaims.add(sd, doc, drafts);
    drafts = QuotedClaims.add(sd, doc, drafts);
    CodePointIndex offsets = doc.offsets();
    List<Claim> claims = new ArrayList<>();
    List<Attribution> attributions = new ArrayList<>();
    for (ClaimDraft d : drafts) {
      String id = "c" + (claims.size() + 1);
      int b = sd.tok(d.cs()).begin();
      int e = sd.tok(d.ce() - 1).end();
      String source = d.actor() != null ? d.actor() : d.np() == null ? null : sd.actorOfPhrase(d.np()[0], d.np()[1]);
      String sourceText = d.np() == null ? null : sd.sourceText(d.np()[0], d.np()[1]);
      claims.add(new Claim(id, doc.text(b, e), source, sourceText, d.certainty(), d.negated(),
          offsets.toCodePoint(b), offsets.toCodePoint(e)));
      attributions.add(new Attribution(id, b, e,
          d.np() == null ? -1 : sd.tok(d.np()[0]).begin(), d.np() == null ? -1 : sd.tok(d.np()[1] - 1).end(),
          d.cueB(), d.cueE()));
    }
    return doc.with(Layers.CLAIMS, List.copyOf(claims))
        .with(SpeechLayers.CLAIM_ATTRIBUTIONS, List.copyOf(attributions));
  }

  /** Reporting verbs with a source before ("X said that …") or after ("…, X said") the content. */
  private static void attributed(SpeechDoc sd, Sentence s, List<ClaimDraft> out) {
    int from = s.firstToken();
    int end = contentEnd(sd, s);
    for (int t = from; t < end; t++) {
      if (sd.quoted[t]) {
        continue;
      }
      int said = sd.quotedAsSaying(t);
      if (said >= 0) {
        // "X was quoted by the agency as saying …" / "the paper quoted X as saying …": X
        int[] src = sd.passiveAt(t) ? sd.npLeft(t, from) : sd.npRight(t, end);
        int cs = complementStart(sd, said, end);
        if (src != null && !sd.quoted[src[0]] && cs < end && !sd.isQuoteMark(cs) && !sd.quoted[cs]) {
          int ce = cut(sd, cs, end);
          if (ce - cs >= 3 && hasVerb(sd, cs, ce)) {
            out.add(draft(sd, cs, ce, src, said));
            t = ce;
            continue;
          }
        }
      }
      boolean stance = sd.isStanceCue(t);
      if (!sd.isCue(t) && !stance) {
        // "X rejected the plan, saying that …": the main clause's subject is the source
        if (isParticipleCue(sd, t, from)) {
          int[] subj = sd.clauseSubject(from, t - 1);
          int cs = complementStart(sd, t, end);
          if (subj != null && sd.plausibleSource(subj[0], subj[1]) && !sd.quoted[subj[0]] && cs < end
              && !sd.isQuoteMark(cs) && !sd.quoted[cs]) {
            int ce = cut(sd, cs, end);
            if (ce - cs >= 3 && hasFinite(sd, cs, ce)) {
              out.add(draft(sd, cs, ce, subj, t));
              t = ce;
            }
          }
        }
        continue;
      }
      // postposed attribution: "…, X said." or "…, said X."
      int[] np = null;
      boolean inverted = false;
      if (!stance && t - 1 > from && sd.lower[t - 1].equals(",")) {
        np = sd.npRight(t, s.endToken());
        // "X, a senior adviser, said the plan …": the phrase after the verb starts its content
        inverted = np != null && trailing(sd, np[1], s.endToken());
        if (!inverted) {
          np = null;
        }
      }
      if (np == null) {
        np = sd.npLeft(t, from);
      }
      if (np == null || !sd.plausibleSource(np[0], np[1]) || sd.quoted[np[0]]) {
        continue;
      }
      int after = inverted ? np[1] : t + 1;
      int lead = inverted ? t - 1 : np[0] - 1;
      if (!stance && lead > from && sd.lower[lead].equals(",") && trailing(sd, after, s.endToken())) {
        int cs = skipLeadingConjunction(sd, from, lead);
        if (cs < lead && !sd.isQuoteMark(lead - 1) && hasVerb(sd, cs, lead) && !sd.quoted[lead - 1]
            && (out.isEmpty() || sd.tok(cs).begin() >= out.get(out.size() - 1).ceChar(sd))) {
          out.add(draft(sd, cs, lead, np, t));
          return;
        }
        continue;
      }
      if (inverted) {
        continue;
      }
      int cs = complementStart(sd, t, end);
      if (cs < 0 || cs >= end || sd.isQuoteMark(cs) || sd.quoted[cs]) {
        continue;
      }
      // "find" and "show" report only with a that-clause ("the poll found that …"), not "found a
      // way", unless a record or measurement does the finding ("polls show a close race")
      boolean finding = THAT_ONLY.contains(sd.lemma[t]) && sd.isFinding(np[0], np[1]);
      if (THAT_ONLY.contains(sd.lemma[t]) && !sd.lower[cs - 1].equals("that")) {
        if (!finding) {
          continue;
        }
        // what was shown starts right after the verb: "polls show [a close race]", not an addressee
        cs = t + 1;
      }
      int ce = cut(sd, cs, end);
      // "described the vote as fair", "predicted 296 seats": verbs whose content may be a noun
      // phrase (or a name: "blasted Smith")
      boolean nominal = (sd.lex.nominalContentVerbs.contains(sd.lemma[t]) || finding || stance)
          && (ce - cs >= 2 || ce - cs == 1 && sd.tok(cs).isProperNoun());
      if (ce - cs >= 3 && hasFinite(sd, cs, ce) || nominal) {
        out.add(draft(sd, cs, ce, np, t));
        // a cue inside this content is reported within it; look on after it
        t = ce;
      }
    }
  }

  private static boolean isParticipleCue(SpeechDoc sd, int t, int from) {
    return t - 1 > from && sd.lower[t - 1].equals(",") && sd.pos(t).equals("VBG")
        && sd.lex.reportingVerbs.containsKey(sd.lemma[t]);
  }

  private static ClaimDraft draft(SpeechDoc sd, int cs, int ce, int[] np, int cue) {
    String certainty = Hedges.hedgeCertainty(sd, cs, ce);
    if (certainty == null) {
      certainty = sd.lex.reportingVerbs.getOrDefault(sd.lemma[cue],
          sd.lex.stanceVerbs.getOrDefault(sd.lemma[cue], "reported"));
    }
    return new ClaimDraft(cs, ce, np, null, sd.tok(cue).begin(), sd.tok(cue).end(), certainty, negated(sd, cs, ce));
  }

  /** "according to X, …" or "…, according to X." */
  private static void accordingTo(SpeechDoc sd, Sentence s, List<ClaimDraft> out) {
    int from = s.firstToken();
    int end = contentEnd(sd, s);
    for (int t = from; t + 1 < end; t++) {
      if (!sd.lower[t].equals("according") || !sd.lower[t + 1].equals("to") || sd.quoted[t]) {
        continue;
      }
      int[] np = sd.npRight(t + 1, s.endToken());
      if (np == null) {
        return;
      }
      int cs;
      int ce;
      int lead = skipLeadingConjunction(sd, from, t);
      if (lead == t) {
        cs = np[1];
        while (cs < end && !sd.lower[cs].equals(",")) {
          cs++;
        }
        cs++;
        ce = end;
      } else {
        cs = lead;
        ce = t > from && sd.lower[t - 1].equals(",") ? t - 1 : t;
      }
      if (cs < ce && ce - cs >= 3 && hasVerb(sd, cs, ce)) {
        String certainty = Hedges.hedgeCertainty(sd, cs, ce);
        out.add(new ClaimDraft(cs, ce, np, null, sd.tok(t).begin(), sd.tok(t + 1).end(),
            certainty == null ? "reported" : certainty, negated(sd, cs, ce)));
      }
      return;
    }
  }

  /** The author's hedges: "it is unclear whether …", "X likely …", "X could …". */
  private static void hedged(SpeechDoc sd, Sentence s, List<ClaimDraft> out) {
    int from = s.firstToken();
    int end = contentEnd(sd, s);
    if (end <= from || sd.lower[s.endToken() - 1].equals("?")) {
      return;
    }
    // it is unclear whether …
    for (int t = from; t + 3 < end; t++) {
      if (!(sd.lower[t].equals("it") && sd.lemma[t + 1].equals("be")) || sd.quoted[t]) {
        continue;
      }
      int k = t + 2;
      while (k < end && (sd.lower[k].equals("still") || sd.lower[k].equals("also") || sd.lower[k].equals("yet"))) {
        k++;
      }
      for (Lexicon.Hedge h : sd.lex.uncertaintyFrames) {
        if (Hedges.matches(sd, k, h.words(), end)) {
          int c = k + h.words().length;
          if (c < end && WH_COMPLEMENTS.contains(sd.lower[c]) && c + 1 < end) {
            int ce = cut(sd, c + 1, end);
            out.add(new ClaimDraft(c + 1, ce, null, null, sd.tok(t).begin(), sd.tok(c).end(), h.certainty(),
                negated(sd, c + 1, ce)));
            return;
          }
        }
      }
    }
    int lastClause = -1;
    for (int t = from; t < end; t++) {
      if (sd.quoted[t]) {
        continue;
      }
      Lexicon.Hedge h = Hedges.hedgeAt(sd, t, end);
      if (h == null) {
        continue;
      }
      int cs = clauseStart(sd, from, t);
      if (cs <= lastClause) {
        continue;
      }
      int ce = clauseEnd(sd, t, end);
      if (ce - cs < 3 || !hasVerb(sd, cs, ce)) {
        continue;
      }
      out.add(new ClaimDraft(cs, ce, null, null, sd.tok(t).begin(), sd.tok(t + h.words().length - 1).end(),
          h.certainty(), negated(sd, cs, ce)));
      lastClause = cs;
      t = ce;
    }
  }

  /** Negation in the content's first verb group. */
  static boolean negated(SpeechDoc sd, int cs, int ce) {
    for (int t = cs; t < ce; t++) {
      if (sd.pos(t).startsWith("VB") || sd.pos(t).equals("MD")) {
        int k = t;
        while (k < ce && (sd.pos(k).startsWith("VB") || sd.pos(k).equals("MD") || sd.pos(k).startsWith("RB"))) {
          if (sd.lower[k].equals("not") || sd.lower[k].equals("n't") || sd.lower[k].equals("never")) {
            return true;
          }
          k++;
        }
        return false;
      }
    }
    return false;
  }

  /** Where the complement of cue {@code t} starts: after an addressee, adverbials and "that". */
  private static int complementStart(SpeechDoc sd, int t, int end) {
    int k = t + 1;
    if (k < end && sd.lower[k].equals("out") && sd.lemma[t].equals("point")) {
      k++;
    }
    if (OBJECT_TAKING.contains(sd.lemma[t]) && k < end && !sd.lower[k].equals("that")) {
      int[] obj = sd.npRight(t, end);
      if (obj != null && obj[0] == k) {
        k = obj[1];
      }
    }
    for (int j = k; j < Math.min(end, k + 8); j++) {
      if (sd.lower[j].equals("that") && !sd.pos(j).startsWith("DT")) {
        return j + 1;
      }
      if (sd.lower[j].equals("that") && j == k) {
        return j + 1;
      }
      if (sd.isFinite(j) || sd.isBoundary(j)) {
        break;
      }
    }
    while (k < end && sd.lower[k].equals(",")) {
      k++;
    }
    return k;
  }

  /** Content end: before ", according to …" or a quotation that follows. */
  private static int cut(SpeechDoc sd, int cs, int end) {
    for (int t = cs + 1; t < end; t++) {
      if (sd.lower[t].equals(";") || sd.isQuoteMark(t) && sd.quoted[Math.min(t + 1, sd.tokens.size() - 1)]) {
        return t;
      }
      if (sd.lower[t].equals(",") && t + 2 < end && sd.lower[t + 1].equals("according")
          && sd.lower[t + 2].equals("to")) {
        return t;
      }
    }
    return end;
  }

  /** The sentence end without its final punctuation. */
  private static int contentEnd(SpeechDoc sd, Sentence s) {
    int e = s.endToken();
    while (e > s.firstToken() && (sd.isPunct(e - 1) && !sd.isQuoteMark(e - 1))) {
      e--;
    }
    return e;
  }

  private static boolean trailing(SpeechDoc sd, int from, int to) {
    if (to - from > 12) {
      return false;
    }
    for (int t = from; t < to; t++) {
      if (sd.isFinite(t) || sd.lower[t].equals("that") || sd.isQuoteMark(t)) {
        return false;
      }
    }
    return true;
  }

  private static int skipLeadingConjunction(SpeechDoc sd, int from, int to) {
    int k = from;
    while (k < to && (CLAUSE_CONJUNCTIONS.contains(sd.lower[k]) || sd.lower[k].equals(","))) {
      k++;
    }
    return k;
  }

  private static boolean hasVerb(SpeechDoc sd, int from, int to) {
    for (int t = from; t < to; t++) {
      if (sd.pos(t).startsWith("VB") || sd.pos(t).equals("MD")) {
        return true;
      }
    }
    return false;
  }

  static boolean hasFinite(SpeechDoc sd, int from, int to) {
    for (int t = from; t < to; t++) {
      if (sd.isFinite(t)) {
        return true;
      }
    }
    return false;
  }

  /** Start of the clause holding token {@code t}: after "; " or ", and/but" or the sentence start. */
  private static int clauseStart(SpeechDoc sd, int from, int t) {
    for (int k = t - 1; k > from; k--) {
      String w = sd.lower[k];
      if (w.equals(";") || w.equals(":")) {
        return k + 1;
      }
      if (CLAUSE_CONJUNCTIONS.contains(w) && sd.lower[k - 1].equals(",")) {
        return k + 1;
      }
    }
    return skipLeadingConjunction(sd, from, t);
  }

  /** End of the clause holding token {@code t}: before ", and/but" + a new subject, or ";". */
  private static int clauseEnd(SpeechDoc sd, int t, int end) {
    for (int k = t + 1; k < end; k++) {
      String w = sd.lower[k];
      if (w.equals(";")) {
        return k;
      }
      if (w.equals(",") && k + 2 < end && CLAUSE_CONJUNCTIONS.contains(sd.lower[k + 1])
          && !sd.pos(k + 2).startsWith("VB") && !sd.pos(k + 2).startsWith("RB")) {
        return k;
      }
    }
    return end;
  }
}
