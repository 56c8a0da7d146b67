package org.dossier.nlp.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.model.Event;
import org.dossier.nlp.doc.ActorMention;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.doc.Sentence;
import org.dossier.nlp.doc.Token;
import org.dossier.nlp.syntax.Clause;
import org.dossier.nlp.syntax.Clauses;

/**
 * Gapped conjuncts: "Greece has promised up to 700 troops, Turkey 500 and Romania 400" says that
 * Turkey and Romania promised troops too, with the verb and the noun left out. After a clause whose
 * object (or, as parsed, oblique) is counted ("700 troops"), each following conjunct made of an actor and a number ("; Turkey,
 * 500", "and Romania 400") is a source of the same event: every event of the sentence whose source
 * is the clause's subject is repeated with the conjunct's actor as its source. Nothing else is a
 * gapped conjunct: a number must follow the actor, and the list must run to the sentence's end or to
 * the next separator. Reads {@link Layers#CLAUSES}; documents without one are returned unchanged.
 *
 * <p>Stateless; thread-safe.
 */
final class GappedConjuncts {
  private static final Set<String> SEPARATORS = Set.of(";", ",", "and", "--");

  private GappedConjuncts() {}

  /** {@code events} with the events of gapped conjuncts added (not yet numbered). */
  static List<Event> expanded(Doc doc, List<Event> events) {
    if (doc.find(Layers.CLAUSES).isEmpty() || events.isEmpty()) {
      return events;
    }
    Clauses clauses = Clauses.of(doc);
    List<Token> tokens = doc.get(Layers.TOKENS);
    List<ActorMention> mentions = doc.get(Layers.ACTOR_MENTIONS);
    int[] mentionAt = new int[tokens.size()];
    Arrays.fill(mentionAt, -1);
    for (int m = 0; m < mentions.size(); m++) {
      var mm = mentions.get(m).mention();
      for (int t = Math.max(0, mm.firstToken()); t < Math.min(tokens.size(), mm.endToken()); t++) {
        if (mentionAt[t] < 0) {
          mentionAt[t] = m;
        }
      }
    }
    List<Event> out = new ArrayList<>(events);
    for (Sentence s : doc.get(Layers.SENTENCES)) {
      int start = doc.offsets().span(s.begin(), s.end()).start();
      for (Clause c : clauses.clausesOf(s.index())) {
        if (c.kind() != Clause.Kind.VERB) {
          continue;
        }
        // the counted argument is the object, or a false oblique ("promised up to 700 troops")
        List<Integer> arguments = new ArrayList<>(c.objects());
        c.obliques().values().forEach(arguments::addAll);
        for (int o : arguments) {
          if (!clauses.tree().hasChild(o, "nummod")) {
            continue;
          }
          List<String> gapped = conjuncts(tokens, mentions, mentionAt, o + 1, s.endToken());
          if (gapped.isEmpty()) {
            continue;
          }
          List<String> subjects = new ArrayList<>();
          for (int h : c.passive() ? c.agents() : c.subjects()) {
            if (mentionAt[h] >= 0) {
              subjects.add(mentions.get(mentionAt[h]).actorId());
            }
          }
          for (int i = 0; i < out.size(); i++) {
            Event e = out.get(i);
            if (e.evidence().start() != start || subjects.isEmpty() || !e.source().containsAll(subjects)
                || e.source().stream().anyMatch(gapped::contains)) {
              continue;
            }
            // a conjunct's actor is a source like the subject, never the event's target ("pledged
            // 300 peacekeepers, Nigeria 500" is often parsed with Nigeria as a second object)
            List<String> target = new ArrayList<>(e.target());
            target.removeAll(gapped);
            out.set(i, with(e, e.source(), target));
            for (String g : gapped) {
              out.add(with(e, List.of(g), target));
            }
          }
        }
      }
    }
    return out;
  }

  private static Event with(Event e, List<String> source, List<String> target) {
    return e.withParties(source, target);
  }

  /**
   * The actors of the conjuncts "SEP ACTOR [,] NUMBER [NOUN...]" that follow token {@code from} up to
   * the sentence end {@code end}; empty unless the first one starts right there.
   */
  private static List<String> conjuncts(List<Token> tokens, List<ActorMention> mentions, int[] mentionAt,
      int from, int end) {
    List<String> out = new ArrayList<>();
    int j = from;
    while (j < end) {
      int k = j;
      if (!SEPARATORS.contains(lower(tokens.get(k)))) {
        break;
      }
      k++;
      if (k < end && lower(tokens.get(k)).equals("and")) {
        k++;
      }
      if (k >= end || mentionAt[k] < 0) {
        break;
      }
      ActorMention m = mentions.get(mentionAt[k]);
      k = m.mention().endToken();
      if (k < end && lower(tokens.get(k)).equals(",")) {
        k++;
      }
      if (k >= end || !tokens.get(k).pos().equals("CD")) {
        break;
      }
      k++;
      while (k < end && tokens.get(k).pos().startsWith("NN")) {
        k++;
      }
      if (k < end && !SEPARATORS.contains(lower(tokens.get(k))) && !tokens.get(k).pos().equals(".")) {
        break;
      }
      out.add(m.actorId());
      j = k;
    }
    return out;
  }

  private static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }
}
