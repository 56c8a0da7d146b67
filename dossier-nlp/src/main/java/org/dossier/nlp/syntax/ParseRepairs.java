package org.dossier.nlp.syntax;

import java.util.List;
import org.dossier.nlp.doc.Dependency;
import org.dossier.nlp.doc.Token;
import org.dossier.nlp.text.ReportingVerbs;

/**
 * Repairs a systematic misparse of CoreNLP's UD model before anything reads the parse: a reduced
 * relative right after a verb's object ("visited the hostages held in the embassy", "refused to
 * sign the agreement reached between A and B") is read as a loose {@code dep} clause whose subject
 * is the object noun, so the verb loses its object. When a past participle with no auxiliary hangs
 * as {@code dep} from a verb that has no object, and its {@code nsubj} stands between the two, the
 * noun becomes the verb's {@code obj} and the participle its {@code acl} (a passive participle, as
 * in "soldiers killed in the attack").
 *
 * <p>Second, a list of clauses joined by commas ("the EU would provide aid, the OSCE would help
 * restore democracy, and Italy would lead the force") is read as if the first were the clausal
 * complement of the second, as in a reporting inversion ("the EU would provide aid, he said"). When
 * a {@code ccomp} with its own subject stands before its head, a comma after it, and the head is no
 * reporting verb and has a complement of its own after it (an object or a clause), the two are
 * coordinate: the relation becomes {@code parataxis}, so neither clause's arguments are read as the
 * other's. Both parse paths apply it ({@link DependencyParser} and the
 * CoreNLP layer's full parse). Pure function; thread-safe.
 */
public final class ParseRepairs {
  private ParseRepairs() {}

  /** Repairs, in place, the dependencies {@code deps[from..]} of one sentence. */
  public static void repair(List<Token> tokens, List<Dependency> deps, int from) {
    reducedRelatives(tokens, deps, from);
    commaSplices(tokens, deps, from);
  }

  private static void reducedRelatives(List<Token> tokens, List<Dependency> deps, int from) {
    for (int i = from; i < deps.size(); i++) {
      Dependency d = deps.get(i);
      int v = d.dependent();
      int h = d.governor();
      if (!"dep".equals(d.relation()) || h < 0 || h >= v || !tokens.get(v).pos().equals("VBN")
          || !tokens.get(h).isVerb() || hasChild(deps, from, h, "obj") || hasChild(deps, from, v, "aux")
          || hasChild(deps, from, v, "aux:pass") || hasChild(deps, from, v, "obj")) {
        continue;
      }
      int subject = -1;
      int at = -1;
      for (int k = from; k < deps.size(); k++) {
        Dependency s = deps.get(k);
        if (s.governor() == v && s.relation().equals("nsubj") && s.dependent() > h && s.dependent() < v
            && tokens.get(s.dependent()).isNoun()) {
          subject = s.dependent();
          at = k;
        }
      }
      if (subject < 0) {
        continue;
      }
      deps.set(at, new Dependency(h, subject, "obj"));
      deps.set(i, new Dependency(subject, v, "acl"));
    }
  }

  private static void commaSplices(List<Token> tokens, List<Dependency> deps, int from) {
    for (int i = from; i < deps.size(); i++) {
      Dependency d = deps.get(i);
      int v = d.dependent();
      int h = d.governor();
      if (!"ccomp".equals(d.relation()) || h < 0 || v >= h || !hasChild(deps, from, v, "nsubj")
          || ReportingVerbs.contains(tokens.get(h).lemma().toLowerCase(java.util.Locale.ROOT))
          || !hasLaterChild(deps, from, h, "obj", "xcomp", "ccomp")) {
        continue;
      }
      int end = subtreeEnd(deps, from, v);
      if (end < h && tokens.get(end).word().equals(",")) {
        deps.set(i, new Dependency(h, v, "parataxis"));
      }
    }
  }

  /** Whether {@code head} has a dependent after it in one of {@code rels}. */
  private static boolean hasLaterChild(List<Dependency> deps, int from, int head, String... rels) {
    for (int k = from; k < deps.size(); k++) {
      Dependency d = deps.get(k);
      if (d.governor() == head && d.dependent() > head && List.of(rels).contains(d.relation())) {
        return true;
      }
    }
    return false;
  }

  /** The token index right after the subtree of {@code head} (its rightmost descendant + 1). */
  private static int subtreeEnd(List<Dependency> deps, int from, int head) {
    int end = head;
    boolean grown = true;
    java.util.Set<Integer> inside = new java.util.HashSet<>(List.of(head));
    while (grown) {
      grown = false;
      for (int k = from; k < deps.size(); k++) {
        Dependency d = deps.get(k);
        if (inside.contains(d.governor()) && d.governor() >= 0 && inside.add(d.dependent())) {
          end = Math.max(end, d.dependent());
          grown = true;
        }
      }
    }
    return end + 1;
  }

  private static boolean hasChild(List<Dependency> deps, int from, int head, String rel) {
    for (int k = from; k < deps.size(); k++) {
      Dependency d = deps.get(k);
      if (d.governor() == head && d.relation().equals(rel)) {
        return true;
      }
    }
    return false;
  }
}
