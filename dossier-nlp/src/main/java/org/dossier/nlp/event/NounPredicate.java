package org.dossier.nlp.event;

import java.util.List;
import org.dossier.nlp.doc.Token;
import org.dossier.nlp.syntax.Clause;
import org.dossier.nlp.syntax.Clauses;

/**
 * The intransitive predicate an event noun is the subject of: "clashes broke out between A and
 * B", "fighting raged between A and B", "talks between A and B collapsed". Such a predicate says
 * nothing of its own (no lexicon entry codes "break out"), but it holds the noun's parties (the
 * "between" phrase hangs from the verb, not the noun) and may change the noun's code (talks that
 * collapse are halted negotiations, {@code subjof=} in {@code nominal.tsv}).
 *
 * <p>Contract: {@link #of} gives the clause whose subject (nsubj) a token is, or null;
 * {@link #admits} whether an entry's {@code subjof=} lemmas hold for a head (true for entries
 * without the option); {@link #heads} the argument heads of a {@code subjof.ROLE} role ({@code
 * obl:PREP} only); {@link #isGerundSubject} whether a verb clause is really a noun ("Fighting
 * erupted": a gerund with no subject of its own standing as another predicate's subject). Reads the
 * clause layer only; per document, immutable.
 */
final class NounPredicate {
  /** The prefix of the roles read from the predicate: {@code subjof.obl:between}. */
  static final String ROLE_PREFIX = "subjof.";

  private final Clauses clauses;
  private final List<Token> tokens;

  NounPredicate(Clauses clauses, List<Token> tokens) {
    this.clauses = clauses;
    this.tokens = tokens;
  }

  /** The clause whose nominal subject is {@code noun}, or null. */
  Clause of(int noun) {
    if (noun < 0 || noun >= tokens.size() || !clauses.parsed(noun)) {
      return null;
    }
    String rel = clauses.tree().relation(noun);
    int h = clauses.tree().head(noun);
    if (h < 0 || rel == null || !rel.equals("nsubj")) {
      return null;
    }
    return clauses.clauseAt(h).orElse(null);
  }

  /** Whether {@code e}'s required predicates ({@code subjof=}) hold for the noun at {@code head}. */
  boolean admits(LexEntry e, int head) {
    if (e.subjectOf().isEmpty()) {
      return true;
    }
    Clause p = of(head);
    return p != null && e.subjectOf().contains(p.lemma());
  }

  /** The heads of {@code role} ({@code obl:PREP}) on the predicate the noun at {@code head} is subject of. */
  List<Integer> heads(int head, String role) {
    Clause p = of(head);
    if (p == null || !role.startsWith("obl:")) {
      return List.of();
    }
    return p.oblique(role.substring(4));
  }

  /** Whether verb clause {@code c} is a bare gerund standing as a subject ("Fighting erupted"). */
  boolean isGerundSubject(Clause c) {
    return c.kind() == Clause.Kind.VERB && c.subjects().isEmpty() && c.objects().isEmpty()
        && tokens.get(c.predicate()).pos().equals("VBG") && "nsubj".equals(c.relation());
  }
}
