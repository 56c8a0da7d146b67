package org.dossier.nlp.syntax;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.nlp.doc.Sentence;
import org.dossier.nlp.doc.Token;
import org.dossier.nlp.text.DataFile;

/**
 * Reads {@link Clause}s off a {@link DependencyTree}: finds the predicates of each parsed sentence,
 * collects their arguments by relation, expands coordination and fills empty subjects from
 * controllers, coordinated verbs and relative-clause antecedents. Pure function; thread-safe.
 */
final class ClauseBuilder {
  private static final Set<String> OBJECT_CONTROL = words("object-control.txt");
  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "nobody", "nothing");
  private static final Set<String> SUBJECT_RELS = Set.of("nsubj", "nsubj:pass", "csubj", "csubj:pass");
  private static final Set<String> OBJECT_RELS = Set.of("obj", "iobj", "dobj");
  /** Relations under which a verb is not a predicate of its own. */
  private static final Set<String> NON_PREDICATE_RELS = Set.of("aux", "aux:pass", "cop", "amod", "compound",
      "case", "mark", "det", "fixed", "flat", "goeswith", "compound:prt");
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "whom", "which", "that", "whose");

  private ClauseBuilder() {}

  /** The clauses of the parsed sentences, in predicate order, with ids from {@code firstId}. */
  static List<Clause> build(List<Token> tokens, List<Sentence> sentences, DependencyTree tree) {
    List<Draft> drafts = new ArrayList<>();
    Map<Integer, Draft> byPredicate = new HashMap<>();
    for (Sentence s : sentences) {
      for (int t = s.firstToken(); t < s.endToken(); t++) {
        if (!tree.parsed(t)) {
          break;
        }
        Clause.Kind kind = kind(tokens.get(t), tree);
        if (kind != null) {
          Draft d = draft(drafts.size(), s.index(), t, kind, tokens, tree);
          drafts.add(d);
          byPredicate.put(t, d);
        }
      }
    }
    for (Draft d : drafts) {
      link(d, byPredicate, tree);
    }
    // fill inherited subjects top-down: parents are resolved before their children
    Set<Integer> done = new HashSet<>();
    for (Draft d : drafts) {
      inherit(d, drafts, tokens, tree, done, 0);
    }
    List<Clause> out = new ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      out.add(d.toClause());
    }
    return out;
  }

  private static Clause.Kind kind(Token token, DependencyTree tree) {
    int t = token.index();
    String rel = tree.relation(t);
    if (rel == null || NON_PREDICATE_RELS.contains(rel)) {
      return null;
    }
    if (token.isVerb()) {
      return Clause.Kind.VERB;
    }
    if (tree.hasChild(t, "cop")) {
      return Clause.Kind.COPULA;
    }
    if ((token.pos().equals("NN") || token.pos().equals("NNS"))
        && (tree.hasChild(t, "nmod") || tree.hasChild(t, "acl"))) {
      return Clause.Kind.NOMINAL;
    }
    return null;
  }

  private static Draft draft(int id, int sentence, int p, Clause.Kind kind, List<Token> tokens, DependencyTree tree) {
    Draft d = new Draft(id, sentence, p, tokens.get(p).lemma().toLowerCase(Locale.ROOT), kind);
    d.relation = tree.relation(p);
    d.begin = tree.subtreeBegin(p);
    d.end = tree.subtreeEnd(p);
    for (int c : tree.children(p)) {
      String rel = tree.relation(c);
      String lemma = tokens.get(c).lemma().toLowerCase(Locale.ROOT);
      if (SUBJECT_RELS.contains(rel)) {
        d.subjects.addAll(expand(c, tokens, tree));
        if (rel.endsWith(":pass")) {
          d.passive = true;
        }
      } else if (OBJECT_RELS.contains(rel)) {
        d.objects.addAll(expand(c, tokens, tree));
      } else if (rel.equals("aux:pass")) {
        d.passive = true;
        d.auxiliaries.add(lemma);
      } else if (rel.equals("aux")) {
        d.auxiliaries.add(lemma);
      } else if (rel.equals("mark")) {
        if (d.mark == null) {
          d.mark = lemma;
        }
      } else if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("det")) && NEGATORS.contains(lemma)
          && !(rel.equals("det") && kind != Clause.Kind.NOMINAL)) {
        d.negated = true;
      } else if (rel.equals("obl:agent") || rel.equals("nmod:agent")) {
        d.agents.addAll(expand(c, tokens, tree));
      } else if (rel.startsWith("obl") || rel.startsWith("nmod")) {
        String key = switch (rel) {
          case "obl:tmod", "nmod:tmod" -> "tmod";
          case "nmod:poss" -> "poss";
          case "obl:npmod", "nmod:npmod" -> "npmod";
          default -> Clauses.preposition(c, tokens, tree);
        };
        if (key.equals("by") && (kind == Clause.Kind.NOMINAL || d.passive || isPassiveParticiple(p, tokens, tree))) {
          d.agents.addAll(expand(c, tokens, tree));
        } else {
          d.obliques.computeIfAbsent(key, k -> new ArrayList<>()).addAll(expand(c, tokens, tree));
        }
      } else if (kind == Clause.Kind.NOMINAL && (rel.equals("amod") || rel.equals("compound"))) {
        d.obliques.computeIfAbsent("mod", k -> new ArrayList<>()).add(c);
      }
    }
    if (kind != Clause.Kind.NOMINAL) {
      // parsers attach "on X" to the object as often as to the verb ("imposed sanctions on X",
      // "launched an attack against X"): the object's prepositional modifiers count as obliques
      for (int o : new ArrayList<>(d.objects)) {
        for (int c : tree.children(o, "nmod")) {
          String prep = tree.relation(c).equals("nmod") ? Clauses.preposition(c, tokens, tree) : "";
          if (!prep.isEmpty() && !prep.equals("of") && !d.obliques.containsKey(prep)) {
            d.obliques.put(prep, new ArrayList<>(expand(c, tokens, tree)));
          }
        }
      }
    }
    if (!d.passive && isPassiveParticiple(p, tokens, tree)) {
      d.passive = true;
    }
    if (d.passive && d.obliques.containsKey("by")) {
      d.agents.addAll(d.obliques.remove("by"));
    }
    return d;
  }

  /** A past participle modifying a noun ("soldiers killed in the attack") is passive. */
  private static boolean isPassiveParticiple(int p, List<Token> tokens, DependencyTree tree) {
    return tokens.get(p).pos().equals("VBN") && "acl".equals(tree.relation(p));
  }

  /** {@code head} and its nominal conjuncts ("A, B and C"). */
  private static List<Integer> expand(int head, List<Token> tokens, DependencyTree tree) {
    List<Integer> out = new ArrayList<>(2);
    out.add(head);
    for (int c : tree.children(head, "conj")) {
      if (!tokens.get(c).isVerb() && !tree.hasChild(c, "cop")) {
        out.add(c);
      }
    }
    return out;
  }

  private static void link(Draft d, Map<Integer, Draft> byPredicate, DependencyTree tree) {
    int h = tree.head(d.predicate);
    for (int guard = 0; h >= 0 && guard < 200; guard++) {
      Draft parent = byPredicate.get(h);
      if (parent != null) {
        d.parent = parent;
        String rel = tree.relation(d.predicate);
        if (h == tree.head(d.predicate) && (rel.startsWith("ccomp") || rel.startsWith("xcomp"))) {
          parent.complements.add(d.id);
        }
        return;
      }
      h = tree.head(h);
    }
  }

  private static void inherit(Draft d, List<Draft> drafts, List<Token> tokens, DependencyTree tree,
      Set<Integer> done, int depth) {
    if (done.contains(d.id) || depth > 50) {
      return;
    }
    Draft p = d.parent;
    if (p != null) {
      inherit(p, drafts, tokens, tree, done, depth + 1);
    }
    done.add(d.id);
    boolean direct = p != null && tree.head(d.predicate) == p.predicate;
    String rel = d.relation == null ? "" : d.relation;
    // relative pronouns stand for the noun the relative clause modifies
    if (rel.startsWith("acl")) {
      int antecedent = tree.head(d.predicate);
      List<Integer> ante = expand(antecedent, tokens, tree);
      boolean replaced = replaceRelative(d.subjects, ante, tokens) | replaceRelative(d.objects, ante, tokens);
      if (!replaced && d.subjects.isEmpty() && !rel.equals("acl:relcl")) {
        if (d.passive) {
          // "soldiers killed in the attack": the noun is the passive subject
          d.subjects.addAll(ante);
          d.controlled = true;
        } else if (tokens.get(d.predicate).pos().equals("VBG")) {
          // "a resolution calling for talks": the noun is the subject
          d.subjects.addAll(ante);
          d.controlled = true;
        }
      } else if (!replaced && d.subjects.isEmpty() && rel.equals("acl:relcl") && d.objects.isEmpty()
          && !d.passive) {
        d.subjects.addAll(ante);
        d.controlled = true;
      } else if (replaced && !d.subjects.isEmpty() && d.subjects.equals(ante)) {
        d.controlled = true;
      }
      return;
    }
    if (p == null || !direct) {
      return;
    }
    if (rel.equals("conj")) {
      if (d.subjects.isEmpty()) {
        d.subjects.addAll(p.subjects);
        d.controlled = true;
        if (d.auxiliaries.isEmpty()) {
          d.auxiliaries.addAll(p.auxiliaries);
          d.passive |= p.passive && tokens.get(d.predicate).pos().equals("VBN");
        }
      }
      return;
    }
    if (d.subjects.isEmpty() && (rel.startsWith("xcomp") || rel.startsWith("advcl"))) {
      boolean objectControl = rel.startsWith("xcomp") && OBJECT_CONTROL.contains(p.lemma) && !p.passive
          && !p.objects.isEmpty();
      d.subjects.addAll(objectControl ? p.objects : p.subjects);
      d.controlled = !d.subjects.isEmpty();
    }
  }

  private static boolean replaceRelative(List<Integer> args, List<Integer> antecedent, List<Token> tokens) {
    for (int i = 0; i < args.size(); i++) {
      Token t = tokens.get(args.get(i));
      if ((t.pos().startsWith("W") || t.lemma().equalsIgnoreCase("that"))
          && RELATIVE_PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT))) {
        args.remove(i);
        args.addAll(i, antecedent);
        return true;
      }
    }
    return false;
  }

  private static Set<String> words(String resource) {
    Set<String> out = new HashSet<>();
    for (DataFile.Row row : DataFile.rows(ClauseBuilder.class, resource)) {
      out.add(row.text().strip().toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(out);
  }

  /** Mutable clause under construction. */
  private static final class Draft {
    final int id;
    final int sentence;
    final int predicate;
    final String lemma;
    final Clause.Kind kind;
    final List<Integer> subjects = new ArrayList<>();
    final List<Integer> objects = new ArrayList<>();
    final Map<String, List<Integer>> obliques = new LinkedHashMap<>();
    final List<Integer> agents = new ArrayList<>();
    final List<String> auxiliaries = new ArrayList<>();
    final List<Integer> complements = new ArrayList<>();
    boolean passive;
    boolean controlled;
    boolean negated;
    String mark;
    Draft parent;
    String relation;
    int begin;
    int end;

    Draft(int id, int sentence, int predicate, String lemma, Clause.Kind kind) {
      this.id = id;
      this.sentence = sentence;
      this.predicate = predicate;
      this.lemma = lemma;
      this.kind = kind;
    }

    Clause toClause() {
      Map<String, List<Integer>> obl = new LinkedHashMap<>();
      obliques.forEach((k, v) -> obl.put(k, List.copyOf(v)));
      return new Clause(id, sentence, predicate, lemma, kind,
          passive ? Clause.Voice.PASSIVE : Clause.Voice.ACTIVE, subjects, controlled, objects, obl, agents,
          negated, auxiliaries, mark, parent == null ? -1 : parent.id, relation, complements, begin, end);
    }
  }
}
