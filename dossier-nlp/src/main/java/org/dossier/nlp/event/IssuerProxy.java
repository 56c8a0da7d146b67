package org.dossier.nlp.event;

import java.util.List;
import java.util.Locale;
import org.dossier.nlp.doc.Token;
import org.dossier.nlp.syntax.Clause;
import org.dossier.nlp.syntax.Clauses;

/**
 * The issuer a document noun stands for when it is an argument of an event predicate: "the prime
 * minister issued a directive calling on officials to ..." (the directive calls; its issuer is the
 * source), "a resolution adopted by the Council urges ...". A directive, decree or resolution
 * is no actor of its own, so without this the event has no source.
 *
 * <p>Contract: {@link #issuerOf} returns the argument heads of the issuer (the logical subject of
 * the issuing verb) when {@code head}'s lemma is a document noun ({@code document-noun} in
 * {@code event-words.tsv}) and the noun is the object of an issuing verb ({@code issuing-verb}:
 * "issued a directive"), the passive subject of one ("a decree was signed by the king"), or
 * modified by a passive participle of one with its agent ("a resolution adopted by the Council");
 * otherwise an empty list. Reads the clause layer only; per document, immutable.
 */
final class IssuerProxy {
  private final Clauses clauses;
  private final List<Token> tokens;
  private final EventWords words;

  IssuerProxy(Clauses clauses, List<Token> tokens, EventWords words) {
    this.clauses = clauses;
    this.tokens = tokens;
    this.words = words;
  }

  /** The argument heads of the issuer of the document noun at {@code head}, or an empty list. */
  List<Integer> issuerOf(int head) {
    if (head < 0 || head >= tokens.size() || !clauses.parsed(head)
        || !words.isOf("document-noun", tokens.get(head).lemma().toLowerCase(Locale.ROOT))) {
      return List.of();
    }
    String rel = clauses.tree().relation(head);
    int gov = clauses.tree().head(head);
    if (gov >= 0 && rel != null && (rel.equals("obj") || rel.equals("nsubj:pass"))) {
      Clause g = clauses.clauseAt(gov).orElse(null);
      if (g != null && words.isOf("issuing-verb", g.lemma())) {
        return g.passive() ? g.agents() : g.subjects();
      }
    }
    for (int k : clauses.tree().children(head, "acl")) {
      Clause p = clauses.clauseAt(k).orElse(null);
      if (p != null && p.passive() && words.isOf("issuing-verb", p.lemma()) && !p.agents().isEmpty()) {
        return p.agents();
      }
    }
    return List.of();
  }
}
