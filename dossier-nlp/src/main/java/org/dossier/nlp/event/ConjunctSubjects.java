package org.dossier.nlp.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dossier.model.Event;
import org.dossier.nlp.doc.ActorMention;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.syntax.Clause;
import org.dossier.nlp.syntax.Clauses;

/**
 * An actor that is the subject of a clause coordinated with another is the agent of its own clause,
 * not the recipient of the clause before it: in "the EU would provide aid, the OSCE would help
 * restore democracy and Italy would lead the force" the OSCE and Italy act; no one gives them aid.
 * The window coder reads the first actor right of a predicate as its target and so crosses into the
 * next conjunct (or, when the parser took the commas for subordination, into the main clause); this
 * filter drops a target that is, wherever the event's sentence names it, the active subject of a
 * main or coordinated clause ({@code root}, {@code conj}, {@code parataxis}) that no source of the
 * event is an argument of too ("Germany and France met": a meeting of the two; "Y hosted X" read
 * off "X visited Y"), and the event when no target is left. A
 * passive subject stays a target ("A met B, and B was later arrested"), so does an actor also named
 * elsewhere in the sentence ("A attacked B, and B retaliated"), and the subject of a complement
 * ("A demanded that B withdraw"). Sentences without a parse are left as they are. Per document; not
 * thread-safe.
 */
final class ConjunctSubjects {
  /** Subject token to the clauses it is the active, own subject of (root, conjunct, parataxis). */
  private final java.util.Map<Integer, Set<Integer>> subjectOf = new java.util.HashMap<>();
  /** Clause id to the token spans of its own arguments (subjects, objects, agents, obliques). */
  private final java.util.Map<Integer, List<int[]>> argumentSpans = new java.util.HashMap<>();
  private final List<ActorMention> mentions;
  private final Clauses clauses;

  ConjunctSubjects(Doc doc) {
    this.mentions = doc.get(Layers.ACTOR_MENTIONS);
    this.clauses = Clauses.of(doc);
    for (Clause c : clauses.all()) {
      if (c.kind() == Clause.Kind.VERB && !c.passive() && !c.controlled()
          && (c.relation().startsWith("conj") || c.relation().startsWith("parataxis") || c.parent() < 0)) {
        for (int t : c.subjects()) {
          subjectOf.computeIfAbsent(t, k -> new HashSet<>()).add(c.id());
        }
        List<Integer> args = new ArrayList<>(c.subjects());
        args.addAll(c.objects());
        args.addAll(c.agents());
        c.obliques().values().forEach(args::addAll);
        argumentSpans.put(c.id(), clauses.argumentsAsSpans(args));
      }
    }
  }

  /**
   * {@code events} without the targets that are a main or coordinated clause's own subject; an
   * event all of whose targets were such goes (its reading crossed into the next clause).
   */
  List<Event> filtered(List<Event> events) {
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      List<String> kept = e.target().stream().filter(t -> !onlyConjunctSubject(t, e)).toList();
      if (kept.size() == e.target().size()) {
        out.add(e);
      } else if (!kept.isEmpty()) {
        out.add(e.withParties(e.source(), kept));
      }
    }
    return out;
  }

  /**
   * Whether actor {@code id} is named in {@code e}'s sentence, each time as the subject of a main or
   * coordinated clause that no source of {@code e} is an argument of too: "Germany and France met"
   * is a meeting of the two subjects, and "X visited Y" a visit Y hosted (a paired code's reverse
   * event).
   */
  private boolean onlyConjunctSubject(String id, Event e) {
    boolean named = false;
    for (ActorMention m : inSentence(e)) {
      if (!m.actorId().equals(id)) {
        continue;
      }
      if (!clauses.parsed(m.mention().firstToken())) {
        return false;
      }
      named = true;
      Set<Integer> own = clausesSubjectOf(m);
      for (ActorMention s : inSentence(e)) {
        if (e.source().contains(s.actorId())) {
          own.removeIf(c -> argumentSpans.get(c).stream().anyMatch(span -> span[0] <= s.mention().firstToken()
              && s.mention().endToken() <= span[1]));
        }
      }
      if (own.isEmpty()) {
        return false;
      }
    }
    return named;
  }

  /** The clauses the mention {@code m} is the active own subject of. */
  private Set<Integer> clausesSubjectOf(ActorMention m) {
    Set<Integer> out = new HashSet<>();
    for (int t = m.mention().firstToken(); t < m.mention().endToken(); t++) {
      out.addAll(subjectOf.getOrDefault(t, Set.of()));
    }
    return out;
  }

  private List<ActorMention> inSentence(Event e) {
    return inEvidence(mentions, e);
  }

  /** The mentions of {@code mentions} that lie within {@code e}'s evidence sentence. */
  static List<ActorMention> inEvidence(List<ActorMention> mentions, Event e) {
    return mentions.stream().filter(m -> m.mention().begin() >= e.evidence().start()
        && m.mention().end() <= e.evidence().end()).toList();
  }
}
