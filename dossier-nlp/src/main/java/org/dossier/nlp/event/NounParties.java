package org.dossier.nlp.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.model.Actor;
import org.dossier.model.ActorType;
import org.dossier.nlp.actor.HomeCountry;
import org.dossier.nlp.doc.ActorMention;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.doc.Sentence;
import org.dossier.nlp.doc.Token;
import org.dossier.nlp.syntax.Clause;
import org.dossier.nlp.syntax.Clauses;

/**
 * Parties of an event noun that its own phrase does not name: the victims of an attack told by the
 * clause it hangs from ("two civilians died in an ambush", "the deaths of 400 villagers in army
 * raids"), and the stand-in parties of an event whose participants go unnamed ("fighting erupted
 * in Darfur", "clashes broke out in Malakal", "negotiations broke off").
 *
 * <p>Stand-in rule ({@link #unnamed}), for nouns whose lexicon entry carries the {@code unnamed}
 * option and that are the subject of an onset predicate ({@code onset-verb}: "fighting erupted",
 * "talks broke off") or the setting of a casualty clause ("were killed in clashes", "died in an
 * ambush"), the only contexts that tell the event happened: (1) the event's place, a town, region
 * or country named by a locative phrase of the noun, of the predicate it is the subject of, or of
 * the casualty clause, or the place a relative "where" clause hangs from ("Malakal, where clashes
 * broke out"): PETRARCH codes an unnamed group by where it acts; else (2) the document's country
 * ({@link HomeCountry#dominant}, asked for a larger share than the majority that lets "the
 * government" take the home country, because here the rule supplies both parties):
 * the country of at least {@link #DOC_SHARE} of the mentions of actors that have a country (at
 * least {@link #DOC_MIN_MENTIONS} of them), present as a country actor, and only when the
 * sentence names no actor of another country. Both parties are then that one actor (an internal
 * conflict, as CAMEO codes it at the country level). A story about two or more countries has no
 * document country, so the rule stays silent there.
 *
 * <p>Per document; reads the clause layer and the actor mentions; not thread-safe.
 */
final class NounParties {
  /** Share of the country-bearing actor mentions one country needs to be the document's country. */
  static final double DOC_SHARE = 0.75;
  /** Fewest country-bearing actor mentions for a document country. */
  static final int DOC_MIN_MENTIONS = 5;

  private final Clauses clauses;
  private final List<Token> tokens;
  private final ArgumentActors actors;
  private final List<ActorMention> mentions;
  private final List<Sentence> sentences;
  private final EventWords words = EventWords.get();
  private final String documentCountry;

  NounParties(Doc doc, Clauses clauses, ArgumentActors actors) {
    this.clauses = clauses;
    this.tokens = doc.get(Layers.TOKENS);
    this.actors = actors;
    this.mentions = doc.get(Layers.ACTOR_MENTIONS);
    this.sentences = doc.get(Layers.SENTENCES);
    this.documentCountry = documentCountry(doc.get(Layers.ACTORS));
  }

  /**
   * The heads of the victims of the attack noun at {@code noun}: the subject of the casualty clause
   * it is a phrase of ("civilians died in an ambush", "people were killed in clashes") or the "of"
   * phrase of the death noun it modifies ("the deaths of villagers in raids"); empty otherwise.
   */
  List<Integer> victims(int noun) {
    Clause host = casualtyHost(noun);
    if (host == null) {
      return List.of();
    }
    return host.kind() == Clause.Kind.VERB ? host.subjects() : host.oblique("of");
  }

  /**
   * The casualty clause the noun at {@code noun} is an "in"/"during" phrase of: a passive casualty
   * verb ("were killed in"), an active dying verb ("died in") or a death noun ("the deaths ... in"); or null.
   */
  private Clause casualtyHost(int noun) {
    int h = clauses.tree().head(noun);
    String rel = clauses.tree().relation(noun);
    if (h < 0 || rel == null || !(rel.startsWith("obl") || rel.startsWith("nmod"))
        || !words.isOf("casualty-preposition", clauses.preposition(noun))) {
      return null;
    }
    Clause host = clauses.clauseAt(h).orElse(null);
    if (host == null) {
      return null;
    }
    String lemma = lower(tokens.get(h).lemma());
    boolean verb = host.kind() == Clause.Kind.VERB && (words.isOf("casualty-verb", lemma) && host.passive()
        || words.isOf("dying-verb", lemma) && !host.passive());
    return verb || host.kind() == Clause.Kind.NOMINAL && words.isOf("casualty-noun", lemma) ? host : null;
  }

