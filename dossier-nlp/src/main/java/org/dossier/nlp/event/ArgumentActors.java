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

  ArgumentActors(Doc doc, Clauses clauses) {
    this.clauses = clauses;
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
    Set<String> out = new LinkedHashSet<>();
    for (int h : heads) {
      out.addAll(of(h));
    }
    return new ArrayList<>(out);
  }

  /** The actors the argument headed by {@code head} stands for. */
  List<String> of(int head) {
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
      if (a != null) {
        out.add(a);
      }
    }
    return new ArrayList<>(out);
  }
}
