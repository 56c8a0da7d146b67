package org.dossier.nlp.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dossier.kb.KbCountry;
import org.dossier.kb.KnowledgeBase;
import org.dossier.model.Actor;
import org.dossier.model.ActorType;
import org.dossier.model.Geo;
import org.dossier.nlp.doc.ActorMention;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layer;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.doc.Sentence;
import org.dossier.nlp.doc.Token;
import org.dossier.nlp.entity.Lexicon;
import org.dossier.nlp.geo.GeoResolver;
import org.dossier.nlp.pipeline.Component;

/**
 * Gives actors still without a country the one the text gives them, after places are resolved and
 * {@link CountryPropagation} has run, and records why in {@link #EVIDENCE}:
 * <ol>
 *   <li>{@link Basis#MARKER}: a nationality adjective, a country's possessive, or an actor with a
 *       country before a name or in an apposition after it ("US envoy in Sudan Andrew Natsios" is
 *       American, "X, former president of the Peruvian Supreme Court" Peruvian, "SLM chief X"
 *       takes the SLM's country); a country after a preposition of place ("in Sudan", "to Peru")
 *       is where the person acts and is no marker. Inside an organisation's or group's own name a
 *       country or nationality names it ("Sudan Liberation Movement", "Darfur rebels").</li>
 *   <li>{@link Basis#INTERNATIONAL}: international bodies and those who speak for them ("EU envoy
 *       X", "African Union spokesman X", "UN peacekeepers") have no country; an actor linked to
 *       the knowledge base without a country is one of them.</li>
 *   <li>{@link Basis#STORY} (lower confidence): any other person, organisation, group, or place
 *       the gazetteer does not know takes the country of the story — the country the document's
 *       actors are most often of — so a foreign minister met in Khartoum is Sudanese. Any marker
 *       overrides it.</li>
 * </ol>
 * A place in a state that did not exist on the publication date is put in the state it belonged
 * to ({@link Basis#SUCCESSOR}: Malakal is in Sudan in 2006). An actor given a country gets the
 * country's CAMEO code composed with its sector ("police" → IRQCOP, a minister → SDNGOV). A
 * country already known is never changed otherwise.
 *
 * <p>Immutable and thread-safe.
 */
public final class CountryEvidence implements Component {
  /** Why an actor has the country it was given here. */
  public enum Basis { MARKER, INTERNATIONAL, STORY, SUCCESSOR }

  /**
   * The country an actor was given and why.
   *
   * @param country ISO alpha-3, null for {@link Basis#INTERNATIONAL}
   * @param basis   the kind of evidence
   * @param begin   first char of the evidence (the marker word, or the actor's first mention)
   * @param end     char after the evidence
   */
  public record Found(String country, Basis basis, int begin, int end) {}

  /** Actor id → the evidence for the country this component gave or denied it. */
  public static final Layer<Map<String, Found>> EVIDENCE = Layer.of("countryEvidence");

  private static final int WINDOW = 8;
  private static final Set<String> STOP_WORDS = Set.of("and", "or", "but", "by", "with", "said", "says", "told",
      "met", "when", "while", "who", "which", "that", "after", "before", "as");

  private final KnowledgeBase kb;
  private final CountryWords words;

  /** A component reading countries and demonyms from {@code kb}, with the built-in word tables. */
  public CountryEvidence(KnowledgeBase kb) {
    this(kb, CountryWords.builtIn());
  }

  CountryEvidence(KnowledgeBase kb, CountryWords words) {
    this.kb = Objects.requireNonNull(kb, "kb");
    this.words = Objects.requireNonNull(words, "words");
  }