  /**
   * The stand-in party of the event noun at {@code noun} (nominal clause {@code self}, or null for
   * a bare noun), by the rule of the class comment, or null.
   */
  String unnamed(int noun, Clause self) {
    Clause pred = predicateOf(noun);
    Clause host = casualtyHost(noun);
    boolean onset = pred != null && words.isOf("onset-verb", pred.lemma());
    if (!onset && host == null) {
      return null; // "condemned violence against women in Kenya" tells of no event that happened
    }
    String place = self != null ? place(self) : ownPlace(noun);
    if (place == null && pred != null) {
      place = place(pred); // "clashes broke out in Kisumu", "Malakal, where clashes broke out"
    }
    if (place == null && host != null) {
      place = place(host); // "five people were killed in Aamran in clashes"
    }
    if (place != null) {
      return place;
    }
    return documentCountry == null || namesOtherCountry(noun) ? null : documentCountry;
  }

  /** The place of a locative phrase hanging from a bare noun ("the clashes in Kisumu"), or null. */
  private String ownPlace(int noun) {
    for (int k : clauses.tree().children(noun)) {
      if ("nmod".equals(clauses.tree().relation(k)) && words.isOf("locative", clauses.preposition(k))) {
        String id = placeAt(k);
        if (id != null) {
          return id;
        }
      }
    }
    return null;
  }

  /** The clause whose nominal subject {@code noun} is, or null. */
  private Clause predicateOf(int noun) {
    int h = clauses.tree().head(noun);
    String rel = clauses.tree().relation(noun);
    return h < 0 || rel == null || !rel.equals("nsubj") ? null : clauses.clauseAt(h).orElse(null);
  }

  /** The place actor of a locative phrase of {@code c}, or of the head of its relative "where". */
  private String place(Clause c) {
    for (Map.Entry<String, List<Integer>> e : c.obliques().entrySet()) {
      if (words.isOf("locative", e.getKey())) {
        for (int t : e.getValue()) {
          String id = placeAt(t);
          if (id != null) {
            return id;
          }
        }
      }
    }
    int p = c.predicate();
    if ("acl:relcl".equals(clauses.tree().relation(p))) {
      for (int k : clauses.tree().children(p, "advmod")) {
        if (lower(tokens.get(k).word()).equals("where")) {
          return placeAt(clauses.tree().head(p));
        }
      }
    }
    return null;
  }

  /** The first place actor of the argument headed by {@code token} ("the city of Malakal"), or null. */
  private String placeAt(int token) {
    for (String id : actors.of(token)) {
      Actor a = actors.actor(id);
      if (a != null && (a.type() == ActorType.LOCATION || a.type() == ActorType.COUNTRY) && a.country() != null) {
        return id;
      }
    }
    return null;
  }

  /** Whether the sentence of {@code token} mentions an actor of a country other than the document's. */
  private boolean namesOtherCountry(int token) {
    String own = actors.actor(documentCountry).country();
    for (Sentence s : sentences) {
      if (token < s.firstToken() || token >= s.endToken()) {
        continue;
      }
      for (ActorMention m : mentions) {
        Actor a = actors.actor(m.actorId());
        if (a != null && a.country() != null && !a.country().equals(own)
            && m.mention().firstToken() < s.endToken() && m.mention().endToken() > s.firstToken()) {
          return true;
        }
      }
    }
    return false;
  }

  private String documentCountry(List<Actor> all) {
    Map<String, Integer> count = new HashMap<>();
    for (ActorMention m : mentions) {
      Actor a = actors.actor(m.actorId());
      if (a != null && a.country() != null) {
        count.merge(a.country(), 1, Integer::sum);
      }
    }
    String home = HomeCountry.dominant(count, DOC_MIN_MENTIONS, DOC_SHARE);
    if (home != null) {
      for (Actor a : all) {
        if (a.type() == ActorType.COUNTRY && home.equals(a.country())) {
          return a.id();
        }
      }
    }
    return null;
  }


  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
