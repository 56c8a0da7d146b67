package org.dossier.nlp.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.model.Actor;
import org.dossier.model.ActorType;
import org.dossier.nlp.doc.ActorMention;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.doc.Token;
import org.dossier.nlp.reference.References;
import org.dossier.nlp.syntax.Clauses;

/**
 * Maps argument heads of clauses to the document's actors through {@link Layers#ACTOR_MENTIONS}: the
 * actor of the mention covering the head, else the actors mentioned inside the argument's phrase
 * ("the leader of Sudan", "Sudan's army", "Sudanese troops"). Pronouns and short references ("he",
 * "the minister") take the actor the document's one reference resolver gave them (the
 * {@code references} layer, when present); this class resolves nothing itself.
 *
 * <p>Per document; not thread-safe.
 */
final class ArgumentActors {
  private final int[] mentionAt;
  private final List<ActorMention> mentions;
  private final Map<String, Actor> actors = new HashMap<>();
  private final Clauses clauses;
  private final References references;
  private final EventLexicon lexicon;
  private final List<Token> tokens;
  private final EventWords words = EventWords.get();

  ArgumentActors(Doc doc, Clauses clauses, EventLexicon lexicon) {
    this.clauses = clauses;
    this.lexicon = lexicon;
    this.tokens = doc.get(Layers.TOKENS);
    this.references = References.of(doc);
    this.mentions = doc.get(Layers.ACTOR_MENTIONS);
    for (Actor a : doc.get(Layers.ACTORS)) {
      actors.put(a.id(), a);
    }
    int n = doc.get(Layers.TOKENS).size();
    mentionAt = new int[n];
    Arrays.fill(mentionAt, -1);
    for (int m = 0; m < mentions.size(); m++) {
      ActorMention am = mentions.get(m);
      if (!actors.containsKey(am.actorId())) {
        continue;
      }
      for (int t = Math.max(0, am.mention().firstToken()); t < Math.min(n, am.mention().endToken()); t++) {
        if (mentionAt[t] < 0) {
          mentionAt[t] = m;
        }
      }
    }
  }

  /** The actor with {@code id}. */
  Actor actor(String id) {
    return actors.get(id);
  }

  /** The actor mentioned at {@code token}, or null. */
  String at(int token) {
    return token >= 0 && token < mentionAt.length && mentionAt[token] >= 0
        ? mentions.get(mentionAt[token]).actorId() : null;
  }

  /** The actors an argument headed by each of {@code heads} stands for, in order, without repeats. */
  List<String> of(List<Integer> heads) {
    return of(heads, false);
  }

  /**
   * As {@link #of(List)}; for an {@code agent} (a source) the site of a nominal event is left out:
   * "a meeting in Rome" names no actor that meets, while "a curfew in Algiers" as a target and "an
   * angry crowd near Sirba" (an unnamed group, coded by where it acts, as PETRARCH does) keep the place.
   */
  List<String> of(List<Integer> heads, boolean agent) {
    Set<String> out = new LinkedHashSet<>();
    for (int h : heads) {
      out.addAll(of(h, agent));
    }
    return new ArrayList<>(out);
  }

  /** The actors the argument headed by {@code head} stands for. */
  List<String> of(int head) {
    return of(head, false);
  }

  private List<String> of(int head, boolean agent) {
    String direct = at(head);
    int[] span = clauses.argumentSpan(head);
    if (direct != null) {
      Actor a = actors.get(direct);
      if (a == null || a.country() != null || a.code() != null) {
        return List.of(direct);
      }
      // an actor of no known country named with its country ("Jordan's King Abdullah", "Sudanese
      // President Beshir"): the country stands beside it, as CAMEO codes the country's government
      List<String> out = new ArrayList<>(List.of(direct));
      for (int t = span[0]; t < span[1]; t++) {
        String other = at(t);
        Actor o = other == null ? null : actors.get(other);
        if (o != null && !out.contains(other) && o.type() == ActorType.COUNTRY) {
          out.add(other);
        }
      }
      return out;
    }
    String referred = references.resolve(span[0], head + 1).orElse(null);
    if (referred != null && actors.containsKey(referred)) {
      return List.of(referred);
    }
    Set<String> out = new LinkedHashSet<>();
    for (int t = span[0]; t < span[1]; t++) {
      String a = at(t);
      if (a == null) {
        continue;
      }
      if (agent && site(t, a) && eventNoun(head)) {
        t = Math.max(t, mentions.get(mentionAt[t]).mention().endToken() - 1);
        continue; // "a meeting in Rome": the site is no actor
      }
      out.add(a);
    }
    return new ArrayList<>(out);
  }

  /** Whether actor {@code id} mentioned at token {@code t} is a place right after a locative preposition. */
  private boolean site(int t, String id) {
    Actor a = actors.get(id);
    int before = mentions.get(mentionAt[t]).mention().firstToken() - 1;
    return a != null && a.type() == ActorType.LOCATION && before >= 0
        && words.isOf("locative", tokens.get(before).word().toLowerCase(java.util.Locale.ROOT));
  }

  /** Whether the token {@code head} is a nominal predicate of the lexicon ("meeting", "attack"). */
  private boolean eventNoun(int head) {
    Token t = tokens.get(head);
    return t.isNoun() && lexicon != null && lexicon.hasNoun(t.lemma().toLowerCase(java.util.Locale.ROOT));
  }
}
