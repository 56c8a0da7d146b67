package org.dossier.nlp.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.model.Actor;
import org.dossier.model.Event;
import org.dossier.nlp.doc.ActorMention;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.doc.Sentence;
import org.dossier.nlp.doc.Token;

/**
 * A source's own armed forces are what it sends, deploys, provides or withdraws, not whom it acts
 * on: "Italy is expected to provide 2,000 soldiers" has no target, nor has "the Council called for
 * the deployment of UN peacekeepers". For appeals, intents, aid, concessions and force postures
 * (CAMEO roots 02, 03, 07, 08, 15) a target that is the military of a source (the same country, or
 * the source's code with MIL after it) is dropped; other roots keep it ("the rebels attacked the
 * army", "the minister praised the troops"). So is, for giving and sending (03, 07, 15), a force
 * counted in the event's sentence ("Greece has promised up to 700 troops"): a number of soldiers is
 * what is sent or promised, whoever's soldiers the actor layer took them for; a release keeps it
 * ("the rebels freed 20 soldiers").
 */
final class OwnForces {
  private static final Set<String> MEANS_ROOTS = Set.of("02", "03", "07", "08", "15");
  /** Roots of giving and sending, where a counted force is what is given: not appeals or releases ("freed 20 soldiers"). */
  private static final Set<String> GIVING_ROOTS = Set.of("03", "07", "15");

  private OwnForces() {}

  /** {@code events} with every source's own forces removed from the targets where they are means. */
  static List<Event> dropped(List<Event> events, Map<String, Actor> actors) {
    return dropped(events, actors, Set.of());
  }

  /**
   * The forces mentioned with a number before them ("700 troops", "up to 2,000 soldiers"), each as
   * {@code actorId@start} with the code-point start of its sentence (an event's evidence start).
   */
  static Set<String> counted(Doc doc) {
    List<Token> tokens = doc.get(Layers.TOKENS);
    List<Sentence> sentences = doc.get(Layers.SENTENCES);
    Set<String> out = new HashSet<>();
    int s = 0;
    for (ActorMention m : doc.get(Layers.ACTOR_MENTIONS)) {
      int first = m.mention().firstToken();
      if (first <= 0 || first >= tokens.size() || !tokens.get(first - 1).pos().equals("CD")
          || recipient(tokens, first - 1)) {
        continue;
      }
      while (s > 0 && sentences.get(s).firstToken() > first) {
        s--;
      }
      while (s + 1 < sentences.size() && sentences.get(s + 1).firstToken() <= first) {
        s++;
      }
      Sentence in = sentences.get(s);
      out.add(m.actorId() + "@" + doc.offsets().span(in.begin(), in.end()).start());
    }
    return out;
  }

  /**
   * Whether the number at {@code n} follows a preposition, so the counted force receives ("training
   * for 3,000 soldiers", "aid to 500 troops"); "up to 700 troops" is a quantity, not a recipient.
   */
  private static boolean recipient(List<Token> tokens, int n) {
    if (n < 1) {
      return false;
    }
    Token p = tokens.get(n - 1);
    boolean upTo = p.word().equalsIgnoreCase("to") && n >= 2 && tokens.get(n - 2).word().equalsIgnoreCase("up");
    return (p.pos().equals("IN") || p.pos().equals("TO")) && !upTo;
  }

  /** As {@link #dropped(List, Map)}, also dropping the {@link #counted} forces of an event's sentence. */
  static List<Event> dropped(List<Event> events, Map<String, Actor> actors, Set<String> counted) {
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      if (!MEANS_ROOTS.contains(e.cameo().substring(0, 2))) {
        out.add(e);
        continue;
      }
      List<String> target = new ArrayList<>();
      for (String t : e.target()) {
        if (!ownForce(actors.get(t), e.source(), actors)
            && !(military(actors.get(t)) && GIVING_ROOTS.contains(e.cameo().substring(0, 2))
                && counted.contains(t + "@" + e.evidence().start()))) {
          target.add(t);
        }
      }
      out.add(target.size() == e.target().size() ? e : e.withParties(e.source(), target));
    }
    return out;
  }

  private static boolean military(Actor t) {
    return t != null && t.code() != null && t.code().endsWith("MIL");
  }

  private static boolean ownForce(Actor t, List<String> sources, Map<String, Actor> actors) {
    if (!military(t)) {
      return false;
    }
    for (String id : sources) {
      Actor s = actors.get(id);
      if (s == null) {
        continue;
      }
      if (s.country() != null && s.country().equals(t.country())
          || s.code() != null && t.code().equals(s.code() + "MIL")) {
        return true;
      }
    }
    return false;
  }
}
