package org.dossier.nlp.syntax;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.doc.Token;

/**
 * Read access to the clause layer of one document: the clauses of a sentence, the clause of a
 * predicate token, the clause a token falls in, parents and complements, and the token span of an
 * argument (its head's subtree). Built per document from {@link Layers#CLAUSES} and
 * {@link Layers#DEPENDENCIES}; cheap. Immutable and thread-safe.
 */
public final class Clauses {
  private final List<Clause> clauses;
  private final DependencyTree tree;
  private final List<Token> tokens;
  private final Map<Integer, Clause> byPredicate = new HashMap<>();
  private final Map<Integer, List<Clause>> bySentence = new HashMap<>();

  private Clauses(List<Clause> clauses, DependencyTree tree, List<Token> tokens) {
    this.clauses = clauses;
    this.tree = tree;
    this.tokens = tokens;
    for (Clause c : clauses) {
      byPredicate.put(c.predicate(), c);
      bySentence.computeIfAbsent(c.sentence(), k -> new ArrayList<>()).add(c);
    }
  }

  /** The clause view of {@code doc}; empty when the document has no clause layer. */
  public static Clauses of(Doc doc) {
    List<Clause> clauses = doc.find(Layers.CLAUSES).orElse(List.of());
    List<Token> tokens = doc.find(Layers.TOKENS).orElse(List.of());
    return new Clauses(clauses, new DependencyTree(tokens.size(), doc.find(Layers.DEPENDENCIES).orElse(List.of())),
        tokens);
  }

  /**
   * The preposition of a nominal or oblique {@code head}, lower case: its case markers with any fixed
   * continuation ("because of"), or "" when it has none. The same reading names the clause layer's
   * obliques ({@link Clause#obliques()}), so an "obl:PREP" role and this word always agree.
   */
  public String preposition(int head) {
    return preposition(head, tokens, tree);
  }

  /** {@link #preposition(int)} over a tree and its tokens, for the builder of the clause layer. */
  static String preposition(int head, List<Token> tokens, DependencyTree tree) {
    StringBuilder b = new StringBuilder();
    for (int c : tree.children(head)) {
      if ("case".equals(tree.relation(c))) {
        if (b.length() > 0) {
          b.append(' ');
        }
        b.append(tokens.get(c).word().toLowerCase(Locale.ROOT));
        for (int f : tree.children(c, "fixed")) {
          b.append(' ').append(tokens.get(f).word().toLowerCase(Locale.ROOT));
        }
      }
    }
    return b.toString();
  }

  /** Every clause, in predicate order. */
  public List<Clause> all() {
    return clauses;
  }

  /** The dependency tree the clauses were read from. */
  public DependencyTree tree() {
    return tree;
  }

  /** Whether the sentence holding {@code token} was parsed. */
  public boolean parsed(int token) {
    return tree.parsed(token);
  }

  /** The clauses of sentence {@code sentence}, in predicate order. */
  public List<Clause> clausesOf(int sentence) {
    return bySentence.getOrDefault(sentence, List.of());
  }

  /** The clause whose predicate is {@code token}. */
  public Optional<Clause> clauseAt(int token) {
    return Optional.ofNullable(byPredicate.get(token));
  }

  /** The innermost clause whose predicate dominates {@code token}. */
  public Optional<Clause> enclosing(int token) {
    if (!tree.parsed(token)) {
      return Optional.empty();
    }
    int t = token;
    for (int guard = 0; t >= 0 && guard < 500; guard++) {
      Clause c = byPredicate.get(t);
      if (c != null) {
        return Optional.of(c);
      }
      t = tree.head(t);
    }
    return Optional.empty();
  }

  /** The clause {@code c} hangs from. */
  public Optional<Clause> parent(Clause c) {
    return c.parent() < 0 ? Optional.empty() : Optional.of(clauses.get(c.parent()));
  }

  /** The clausal complements of {@code c} (ccomp and xcomp). */
  public List<Clause> complements(Clause c) {
    return c.complements().stream().map(clauses::get).toList();
  }

  /** The clauses hanging from {@code c} under any relation. */
  public List<Clause> children(Clause c) {
    List<Clause> out = new ArrayList<>();
    for (Clause x : clausesOf(c.sentence())) {
      if (x.parent() == c.id()) {
        out.add(x);
      }
    }
    return out;
  }

  /**
   * The token span [first, end) of the argument headed by {@code head}: its subtree, cut before any
   * clause hanging from it (relative clauses, participles) so "the rebels who refused" spans "the
   * rebels".
   */
  public int[] argumentSpan(int head) {
    int begin = head;
    int end = head + 1;
    for (int c : tree.children(head)) {
      String rel = tree.relation(c);
      if (rel.startsWith("acl") || rel.equals("punct") || rel.equals("conj") || rel.equals("cc")
          || rel.equals("appos")) {
        continue;
      }
      begin = Math.min(begin, tree.subtreeBegin(c));
      end = Math.max(end, tree.subtreeEnd(c));
    }
    return new int[] {begin, end};
  }

  /** {@link #argumentSpan} of each head of {@code heads}. */
  public List<int[]> argumentsAsSpans(List<Integer> heads) {
    return heads.stream().map(this::argumentSpan).toList();
  }
}
