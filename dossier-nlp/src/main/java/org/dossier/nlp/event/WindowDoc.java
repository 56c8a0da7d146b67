package org.dossier.nlp.event;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.kb.KbCountry;
import org.dossier.kb.KnowledgeBase;
import org.dossier.model.Actor;
import org.dossier.model.ActorType;
import org.dossier.model.Claim;
import org.dossier.model.Quote;
import org.dossier.model.TimeMention;
import org.dossier.nlp.doc.ActorMention;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.doc.Sentence;
import org.dossier.nlp.doc.Token;

/**
 * What the window coder's components share about one document: its tokens, sentences, actors and
 * the actor mention covering each token ({@link #mentionAt}, -1 for none), its times, quotes and
 * claims, the lexicon and codebook, and the document's actor for each country. Read-only after
 * construction; per document.
 */
final class WindowDoc {
  final Doc doc;
  final EventLexicon lexicon;
  final CameoCodebook codebook;
  final List<Token> tokens;
  final List<Sentence> sentences;
  final List<ActorMention> mentions;
  final Map<String, Actor> actors = new HashMap<>();
  final int[] mentionAt;
  final List<TimeMention> times;
  final List<Claim> claims;
  final List<Quote> quotes;
  final String published;
  final KnowledgeBase kb;
  final org.dossier.nlp.reference.References references;
  /** ISO3 → the document's actor for that country, so a place or a demonym can name its country. */
  final Map<String, String> countryActor = new HashMap<>();

  WindowDoc(Doc doc, EventLexicon lexicon, CameoCodebook codebook, KnowledgeBase kb) {
    this.doc = doc;
    this.references = org.dossier.nlp.reference.References.of(doc);
    this.kb = kb;
    this.lexicon = lexicon;
    this.codebook = codebook;
    this.tokens = doc.get(Layers.TOKENS);
    this.sentences = doc.get(Layers.SENTENCES);
    this.mentions = doc.get(Layers.ACTOR_MENTIONS);
    for (Actor a : doc.get(Layers.ACTORS)) {
      actors.put(a.id(), a);
      if (a.type() == ActorType.COUNTRY) {
        String iso = a.country() != null ? a.country() : a.code();
        if (iso != null) {
          countryActor.putIfAbsent(iso, a.id());
        }
      }
    }
    this.mentionAt = new int[tokens.size()];
    Arrays.fill(mentionAt, -1);
    for (int m = 0; m < mentions.size(); m++) {
      ActorMention am = mentions.get(m);
      if (!actors.containsKey(am.actorId())) {
        continue;
      }
      for (int t = Math.max(0, am.mention().firstToken()); t < Math.min(tokens.size(), am.mention().endToken()); t++) {
        if (mentionAt[t] < 0) {
          mentionAt[t] = m;
        }
      }
    }
    this.times = doc.find(Layers.TIMES).orElse(List.of());
    this.claims = doc.find(Layers.CLAIMS).orElse(List.of());
    this.quotes = doc.find(Layers.QUOTES).orElse(List.of());
    this.published = doc.info().published() == null ? null : doc.info().published().toString();
  }

  /** The document's actor for the country of place {@code id}, or null. */
  String countryOf(String id) {
    Actor a = actors.get(id);
    return a == null || a.country() == null ? null : countryActor.get(a.country());
  }

  /** Whether actor {@code id} is a country or a place whose country is known. */
  boolean knownPlace(String id) {
    Actor a = actors.get(id);
    return a != null && (a.type() == ActorType.COUNTRY || a.country() != null);
  }

  /** The document's actor for the country of a demonym ("Russian"), or null. */
  String demonymCountry(String word) {
    if (kb == null || word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
      return null;
    }
    return kb.countryByDemonym(word).map(KbCountry::iso3).map(countryActor::get).orElse(null);
  }

  boolean fitsPlural(String actorId) {
    Actor a = actors.get(actorId);
    return a != null && a.type() != ActorType.PERSON && a.type() != ActorType.LOCATION;
  }
}
