package org.dossier.nlp.reference;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.model.Actor;
import org.dossier.model.ActorType;
import org.dossier.nlp.doc.ActorMention;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.doc.Token;

/**
 * The actor each token names: the {@code actorMentions} layer, plus the surnames the tagger
 * missed ("Mr. Xi" tagged as MISC or nothing): a proper noun that is, uniquely, a word of one
 * person actor's name joins that actor when an honorific precedes it or no other name follows.
 * Pure functions; thread-safe.
 */
public final class NameLinks {
  private NameLinks() {}

  /** For each token of {@code doc}, the id of the actor it names, or null. */
  public static String[] actorOfTokens(Doc doc) {
    List<Token> tokens = doc.get(Layers.TOKENS);
    int n = tokens.size();
    String[] actorOf = new String[n];
    for (ActorMention am : doc.find(Layers.ACTOR_MENTIONS).orElse(List.of())) {
      for (int t = Math.max(0, am.mention().firstToken()); t < Math.min(n, am.mention().endToken()); t++) {
        actorOf[t] = am.actorId();
      }
    }
    linkSurnames(tokens, doc.find(Layers.ACTORS).orElse(List.of()), actorOf);
    return actorOf;
  }

  private static void linkSurnames(List<Token> tokens, List<Actor> actors, String[] actorOf) {
    Map<String, String> bySurname = new HashMap<>();
    for (Actor a : actors) {
      if (a.type() != ActorType.PERSON) {
        continue;
      }
      // any word of the name: surnames come first in Chinese, Korean and Hungarian names
      for (String word : a.name().split("\\s+")) {
        if (word.length() < 2 || word.endsWith(".")) {
          continue;
        }
        String prev = bySurname.putIfAbsent(word, a.id());
        if (prev != null && !prev.equals(a.id())) {
          bySurname.put(word, "");
        }
      }
    }
    if (bySurname.isEmpty()) {
      return;
    }
    ReferenceWords words = ReferenceWords.get();
    for (int i = 0; i < tokens.size(); i++) {
      if (actorOf[i] != null || !tokens.get(i).isProperNoun()) {
        continue;
      }
      String id = bySurname.get(tokens.get(i).word());
      if (id == null || id.isEmpty()) {
        continue;
      }
      boolean honorific = i > 0 && words.isHonorific(tokens.get(i - 1).word().toLowerCase(Locale.ROOT));
      boolean nextName = i + 1 < tokens.size() && tokens.get(i + 1).isProperNoun() && actorOf[i + 1] == null
          && !"POS".equals(tokens.get(i + 1).pos());
      if (honorific || !nextName) {
        actorOf[i] = id;
      }
    }
  }
}
