package org.dossier.nlp.event;

import java.util.Locale;
import java.util.Optional;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.syntax.Clause;
import org.dossier.nlp.syntax.Clauses;

/**
 * Whether a predicate word stands in a clause that did not happen, read off the clause layer: the
 * complement of an order, a persuasion or a prevention ("instructed X to assist", "persuade X to
 * accept", "prevent militants from firing"; word class {@code unrealising} of {@code
 * event-words.tsv}), the finite complement of a wish or fear ("hoped the truce will take effect";
 * {@code wishing}), or an open question ("decided on whether to press charges"). The content of an
 * appeal ("urged X to support Y") and a purpose ("gathered to protest") stay: PLOVER codes them, and
 * its dev half lost two records without them. The walk up the clause tree goes through complements
 * and coordination only: it stops at a reporting verb (what is said is reported, not unrealised),
 * an adverbial clause ("after they pulled out") and a relative clause ("rebels who refused"), which
 * stand on their own.
 *
 * <p>The window coder ({@link DocumentCoder}) reads it to skip such predicates in parsed sentences;
 * the clause coder reads {@link #infinitiveRealised}. A token of an unparsed sentence is never
 * unrealised. Per document; not thread-safe.
 */
final class ClauseRealis {
  private final Clauses clauses;
  private final java.util.List<org.dossier.nlp.doc.Token> tokens;
  private final EventWords words = EventWords.get();

  ClauseRealis(Doc doc) {
    this.clauses = Clauses.of(doc);
    this.tokens = doc.get(org.dossier.nlp.doc.Layers.TOKENS);
  }

  /** Whether the predicate at token {@code head} lies in an unrealised clause. */
  boolean unrealised(int head) {
    if (!clauses.parsed(head)) {
      return false;
    }
    Optional<Clause> at = clauses.clauseAt(head);
    Clause x = at.isPresent() ? at.get() : clauses.enclosing(head).orElse(null);
    if (at.isEmpty() && x != null && head > x.predicate() && (words.isOf("wishing", x.lemma())
        || words.isOf("unrealising", x.lemma()) && tokens.get(head).pos().equals("VBG"))) {
      // a word after a wish or a prevention that the parse gave no clause of its own: "hoped the
      // truce ...", "prevented Syria from attacking"
      return true;
    }
    // a noun's event is as real as the clause it is an argument of ("hoped the truce will hold")
    while (x != null && x.kind() == Clause.Kind.NOMINAL && x.parent() >= 0
        && !x.relation().startsWith("acl") && !x.relation().startsWith("advcl")) {
      x = clauses.parent(x).orElse(null);
    }
    for (int guard = 0; x != null && guard < 50; guard++) {
      if ("whether".equals(x.mark())) {
        return true; // "decided on whether to press charges": an open question
      }
      Clause p = clauses.parent(x).orElse(null);
      if (p == null) {
        return false;
      }
      String rel = x.relation();
      String matrix = p.lemma().toLowerCase(Locale.ROOT);
      boolean complement = rel.startsWith("xcomp") || rel.startsWith("ccomp") || rel.startsWith("advcl")
          || rel.startsWith("acl");
      if (complement && words.isOf("unrealising", matrix)) {
        return true;
      }
      if ((rel.startsWith("ccomp") || rel.startsWith("acl")) && words.isOf("wishing", matrix)) {
        return true; // "hoped the truce will hold", "for fear that they would attack"
      }
      if (words.isReporting(matrix)) {
        return false;
      }
      if (!rel.startsWith("xcomp") && !rel.startsWith("ccomp") && !rel.startsWith("conj")
          && !(rel.startsWith("advcl") && "from".equals(x.mark()))) {
        return false; // "after they pulled out", "rebels who refused": they stand on their own
      }
      x = p;
    }
    return false;
  }

  /**
   * Whether clause {@code c} happened as far as an infinitive can say: an infinitive complement
   * (or a conjunct of one) only under an implicative or scheduling predicate ("managed to free",
   * "was due to meet"); the clause coder's rule.
   */
  boolean infinitiveRealised(Clause c) {
    // "urged X not to withdraw but to transfer": a conjunct shares its first conjunct's realis
    for (int guard = 0; c.relation().startsWith("conj") && guard < 20; guard++) {
      Clause first = clauses.parent(c).orElse(null);
      if (first == null) {
        break;
      }
      c = first;
    }
    if (!c.relation().startsWith("xcomp")) {
      return true;
    }
    Clause p = clauses.parent(c).orElse(null);
    return p == null || words.isOf("implicative", p.lemma()) || words.isOf("future-matrix", p.lemma());
  }
}
