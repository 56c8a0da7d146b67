package org.dossier.nlp.event;

import java.util.List;
import org.dossier.model.Actor;
import org.dossier.model.ActorType;
import org.dossier.nlp.doc.Token;
import org.dossier.nlp.syntax.Clause;
import org.dossier.nlp.syntax.Clauses;

/**
 * The state that acts in an agentless passive of an act only a state performs: "the journalists were
 * investigated", "the former minister was questioned over illegal funding", "two Britons were arrested
 * in Tehran". News leaves the agent out because it is the authority of the place; CAMEO codes such an
 * unnamed authority by its country. The country is that of the clause's place ("arrested in Tehran":
 * Iran), else that of the patient ("the Vietnamese journalists": Vietnam).
 *
 * <p>Contract: {@link #reported} whether a clause is a passive with no agent and a finite
 * auxiliary ("were investigated", "has been arrested"; not "recommended that he be indicted", "is to
 * be questioned": a recommendation or a plan, not an act); {@link #of} gives the id of the document's COUNTRY actor of that country, or null when
 * the document names no such country, when the place and the patient name no country, or when the
 * country is itself the patient. Lexicon rows opt in with the option {@code authority}; the caller
 * asks only for passive verbs with no agent. Per document, immutable.
 */
final class ImpliedAuthority {
  private final ArgumentActors actors;
  private final List<Actor> all;
  private final Clauses clauses;
  private final List<Token> tokens;

  ImpliedAuthority(ArgumentActors actors, List<Actor> all, Clauses clauses, List<Token> tokens) {
    this.actors = actors;
    this.all = all;
    this.clauses = clauses;
    this.tokens = tokens;
  }

  /** Whether {@code c} reports an agentless passive act: no "by" phrase, a finite auxiliary. */
  boolean reported(Clause c) {
    if (c.kind() != Clause.Kind.VERB || !c.passive() || !c.agents().isEmpty()) {
      return false;
    }
    for (int k : clauses.tree().children(c.predicate())) {
      String tag = tokens.get(k).pos();
      if (clauses.tree().relation(k).startsWith("aux") && (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP"))) {
        return true;
      }
    }
    return false;
  }

  /** The source of agentless passive {@code c}: its implied authority, or none ({@link #reported}, {@link #of}). */
  List<String> source(Clause c, String location, List<String> targets) {
    String state = reported(c) ? of(location, targets) : null;
    return state == null ? List.of() : List.of(state);
  }

  /**
   * The source of a nominal act only a state performs whose agent goes unnamed ("legal action
   * against the minister"): the authority of its place, else of its named target; none without a
   * target.
   */
  List<String> nominal(String location, List<String> targets) {
    String state = targets.isEmpty() ? null : of(location, targets);
    return state == null ? List.of() : List.of(state);
  }

  /** The country actor standing for the authority of a passive with place {@code location} and patients {@code targets}. */
  String of(String location, List<String> targets) {
    String country = countryOf(location);
    for (int i = 0; country == null && i < targets.size(); i++) {
      country = countryOf(targets.get(i));
    }
    if (country == null) {
      return null;
    }
    for (Actor a : all) {
      if (a.type() == ActorType.COUNTRY && country.equals(a.country()) && !targets.contains(a.id())) {
        return a.id();
      }
    }
    return null;
  }

  private String countryOf(String id) {
    Actor a = id == null ? null : actors.actor(id);
    return a == null ? null : a.country();
  }
}