  @Override
  public String name() {
    return "country-evidence";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.ACTORS, Layers.ACTOR_MENTIONS, GeoResolver.GEO);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(EVIDENCE);
  }

  @Override
  public Doc apply(Doc doc) {
    return new Run(doc).resolve();
  }

  /** One document's resolution; confined to one thread. */
  private final class Run {
    final Doc doc;
    final List<Token> tokens;
    final List<Sentence> sentences;
    final Map<String, Actor> byId = new LinkedHashMap<>();
    final ActorMention[] at;
    final Map<String, Found> found = new LinkedHashMap<>();
    final Map<String, String> country = new HashMap<>();
    final LocalDate date;

    Run(Doc doc) {
      this.doc = doc;
      this.tokens = doc.get(Layers.TOKENS);
      this.sentences = doc.get(Layers.SENTENCES);
      this.date = doc.info().published();
      doc.get(Layers.ACTORS).forEach(a -> byId.put(a.id(), a));
      this.at = new ActorMention[tokens.size()];
      for (ActorMention am : doc.get(Layers.ACTOR_MENTIONS)) {
        for (int t = am.mention().firstToken(); t < am.mention().endToken() && t < at.length; t++) {
          if (at[t] == null) {
            at[t] = am;
          }
        }
      }
    }

    Doc resolve() {
      Map<String, Geo> geo = doc.find(GeoResolver.GEO).orElse(Map.of());
      for (Actor a : byId.values()) {
        String c = words.onDate(a.country(), date);
        if (a.type() == ActorType.LOCATION && c != null && !c.equals(a.country())) {
          country.put(a.id(), c);
          found.put(a.id(), new Found(c, Basis.SUCCESSOR, -1, -1));
        }
      }
      for (Actor a : byId.values()) {
        // a person's country read from a role's "of" ("envoy in Sudan") yields to a marker ("US envoy")
        boolean unlinkedPerson = a.type() == ActorType.PERSON && a.kb() == null;
        if ((a.country() == null || unlinkedPerson) && isActorType(a.type())) {
          markers(a);
        }
      }
      Map<String, Integer> counts = mentionCounts();
      // a noun naming a country's state or people ("the government") without a country of its
      // own takes the home country, or is no actor at all
      String home = HomeCountry.of(counts, sentences.size());
      Set<String> dropped = new HashSet<>();
      for (Actor a : byId.values()) {
        if (isCountryBound(a) && a.country() == null && !country.containsKey(a.id())) {
          found.remove(a.id());
          if (home == null) {
            dropped.add(a.id());
          } else {
            country.put(a.id(), home);
            found.put(a.id(), new Found(home, Basis.STORY, -1, -1));
          }
        }
      }
      // the country the actors are most often of; ties go to the one mentioned first (counts keep
      // first-mention order). Null when no actor has a country.
      String story = HomeCountry.plurality(counts);
      if (story != null) {
        for (Actor a : byId.values()) {
          boolean unknownPlace = a.type() == ActorType.LOCATION && geo.get(a.id()) == null && a.kb() == null;
          if (a.country() == null && !found.containsKey(a.id()) && (isActorType(a.type()) || unknownPlace)
              && !words.isInternational(a.name())) {
            country.put(a.id(), story);
            found.put(a.id(), new Found(story, Basis.STORY, -1, -1));
          }
        }
      }
      if (found.isEmpty() && dropped.isEmpty()) {
        return doc.with(EVIDENCE, Map.of());
      }
      List<Actor> out = new ArrayList<>(byId.size());
      for (Actor a : byId.values()) {
        String c = country.get(a.id());
        if (!dropped.contains(a.id())) {
          out.add(c == null ? a : withCountry(a, c));
        }
      }
      Doc result = doc.with(Layers.ACTORS, List.copyOf(out)).with(EVIDENCE, Map.copyOf(found));
      if (!dropped.isEmpty()) {
        result = result.with(Layers.ACTOR_MENTIONS, doc.get(Layers.ACTOR_MENTIONS).stream()
            .filter(am -> !dropped.contains(am.actorId())).toList());
      }
      return result;
    }

    /**
     * Whether {@code a} is a group named only by a noun for a country's state or people ("the
     * government", "officials"), which is an actor only with a country.
     */
    boolean isCountryBound(Actor a) {
      return a.type() == ActorType.GROUP && a.kb() == null && Lexicon.isCountryBoundNoun(a.name());
    }

    boolean isActorType(ActorType t) {
      return t == ActorType.PERSON || t == ActorType.ORGANIZATION || t == ActorType.GROUP;
    }

    /** Looks for explicit evidence on every mention of {@code a}; a national marker wins over an international one. */
    void markers(Actor a) {
      String firstWord = a.name().split("\\s+")[0];
      if (a.kb() != null && a.type() != ActorType.PERSON
          || a.type() == ActorType.GROUP && Lexicon.regionCode(firstWord) != null) {
        // the knowledge base gives it no country, or a region names it ("Western analysts")
        found.put(a.id(), new Found(null, Basis.INTERNATIONAL, -1, -1));
        return;
      }
      Found international = null;
      for (ActorMention am : mentionsOf(a)) {
        List<Found> candidates = new ArrayList<>();
        String source = am.mention().source();
        if (a.type() != ActorType.PERSON || "description".equals(source) || "agent".equals(source)) {
          inside(am, candidates);
        }
        if (candidates.isEmpty()) {
          before(am, candidates);
        }
        if (candidates.isEmpty()) {
          after(am, candidates);
        }
        for (Found f : candidates) {
          if (a.country() != null && (f.country() == null || f.country().equals(a.country()))) {
            return; // the country it has is confirmed, or only an international body stands by it
          }
          if (f.country() != null) {
            country.put(a.id(), f.country());
            found.put(a.id(), f);
            return;
          }
          if (international == null) {
            international = f;
          }
        }
      }
      if (a.country() != null) {
        return;
      }
      boolean igoCode = a.code() != null && a.code().startsWith("IGO"); // "EU envoy X" acts for the EU
      if (international == null && (igoCode || a.type() != ActorType.PERSON && words.isInternational(a.name()))) {
        international = new Found(null, Basis.INTERNATIONAL, -1, -1);
      }
      if (international != null) {
        found.put(a.id(), international);
      }
    }

    List<ActorMention> mentionsOf(Actor a) {
      List<ActorMention> out = new ArrayList<>();
      for (ActorMention am : doc.get(Layers.ACTOR_MENTIONS)) {
        if (am.actorId().equals(a.id())) {
          out.add(am);
        }
      }
      return out;
    }

    /** A country or nationality word inside an organisation's or group's own name. */
    void inside(ActorMention am, List<Found> out) {
      if (words.isInternational(am.mention().text()) && hasIgoWord(am)) {
        out.add(new Found(null, Basis.INTERNATIONAL, am.mention().begin(), am.mention().end()));
        return;
      }
      for (int t = am.mention().firstToken(); t < am.mention().endToken(); t++) {
        String c = countryWord(t);
        if (c != null) {
          out.add(marker(c, t, t + 1));
          return;
        }
      }
    }

    boolean hasIgoWord(ActorMention am) {
      for (int t = am.mention().firstToken(); t < am.mention().endToken(); t++) {
        if (countryWord(t) != null) {
          return false; // "Japan Institute of International Affairs" is Japanese
        }
      }
      return true;
    }

    /** The title phrase before a name: "US envoy in Sudan X", "Netanyahu's chief of staff X". */
    void before(ActorMention am, List<Found> out) {
      Sentence s = sentences.get(tokens.get(am.mention().firstToken()).sentence());
      int t = am.mention().firstToken() - 1;
      int stop = Math.max(s.firstToken(), am.mention().firstToken() - WINDOW);
      while (t >= stop) {
        Token w = tokens.get(t);
        if (breaks(w)) {
          return;
        }
        ActorMention other = at[t];
        if (other != null && !other.actorId().equals(am.actorId())) {
          int first = other.mention().firstToken();
          Found f = fromActor(other, first, t);
          if (f != null && !afterLocative(first)) {
            out.add(f);
            return;
          }
          Actor o = byId.get(other.actorId());
          if (o == null || o.type() != ActorType.PERSON) {
            t = first - 1;
            continue;
          } // a person's description before the name ("US envoy") is read word by word
        }
        String c = countryWord(t);
        if (c != null && !afterLocative(t)) {
          out.add(marker(c, t, t + 1));
          return;
        }
        t--;
      }
    }

    /** An apposition after a name: "X, Austria's former chancellor", "X, former president of the Peruvian court". */
    void after(ActorMention am, List<Found> out) {
      int t = am.mention().endToken();
      if (t >= tokens.size() || !",".equals(tokens.get(t).word())) {
        return;
      }
      Sentence s = sentences.get(tokens.get(t).sentence());
      boolean role = false;
      for (t++; t < s.endToken() && t <= am.mention().endToken() + WINDOW + 1; t++) {
        Token w = tokens.get(t);
        if (breaks(w)) {
          return;
        }
        role |= Lexicon.isRoleNoun(w.word());
        String c = countryWord(t);
        if (c != null && !afterLocative(t)) {
          if (role || t + 1 < s.endToken() && (Lexicon.isRoleNoun(tokens.get(t + 1).word())
              || "former".equalsIgnoreCase(tokens.get(t + 1).word()))) {
            out.add(marker(c, t, t + 1));
          }
          return;
        }
        ActorMention other = at[t];
        if (other != null && !other.actorId().equals(am.actorId())) {
          Found f = role ? fromActor(other, other.mention().firstToken(), t) : null;
          if (f != null && !afterLocative(other.mention().firstToken())) {
            out.add(f);
            return;
          }
          t = other.mention().endToken() - 1;
        }
      }
    }

    /** Whether the token ends a title phrase or an apposition: punctuation, a verb, a conjunction. */
    boolean breaks(Token w) {
      String word = w.word();
      boolean possessive = ActorNames.isPossessive(word);
      return !possessive && !word.isEmpty() && !Character.isLetterOrDigit(word.codePointAt(0))
          || w.isVerb() || STOP_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** The country an actor mention lends a title next to it, null when it lends none. */
    Found fromActor(ActorMention other, int first, int t) {
      Actor o = byId.get(other.actorId());
      if (o == null) {
        return null;
      }
      int b = tokens.get(first).begin();
      int e = tokens.get(other.mention().endToken() - 1).end();
      if (o.type() == ActorType.PERSON) {
        int next = other.mention().endToken();
        boolean possessive = next < tokens.size() && ActorNames.isPossessive(tokens.get(next).word());
        return possessive && o.country() != null ? new Found(o.country(), Basis.MARKER, b, e) : null;
      }
      if (o.country() != null) {
        return new Found(words.onDate(o.country(), date), Basis.MARKER, b, e);
      }
      if (o.type() == ActorType.ORGANIZATION && (o.kb() != null || words.isInternational(o.name()))) {
        return new Found(null, Basis.INTERNATIONAL, b, e);
      }
      return null;
    }

    /** ISO3 of a country name or nationality adjective at token {@code t}, or null. */
    String countryWord(int t) {
      Token w = tokens.get(t);
      if (!w.isCapitalized()) {
        return null;
      }
      Optional<KbCountry> c = kb.countryByDemonym(w.word());
      if (c.isEmpty()) {
        c = kb.countryByName(w.word());
      }
      if (c.isEmpty() && at[t] != null) {
        c = kb.countryByName(at[t].mention().text());
      }
      return c.map(KbCountry::iso3).orElse(null);
    }

    /** Whether a preposition of place stands before token {@code t} ("in Sudan", "to the Peruvian"). */
    boolean afterLocative(int t) {
      int p = t - 1;
      if (p >= 0 && "the".equalsIgnoreCase(tokens.get(p).word())) {
        p--;
      }
      return p >= 0 && words.isLocative(tokens.get(p).word());
    }

    Found marker(String iso3, int first, int end) {
      return new Found(iso3, Basis.MARKER, tokens.get(first).begin(), tokens.get(end - 1).end());
    }

    /** ISO3 → how many mentions of actors with that country the document has, in order of first mention. */
    Map<String, Integer> mentionCounts() {
      Map<String, Integer> count = new LinkedHashMap<>();
      for (ActorMention am : doc.get(Layers.ACTOR_MENTIONS)) {
        Actor a = byId.get(am.actorId());
        String c = a == null ? null : country.getOrDefault(a.id(), a.country());
        if (c != null) {
          count.merge(c, 1, Integer::sum);
        }
      }
      return count;
    }

    /** Whether a code is a bare CAMEO sector ("COP", "MIL"), not a country's code. */
    boolean isSector(String code) {
      return code.matches("[A-Z]{3}") && kb.countries().stream().noneMatch(c -> code.equals(c.cameo()) || code.equals(c.iso3()));
    }

    /** {@code a} with {@code iso3} and a CAMEO code composed with it ("police" → IRQCOP). */
    Actor withCountry(Actor a, String iso3) {
      String code = a.code();
      if (a.type() != ActorType.LOCATION && a.type() != ActorType.COUNTRY) {
        String cameo = kb.country(iso3).map(c -> c.cameo() != null ? c.cameo() : c.iso3()).orElse(iso3);
        String sector = code;
        if (sector == null && a.type() == ActorType.PERSON) {
          sector = a.roles().stream().map(r -> Lexicon.roleCode(r.title())).filter(Objects::nonNull)
              .findFirst().orElse("");
        }
        if (sector == null || sector.isEmpty()) {
          code = cameo;
        } else if (isSector(sector)) {
          code = cameo + sector;
        }
      }
      return new Actor(a.id(), a.name(), a.type(), a.kb(), iso3, code, a.roles(), a.aliases(), a.mentions(),
          a.geo(), a.metonymy());
    }
  }
}
