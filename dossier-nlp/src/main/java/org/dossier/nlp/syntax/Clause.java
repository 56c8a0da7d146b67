package org.dossier.nlp.syntax;

import java.util.List;
import java.util.Map;

/**
 * One predicate with its arguments, read off the Universal Dependencies parse: the unit that
 * events, speech, claims and goals are coded from. Arguments are document token indices of
 * argument heads; coordination is already expanded ("A, B and C met" gives three subjects; "X
 * returned and declared" gives both verbs the subject X) and the empty subject of an infinitive
 * or participle is filled from its controller ("X vowed to fight": fight's subject is X).
 *
 * <p>Immutable.
 *
 * @param id          position in the {@link org.dossier.nlp.doc.Layers#CLAUSES} list
 * @param sentence    sentence index
 * @param predicate   token index of the predicate (verb, predicate adjective or noun)
 * @param lemma       lower-case lemma of the predicate
 * @param kind        verbal, nominal (a nominalisation with its modifiers) or copular
 * @param voice       active or passive ("were held by a crowd")
 * @param subjects    subject heads (nsubj, nsubj:pass, csubj), controller or relative-clause
 *                    antecedent when the clause has none of its own
 * @param controlled  whether the subjects come from a controller or antecedent, not the clause itself
 * @param objects     object heads (obj, iobj)
 * @param obliques    oblique and nominal-modifier heads by preposition, lower case ({@code against},
 *                    {@code with}, {@code on}, {@code because of}; {@code tmod} for bare temporal
 *                    nouns, {@code poss} for possessors of a nominal, {@code mod} for adjectival and
 *                    compound modifiers of a nominal, {@code ""} when no preposition)
 * @param agents      passive agent heads ("by" phrase of a passive verb or nominal)
 * @param negated     whether the predicate is negated ("not", "never", "no longer")
 * @param auxiliaries lemmas of auxiliaries and modals in order ({@code will}, {@code would},
 *                    {@code have}, {@code be}), including those of a coordinated verb's first
 *                    conjunct when it has none of its own
 * @param mark        lower-case complementiser or subordinator ({@code that}, {@code to},
 *                    {@code if}, {@code because}), or null
 * @param parent      id of the clause this one hangs from, or -1
 * @param relation    relation to the parent ({@code ccomp}, {@code xcomp}, {@code advcl},
 *                    {@code conj}, {@code acl}, {@code acl:relcl}, {@code parataxis}...), or
 *                    {@code root}
 * @param complements ids of clausal complements (ccomp and xcomp children)
 * @param begin       first token of the predicate's subtree
 * @param end         token after the last of the subtree
 */
public record Clause(
    int id,
    int sentence,
    int predicate,
    String lemma,
    Kind kind,
    Voice voice,
    List<Integer> subjects,
    boolean controlled,
    List<Integer> objects,
    Map<String, List<Integer>> obliques,
    List<Integer> agents,
    boolean negated,
    List<String> auxiliaries,
    String mark,
    int parent,
    String relation,
    List<Integer> complements,
    int begin,
    int end) {

  /** What heads the clause. */
  public enum Kind { VERB, NOMINAL, COPULA }

  /** Grammatical voice. */
  public enum Voice { ACTIVE, PASSIVE }

  public Clause {
    subjects = List.copyOf(subjects);
    objects = List.copyOf(objects);
    obliques = Map.copyOf(obliques);
    agents = List.copyOf(agents);
    auxiliaries = List.copyOf(auxiliaries);
    complements = List.copyOf(complements);
  }

  /** The oblique heads introduced by {@code preposition} (lower case), or an empty list. */
  public List<Integer> oblique(String preposition) {
    List<Integer> l = obliques.get(preposition);
    return l == null ? List.of() : l;
  }

  /** Whether the clause is passive. */
  public boolean passive() {
    return voice == Voice.PASSIVE;
  }

  /** Whether one of the auxiliaries is {@code lemma}. */
  public boolean hasAuxiliary(String lemma) {
    return auxiliaries.contains(lemma);
  }

  /** Whether {@code token} lies in the predicate's subtree. */
  public boolean covers(int token) {
    return token >= begin && token < end;
  }
}
