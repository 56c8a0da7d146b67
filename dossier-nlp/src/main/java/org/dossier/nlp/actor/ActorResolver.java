package org.dossier.nlp.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dossier.kb.KbCountry;
import org.dossier.kb.KbEntity;
import org.dossier.kb.KbRole;
import org.dossier.kb.KnowledgeBase;
import org.dossier.model.Actor;
import org.dossier.model.ActorType;
import org.dossier.model.CodePointIndex;
import org.dossier.model.Role;
import org.dossier.model.Span;
import org.dossier.nlp.doc.ActorMention;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layer;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.doc.Mention;
import org.dossier.nlp.doc.Sentence;
import org.dossier.nlp.doc.Token;
import org.dossier.nlp.entity.EntityLayers;
import org.dossier.nlp.entity.Lexicon;
import org.dossier.nlp.pipeline.Component;

/**
 * Resolves mentions into document-level actors, links them to the knowledge base and gives them
 * roles as of the publication date, a country and a CAMEO code.
 *
 * <p>Resolution:
 * <ul>
 *   <li>Persons: names are compared without initials; a shorter name ("Putin", "Mr. Xi") joins the
 *       full name that contains its words when exactly one does (when several persons share it,
 *       it stays apart rather than guess), so two different named persons are never merged. Names linked to the same knowledge-base person
 *       are one actor. Role descriptions ("China's top leader", "the Russian president") join the
 *       one person of the document whose role (from the text or the knowledge base) fits them, and
 *       are left alone when none or several fit. Pronouns are not resolved.</li>
 *   <li>Countries are keyed by ISO code, so "U.S.", "the United States" and "America" are one.</li>
 *   <li>Organisations: same knowledge-base entity, same normalised name, or an acronym and its
 *       expansion ("North Atlantic Treaty Organization (NATO)", or initials that match exactly one
 *       organisation of the document).</li>
 *   <li>Metonymy: a seat of government used as an agent ("Beijing said", "support for the
 *       Kremlin") is a mention of its COUNTRY actor (the state acts through its government; its
 *       CAMEO code is the country's); a locative use ("in Beijing") is a LOCATION actor whose
 *       country is the seat's. The place the seat's name denotes is still recorded: the capital's
 *       LOCATION actor ("Moscow" also for "the Kremlin") carries the agentive spans as its
 *       {@link org.dossier.model.Metonymy} pointing to the country, so it gets a {@code geo} while
 *       its own {@code mentions} (the only spans that can locate an event) stay locative.
 *       See {@link Metonymy}.</li>
 *   <li>Groups ("Russian forces") are GROUP actors keyed by country and head noun, with the CAMEO
 *       code of the country (or region) and the group's role ({@code RUSMIL}).</li>
 * </ul>
 *
 * <p>Roles: knowledge-base offices held on the publication date ({@code source: kb}) and roles
 * stated in the text ({@code source: text}, with the evidence span; see {@link TextRoles}). A text
 * role that names the same office as a knowledge-base role replaces it (keeping the
 * knowledge base's "of" when the text has none); an open-ended knowledge-base office is dropped as
 * stale when the document is newer than the knowledge base and the text gives the person a
 * different office. Without a publication date no knowledge-base role is given.
 *
 * <p>Immutable and thread-safe.
 */
public final class ActorResolver implements Component {
  private final KnowledgeBase kb;
  private final AgentDictionary agents;
  private final Map<String, KbCountry> countryByCapital = new HashMap<>();

  /** A resolver linking to {@code kb}, composing agents with the built-in agents table. */
  public ActorResolver(KnowledgeBase kb) {
    this(kb, AgentDictionary.builtIn());
  }

  /** A resolver linking to {@code kb} and composing agents ("Gondor police") with {@code agents}. */
  public ActorResolver(KnowledgeBase kb, AgentDictionary agents) {
    this.kb = Objects.requireNonNull(kb, "kb");
    this.agents = Objects.requireNonNull(agents, "agents");
    for (KbCountry c : kb.countries()) {
      if (c.capital() != null) {
        countryByCapital.putIfAbsent(norm(c.capital()), c);
      }
    }
  }

  /** A resolver linking to the built-in knowledge base. */
  public ActorResolver() {
    this(KnowledgeBase.builtIn());
  }

  @Override
  public String name() {
    return "actors";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.MENTIONS);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.ACTORS, Layers.ACTOR_MENTIONS);
  }

  @Override
  public Doc apply(Doc doc) {
    return new Run(doc).resolve();
  }

  /** An actor being built. */
  private static final class Draft {
    final String key;
    ActorType type;
    final List<Mention> mentions = new ArrayList<>();
    KbEntity entity;
    KbCountry countryRef;
    String country;
    String code;
    String name;
    final List<TextRoles.Found> textRoles = new ArrayList<>();
    List<Role> roles = List.of();
    String regionCode;
    String groupCode;
    /** Spans where this place's name stands for {@link #standsFor} (a seat for its government). */
    final List<Mention> metonyms = new ArrayList<>();
    Draft standsFor;
    /** For an agent composed with an actor: that actor's code ("GON" of "Gondor police"). */
    String agentBase;

    Draft(String key, ActorType type) {
      this.key = key;
      this.type = type;
    }

    int first() {
      int own = mentions.stream().mapToInt(Mention::begin).min().orElse(Integer.MAX_VALUE);
      return Math.min(own, metonyms.stream().mapToInt(Mention::begin).min().orElse(Integer.MAX_VALUE));
    }
  }

  /** The state of one resolution; confined to one thread. */
  private final class Run {
    final Doc doc;
    final String text;
    final List<Token> tokens;
    final List<Sentence> sentences;
    final List<Mention> mentions;
    final Mention[] named;
    final LocalDate date;
    final Map<String, Draft> drafts = new LinkedHashMap<>();
    final Map<Mention, Draft> draftOf = new HashMap<>();

    Run(Doc doc) {
      this.doc = doc;
      this.text = doc.text();
      this.tokens = doc.get(Layers.TOKENS);
      this.sentences = doc.get(Layers.SENTENCES);
      this.mentions = doc.get(Layers.MENTIONS);
      this.named = new Mention[tokens.size()];
      for (Mention m : mentions) {
        for (int t = m.firstToken(); t < m.endToken() && t < named.length; t++) {
          if (named[t] == null) {
            named[t] = m;
          }
        }
      }
      this.date = doc.info().published();
    }

    Sentence sentenceOf(Mention m) {
      return sentences.get(tokens.get(m.firstToken()).sentence());
    }

    Draft draft(String key, ActorType type) {
      return drafts.computeIfAbsent(key, k -> new Draft(k, type));
    }

    void add(Draft d, Mention m) {
      d.mentions.add(m);
      draftOf.put(m, d);
    }

    Doc resolve() {
      List<Mention> persons = new ArrayList<>();
      List<Mention> orgs = new ArrayList<>();
      for (Mention m : mentions) {
        switch (m.label()) {
          case "PERSON" -> {
            if (!notAName(m)) {
              persons.add(m);
            }
          }
          case "COUNTRY" -> country(m);
          case "LOCATION" -> location(m);
          case "ORGANIZATION" -> orgs.add(m);
          default -> { } // MISC: nationalities, events, works
        }
      }
      countryCompounds();
      organisations(orgs);
      persons(persons);
      for (Mention g : doc.find(EntityLayers.GROUPS).orElse(List.of())) {
        group(g);
      }
      for (Draft d : drafts.values()) {
        if (d.type == ActorType.PERSON) {
          personDetails(d);
        }
      }
      descriptions();
      nationalityModifiers();
      countries();
      new AgentComposition(this).run();
      return emit();
    }

    /**
     * A one-word "person" that is a nationality ("a Filipino woman") or an adjective ("Rude, ...")
     * is a tagger's error, not a name.
     */
    boolean notAName(Mention m) {
      if (m.endToken() - m.firstToken() != 1) {
        return false;
      }
      Token t = tokens.get(m.firstToken());
      return kb.countryByDemonym(t.word()).isPresent() || t.pos().startsWith("JJ");
    }

    // ---- countries, places, seats

    void country(Mention m) {
      Optional<KbCountry> c = kb.countryByName(m.text());
      if (c.isPresent()) {
        countryDraft(c.get(), m);
      } else {
        KbEntity e = codedEntity(m.text(), true);
        Draft d = draft(e != null ? e.id() : "loc:" + norm(m.text()), e != null ? e.type() : ActorType.LOCATION);
        if (e != null) {
          link(d, e);
        }
        add(d, m);
      }
    }

    Draft countryDraft(KbCountry c, Mention m) {
      Draft d = draft("country:" + c.iso3(), ActorType.COUNTRY);
      d.countryRef = c;
      d.country = c.iso3();
      d.code = c.cameo() != null ? c.cameo() : c.iso3();
      d.name = c.name();
      d.entity = kb.byId("country:" + c.iso3()).orElse(null);
      add(d, m);
      return d;
    }

    void location(Mention m) {
      Optional<KbCountry> seat = kb.countryBySeat(m.text());
      if (seat.isPresent() && !qualifiesPlace(m) && !Metonymy.isLocative(tokens, sentenceOf(m), m, named)) {
        Draft government = countryDraft(seat.get(), m);
        seatPlace(seat.get(), m, government);
        return;
      }
      Optional<KbCountry> asCountry = kb.countryByName(m.text());
      if (asCountry.isPresent()) {
        countryDraft(asCountry.get(), m);
        return;
      }
      KbEntity e = entity(m.text(), ActorType.LOCATION, ActorType.GROUP);
      if (e == null) {
        e = codedEntity(m.text(), true);
      }
      Draft d = draft(e != null ? e.id() : "loc:" + norm(m.text()), e != null ? e.type() : ActorType.LOCATION);
      if (e != null) {
        link(d, e);
      }
      if (d.country == null) {
        KbCountry c = seat.orElseGet(() -> countryByCapital.get(norm(m.text())));
        if (c != null) {
          d.country = c.iso3();
        }
      }
      add(d, m);
    }

    /**
     * Whether {@code m} follows "PLACE," as that place's qualifier: "Seattle, Washington" is the
     * state, not the government. A preceding seat or country makes a list of agents instead
     * ("Moscow, Beijing and Washington condemned").
     */
    boolean qualifiesPlace(Mention m) {
      int comma = m.firstToken() - 1;
      if (comma < 1 || !",".equals(tokens.get(comma).word()) || tokens.get(comma).sentence() != tokens.get(m.firstToken()).sentence()) {
        return false;
      }
      Mention before = named[comma - 1];
      return before != null && "LOCATION".equals(before.label()) && kb.countryBySeat(before.text()).isEmpty()
          && kb.countryByName(before.text()).isEmpty();
    }

    /**
     * Records the place a metonymic seat denotes: the country's capital ("the Kremlin" → Moscow), or
     * the seat itself when the knowledge base has no capital. Keyed like a locative mention of the
     * same name, so "in Moscow" and "Moscow said" end in one place actor.
     */
    void seatPlace(KbCountry c, Mention m, Draft government) {
      String placeName = c.capital() != null ? c.capital() : m.text();
      if (kb.countryByName(placeName).isPresent()) {
        return; // a city-state's seat is the country itself
      }
      KbEntity e = entity(placeName, ActorType.LOCATION, ActorType.GROUP);
      if (e != null && e.type() != ActorType.LOCATION) {
        return;
      }
      Draft d = draft(e != null ? e.id() : "loc:" + norm(placeName), ActorType.LOCATION);
      if (d.type != ActorType.LOCATION) {
        return;
      }
      if (e != null && d.entity == null) {
        link(d, e);
      }
      if (d.name == null) {
        d.name = placeName;
      }
      if (d.country == null) {
        d.country = c.iso3();
      }
      d.metonyms.add(m);
      d.standsFor = government;
    }

    KbEntity entity(String name, ActorType... types) {
      List<KbEntity> found = kb.lookup(name);
      for (ActorType t : types) {
        for (KbEntity e : found) {
          if (e.type() == t) {
            return e;
          }
        }
      }
      return null;
    }

    /**
     * The one knowledge-base entity of this exact name that has a CAMEO code, whatever its type
     * (user dictionaries type their entries loosely: a PETRARCH country may be tagged a person or
     * a location by the tagger), or null when none or several do.
     */
    KbEntity codedEntity(String name, boolean persons) {
      KbEntity found = null;
      for (KbEntity e : kb.lookup(name)) {
        if (e.code() == null || !persons && e.type() == ActorType.PERSON) {
          continue;
        }
        if (found != null && !found.id().equals(e.id())) {
          return null;
        }
        found = e;
      }
      return found;
    }

    void link(Draft d, KbEntity e) {
      d.entity = e;
      d.name = e.name();
      d.type = e.type();
      if (e.country() != null) {
        d.country = e.country();
      }
      if (e.code() != null) {
        d.code = e.code();
      }
    }

    /**
     * Countries inside hyphenated words that are not actor mentions themselves: "UK-US talks",
     * "a U.S.-led system" (the tagger calls them MISC or nothing).
     */
    void countryCompounds() {
      for (Token t : tokens) {
        String w = t.word();
        if (w.indexOf('-') <= 0 || !t.isCapitalized() || named[t.index()] != null
            && !"MISC".equals(named[t.index()].label())) {
          continue;
        }
        List<Mention> parts = new ArrayList<>(2);
        boolean other = false;
        int start = 0;
        for (int k = 0; k <= w.length(); k++) {
          if (k == w.length() || w.charAt(k) == '-') {
            String part = w.substring(start, k);
            if (!part.isEmpty() && kb.countryByName(part).isPresent()) {
              int b = t.begin() + start;
              int e = t.begin() + k;
              parts.add(new Mention(b, e, t.index(), t.index() + 1, part, "COUNTRY", "kb"));
            } else if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
              other = true;
            }
            start = k + 1;
          }
        }
        if (!other) {
          parts.forEach(this::country);
        }
      }
    }

    // ---- organisations and acronyms

    void organisations(List<Mention> orgs) {
      Map<String, Draft> byAcronym = new HashMap<>();
      for (Mention m : orgs) {
        KbEntity e = entity(m.text(), ActorType.ORGANIZATION, ActorType.GROUP, ActorType.LOCATION);
        if (e == null && kb.countryByName(m.text()).isEmpty() && kb.countryBySeat(m.text()).isEmpty()) {
          e = codedEntity(m.text(), true);
        }
        if (e == null && kb.countryByName(m.text()).isPresent()) {
          country(m); // the tagger's "organisation" Russia
          continue;
        }
        if (e == null && kb.countryBySeat(m.text()).isPresent()) {
          location(m); // "the White House said": a seat, agent or place
          continue;
        }
        String key = e != null ? e.id() : "org:" + norm(m.text());
        Draft d = drafts.get(key);
        if (d == null && e == null && isAcronym(m.text())) {
          d = byAcronym.get(m.text().replace(".", ""));
        }
        if (d == null) {
          d = draft(key, ActorType.ORGANIZATION);
          if (e != null) {
            link(d, e);
          }
        }
        add(d, m);
        // "North Atlantic Treaty Organization (NATO)"
        int p = m.endToken();
        if (p + 2 < tokens.size() && isOpenParen(tokens.get(p).word()) && isCloseParen(tokens.get(p + 2).word())
            && isAcronym(tokens.get(p + 1).word()) && tokens.get(p + 1).sentence() == tokens.get(m.firstToken()).sentence()) {
          byAcronym.put(tokens.get(p + 1).word().replace(".", ""), d);
          if (named[p + 1] == null) {
            Token t = tokens.get(p + 1);
            add(d, new Mention(t.begin(), t.end(), t.index(), t.index() + 1, t.word(), "ORGANIZATION", "pattern"));
          }
        }
        if (!isAcronym(m.text())) {
          byAcronym.putIfAbsent(initials(m.text()), d);
        }
      }
      // an acronym seen before its expansion: merge by initials when exactly one expansion fits
      Map<String, List<Draft>> expansions = new HashMap<>();
      for (Draft d : drafts.values()) {
        if (d.type == ActorType.ORGANIZATION) {
          for (Mention m : d.mentions) {
            if (!isAcronym(m.text())) {
              expansions.computeIfAbsent(initials(m.text()), k -> new ArrayList<>()).add(d);
              break;
            }
          }
        }
      }
      for (Draft d : new ArrayList<>(drafts.values())) {
        if (d.type != ActorType.ORGANIZATION || d.entity != null || !d.mentions.stream().allMatch(m -> isAcronym(m.text()))) {
          continue;
        }
        List<Draft> fits = expansions.getOrDefault(d.mentions.get(0).text().replace(".", ""), List.of());
        if (fits.size() == 1 && fits.get(0) != d) {
          Draft target = fits.get(0);
          for (Mention m : d.mentions) {
            add(target, m);
          }
          drafts.remove(d.key);
        }
      }
    }

    // ---- persons

    void persons(List<Mention> persons) {
      // full names first, so that short names can find them
      Map<Mention, String> keyOf = new HashMap<>();
      List<Mention> full = new ArrayList<>();
      for (Mention m : persons) {
        if (nameWords(m.text()).size() >= 2) {
          full.add(m);
        }
      }
      // distinct full names, indexed by word: comparing every full-name mention with every other
      // was quadratic ("Vladimir Putin, " 15,000 times took 76 s)
      Map<String, List<String>> wordsOf = new LinkedHashMap<>(); // in order of first mention
      Map<String, List<String>> namesWith = new HashMap<>();
      for (Mention m : full) {
        List<String> words = nameWords(m.text());
        String own = String.join(" ", words);
        if (wordsOf.putIfAbsent(own, words) == null) {
          for (String w : new HashSet<>(words)) {
            namesWith.computeIfAbsent(w, k -> new ArrayList<>()).add(own);
          }
        }
      }
      Map<String, String> longest = new HashMap<>();
      Map<String, Optional<KbEntity>> entityOf = new HashMap<>();
      Map<String, Set<String>> keysOfName = new HashMap<>();
      for (Mention m : full) {
        String own = String.join(" ", nameWords(m.text()));
        // a longer full name already seen that contains this one ("Vladimir Putin" in "Vladimir V. Putin")
        String key = longest.computeIfAbsent(own, o -> {
          String k = o;
          for (String other : containing(wordsOf.get(o), wordsOf, namesWith)) {
            if (!other.equals(o) && other.length() > k.length()) {
              k = other;
            }
          }
          return k;
        });
        KbEntity e = entityOf.computeIfAbsent(m.text(), t -> Optional.ofNullable(personEntity(t))).orElse(null);
        keyOf.put(m, e != null ? e.id() : "name:" + key);
        keysOfName.computeIfAbsent(own, k -> new LinkedHashSet<>()).add(keyOf.get(m));
      }
      Map<List<String>, Set<String>> candidatesOf = new HashMap<>();
      for (Mention m : persons) {
        if (keyOf.containsKey(m)) {
          continue;
        }
        List<String> words = nameWords(m.text());
        Set<String> candidates = candidatesOf.computeIfAbsent(words, w -> {
          Set<String> c = new HashSet<>();
          for (String name : containing(w, wordsOf, namesWith)) {
            c.addAll(keysOfName.get(name));
          }
          return c;
        });
        if (candidates.size() == 1) {
          keyOf.put(m, candidates.iterator().next());
        } else {
          keyOf.put(m, "name:" + String.join(" ", words));
        }
      }
      for (Mention m : persons) {
        String key = keyOf.get(m);
        KbEntity other = key.startsWith("name:") ? codedEntity(m.text(), false) : null;
        if (other != null && other.type() != ActorType.PERSON) {
          Draft d = draft(other.id(), other.type()); // a coded actor the tagger took for a person
          link(d, other);
          add(d, m);
          continue;
        }
        Draft d = draft(key, ActorType.PERSON);
        if (d.entity == null && !key.startsWith("name:")) {
          kb.byId(key).ifPresent(e -> link(d, e));
        }
        add(d, m);
        d.textRoles.addAll(TextRoles.find(text, tokens, sentenceOf(m), m, named));
      }
    }

    /**
     * The distinct full names (in order of first mention) whose words include all of {@code words},
     * found through the rarest word's names rather than by scanning them all.
     */
    private static List<String> containing(List<String> words, Map<String, List<String>> wordsOf,
        Map<String, List<String>> namesWith) {
      List<String> pool = null;
      for (String w : words) {
        List<String> names = namesWith.getOrDefault(w, List.of());
        if (pool == null || names.size() < pool.size()) {
          pool = names;
        }
      }
      if (pool == null) {
        return new ArrayList<>(wordsOf.keySet()); // no name words: every full name contains them
      }
      List<String> out = new ArrayList<>();
      for (String name : pool) {
        if (wordsOf.get(name).containsAll(words)) {
          out.add(name);
        }
      }
      return out;
    }

    /** The knowledge-base person of a full name, preferring one in office on the date. */
    KbEntity personEntity(String name) {
      List<KbEntity> found = kb.lookup(name).stream().filter(e -> e.type() == ActorType.PERSON).toList();
      if (found.size() == 1) {
        return found.get(0);
      }
      if (date != null) {
        List<KbEntity> inOffice = found.stream().filter(e -> !kb.rolesOn(e.id(), date).isEmpty()).toList();
        if (inOffice.size() == 1) {
          return inOffice.get(0);
        }
      }
      return null;
    }

    /** Links a surname-only person through its titles, then gives roles, country and code. */
    void personDetails(Draft d) {
      if (d.entity == null && date != null) {
        String surname = d.mentions.stream().map(m -> nameWords(m.text())).filter(w -> !w.isEmpty())
            .map(w -> w.get(w.size() - 1)).findFirst().orElse(null);
        Set<String> ids = new LinkedHashSet<>();
        for (TextRoles.Found f : d.textRoles) {
          for (KbEntity e : kb.holders(f.title(), ofCountry(f), date)) {
            if (surname != null && nameWords(e.name()).contains(surname)) {
              ids.add(e.id());
            }
          }
        }
        if (ids.isEmpty() && surname != null) {
          for (Mention m : d.mentions) {
            KbEntity e = personEntity(m.text());
            if (e != null && !kb.rolesOn(e.id(), date).isEmpty()) {
              ids.add(e.id());
            }
          }
        }
        if (ids.size() == 1) {
          kb.byId(ids.iterator().next()).ifPresent(e -> link(d, e));
        }
      }
      if (d.name == null) {
        d.name = d.mentions.stream().map(Mention::text).max(Comparator.comparingInt(s -> nameWords(s).size()))
            .orElseThrow();
      }
      d.roles = roles(d);
    }

    /** ISO3 of what a found role is of, or null. */
    String ofCountry(TextRoles.Found f) {
      if (f.ofMention() != null) {
        Optional<KbCountry> c = kb.countryByName(f.ofMention().text());
        if (c.isPresent()) {
          return c.get().iso3();
        }
        Draft od = draftOf.get(f.ofMention());
        if (od != null && od.country != null) {
          return od.country;
        }
      }
      if (f.ofDemonym() != null) {
        return kb.countryByDemonym(f.ofDemonym()).map(KbCountry::iso3).orElse(null);
      }
      return null;
    }

    String ofName(TextRoles.Found f) {
      if (f.ofMention() != null) {
        Draft od = draftOf.get(f.ofMention());
        return od != null && od.name != null ? od.name : f.ofText();
      }
      if (f.ofDemonym() != null) {
        return kb.countryByDemonym(f.ofDemonym()).map(KbCountry::name).orElse(null);
      }
      return null;
    }

    List<Role> roles(Draft d) {
      CodePointIndex cp = doc.offsets();
      List<KbRole> kbRoles = d.entity != null && date != null ? kb.rolesOn(d.entity.id(), date) : List.of();
      // text roles, newest (appointments) first, one per office
      List<TextRoles.Found> found = new ArrayList<>(d.textRoles);
      found.sort(Comparator.comparing((TextRoles.Found f) -> !f.appointed()));
      List<Role> out = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      Set<KbRole> confirmed = new HashSet<>();
      for (TextRoles.Found f : found) {
        String sig = signature(f.title());
        if (!seen.add(sig)) {
          continue;
        }
        String of = ofName(f);
        for (KbRole r : kbRoles) {
          if (sameOffice(f.title(), r.title()) && (of == null || r.country() == null
              || r.country().equals(ofCountry(f)) || Objects.equals(of, r.of()))) {
            confirmed.add(r);
            if (of == null) {
              of = r.of();
            }
          }
        }
        out.add(new Role(f.title(), of, "text", cp.span(f.begin(), f.end())));
      }
      boolean kbMayBeStale = kb.asOf() != null && date != null && date.toString().compareTo(kb.asOf()) > 0;
      Set<String> kbSeen = new HashSet<>();
      for (KbRole r : kbRoles) {
        if (confirmed.contains(r) || !kbSeen.add(signature(r.title()) + "|" + r.of())) {
          continue;
        }
        if (kbMayBeStale && r.validTo() == null && (appointed(d) || heldByAnother(d, r))) {
          continue; // the text reports a newer office than the knowledge base knows
        }
        out.add(new Role(r.title(), r.of(), "kb", null));
      }
      // an occupation with nothing it is of adds little next to an office
      if (out.stream().anyMatch(r -> Lexicon.isOffice(r.title()))) {
        out.removeIf(r -> !Lexicon.isOffice(r.title()) && r.of() == null);
      }
      return out;
    }

    boolean appointed(Draft d) {
      return d.textRoles.stream().anyMatch(TextRoles.Found::appointed);
    }

    /** Whether the text gives another person of the document the office of {@code r}. */
    boolean heldByAnother(Draft d, KbRole r) {
      for (Draft o : drafts.values()) {
        if (o == d || o.type != ActorType.PERSON) {
          continue;
        }
        for (TextRoles.Found f : o.textRoles) {
          String c = ofCountry(f);
          if (c == null) {
            c = o.entity != null ? o.entity.country() : null;
          }
          // an appointment to the office in a text about the holder's country needs no "of"
          boolean sameCountry = c != null ? c.equals(r.country()) : f.appointed();
          if (sameOffice(f.title(), r.title()) && Lexicon.isOffice(f.title()) && sameCountry) {
            return true;
          }
        }
      }
      return false;
    }

    // ---- groups

    void group(Mention g) {
      Token adj = tokens.get(g.firstToken());
      Token head = tokens.get(g.endToken() - 1);
      String role = Lexicon.groupCode(head.word());
      Optional<KbCountry> c = kb.countryByDemonym(adj.word());
      if (c.isEmpty() && g.firstToken() == g.endToken() - 1) { // "Albanians": the people of a country
        c = org.dossier.nlp.entity.NerMentions.pluralDemonymCountry(kb, adj.word());
      }
      String region = Lexicon.regionCode(adj.word());
      String headKey = "MIL".equals(role) ? "MIL" : norm(head.word());
      KbEntity known = entity(g.text(), ActorType.GROUP, ActorType.ORGANIZATION, ActorType.LOCATION);
      if (known != null) { // "Western countries" is the West
        Draft d = draft(known.id(), known.type());
        link(d, known);
        add(d, g);
        return;
      }
      String key = "group:" + (c.map(KbCountry::iso3).orElse(region)) + ":" + headKey;
      Draft d = drafts.get(key);
      if (d == null) {
        d = draft(key, ActorType.GROUP);
        d.name = g.text();
        if (c.isPresent()) {
          d.country = c.get().iso3();
          d.code = (c.get().cameo() != null ? c.get().cameo() : c.get().iso3()) + (role == null ? "" : role);
        } else if (region != null) {
          d.code = region + (role == null ? "" : role);
        } else if (role != null && !role.isEmpty()) {
          d.code = role; // "rebels", "the police": the role without a country
        }
      }
      add(d, g);
    }

    // ---- nationality and region adjectives: "a Senegalese peace plan", "Western sanctions"

    /**
     * A nationality adjective modifying a noun that no other mention covers stands for its country
     * ("rejected a Senegalese peace plan", "Israeli air raids", "a French minister"), a region
     * adjective for its region's entity ("Western sanctions" is the West): the adjective is a
     * mention of that actor, so the country the sentence never names can be an event's source
     * or target. Runs after groups and descriptions, which own their adjectives.
     */
    void nationalityModifiers() {
      boolean[] taken = new boolean[tokens.size()];
      for (Mention m : draftOf.keySet()) {
        for (int t = Math.max(0, m.firstToken()); t < Math.min(taken.length, m.endToken()); t++) {
          taken[t] = true;
        }
      }
      for (Sentence s : sentences) {
        for (int i = s.firstToken(); i < s.endToken() - 1; i++) {
          Token t = tokens.get(i);
          if (taken[i] || !t.isCapitalized() || !(t.pos().startsWith("JJ") || t.pos().startsWith("NNP"))) {
            continue;
          }
          Token next = tokens.get(i + 1);
          // a title before a name ("Russian President Putin") is read by agents and roles; a taken
          // common noun is another actor's
          if (!(next.pos().startsWith("NN") || next.pos().startsWith("JJ") || next.pos().equals("VBN"))
              || taken[i + 1] && !next.isCapitalized() || next.isCapitalized() && titleOfPerson(s, i + 1)) {
            continue;
          }
          Optional<KbCountry> c = kb.countryByName(t.word()).isPresent() ? Optional.empty()
              : kb.countryByDemonym(t.word());
          Mention m = new Mention(t.begin(), t.end(), i, i + 1, t.word(), "MISC", "demonym");
          if (c.isPresent()) {
            countryDraft(c.get(), m);
            continue;
          }
          String region = Lexicon.regionName(t.word());
          KbEntity known = region == null ? null : entity(region, ActorType.GROUP, ActorType.ORGANIZATION);
          if (known != null && known.code() != null) {
            Draft d = draft(known.id(), known.type());
            link(d, known);
            add(d, m);
          }
        }
      }
    }

    /** Whether capitalised words from {@code k} run into a person's name within three tokens. */
    boolean titleOfPerson(Sentence s, int k) {
      for (int t = k; t < Math.min(s.endToken(), k + 4) && tokens.get(t).isCapitalized(); t++) {
        if (named[t] != null && "PERSON".equals(named[t].label())) {
          return true;
        }
      }
      return false;
    }

    // ---- role descriptions: "China's top leader", "the Russian president"

    void descriptions() {
      List<Draft> people = drafts.values().stream().filter(d -> d.type == ActorType.PERSON).toList();
      if (people.isEmpty()) {
        return;
      }
      Set<Integer> taken = new HashSet<>();
      for (Draft d : drafts.values()) {
        for (Mention m : d.mentions) {
          for (int t = m.firstToken(); t < m.endToken(); t++) {
            taken.add(t);
          }
        }
      }
      for (Sentence s : sentences) {
        for (int i = s.firstToken(); i < s.endToken() - 1; i++) {
          String iso3 = null;
          int start = i;
          int t;
          if (named[i] != null && named[i].firstToken() == i && "COUNTRY".equals(named[i].label())
              && named[i].endToken() < s.endToken() && isPossessive(tokens.get(named[i].endToken()).word())) {
            iso3 = kb.countryByName(named[i].text()).map(KbCountry::iso3).orElse(null);
            t = named[i].endToken() + 1;
          } else if ("the".equalsIgnoreCase(tokens.get(i).word()) && i + 1 < s.endToken()
              && tokens.get(i + 1).isCapitalized()) {
            iso3 = kb.countryByDemonym(tokens.get(i + 1).word()).map(KbCountry::iso3).orElse(null);
            t = i + 2;
          } else {
            continue;
          }
          if (iso3 == null) {
            continue;
          }
          int titleStart = t;
          while (t < s.endToken() && t - titleStart < 3 && !Lexicon.isRoleNoun(tokens.get(t).word())
              && Set.of("top", "supreme", "paramount", "new", "current", "foreign", "defense", "defence",
                  "prime", "deputy", "finance").contains(tokens.get(t).word().toLowerCase(Locale.ROOT))) {
            t++;
          }
          if (t >= s.endToken() || !Lexicon.isRoleNoun(tokens.get(t).word()) || tokens.get(t).isCapitalized()
              && t + 1 < s.endToken() && named[t + 1] != null) {
            continue;
          }
          int end = t + 1;
          if (end < s.endToken() && named[end] != null && "PERSON".equals(named[end].label())) {
            continue; // a title before a name, not a description
          }
          String title = text.substring(tokens.get(titleStart).begin(), tokens.get(t).end());
          Draft match = null;
          int count = 0;
          for (Draft p : people) {
            if (holds(p, title, iso3)) {
              match = p;
              count++;
            }
          }
          if (count != 1 || overlapsPerson(match, tokens.get(start).begin(), tokens.get(t).end())) {
            continue;
          }
          int b = tokens.get(start).begin();
          int e = tokens.get(t).end();
          add(match, new Mention(b, e, start, end, text.substring(b, e), "PERSON", "description"));
          i = t;
        }
      }
    }

    boolean overlapsPerson(Draft p, int b, int e) {
      return p.mentions.stream().anyMatch(m -> m.begin() < e && b < m.end());
    }

    /** Whether person {@code p} holds an office described by {@code title} in country {@code iso3}. */
    boolean holds(Draft p, String title, String iso3) {
      String pc = personCountry(p);
      boolean leader = "leader".equals(lastWord(title));
      for (Role r : p.roles) {
        String rc = r.of() == null ? pc : kb.countryByName(r.of()).map(KbCountry::iso3).orElse(pc);
        if (!iso3.equals(rc)) {
          continue;
        }
        if (leader ? isLeaderTitle(r.title()) : sameOffice(title, r.title())) {
          return true;
        }
      }
      return false;
    }

    String personCountry(Draft p) {
      if (p.country != null) {
        return p.country;
      }
      for (Role r : p.roles) {
        if (r.of() != null) {
          Optional<KbCountry> c = kb.countryByName(r.of());
          if (c.isPresent()) {
            return c.get().iso3();
          }
        }
      }
      return null;
    }

    // ---- countries of actors, codes

    void countries() {
      // organisations first: persons may take their employer's country
      for (Draft d : drafts.values()) {
        if (d.entity != null) {
          // the KB's country is a fact, and an empty one means none ("Africa", the UN): the text
          // around a mention ("in Africa, South Africa hosted ...") must not give it one
          continue;
        }
        if (d.type == ActorType.ORGANIZATION && d.country == null) {
          d.country = organisationCountry(d);
        }
        if (d.type == ActorType.LOCATION && d.country == null) {
          d.country = locationCountry(d);
        }
      }
      List<Draft> people = drafts.values().stream().filter(d -> d.type == ActorType.PERSON)
          .sorted(Comparator.comparingInt(Draft::first)).toList();
      for (Draft d : people) {
        if (d.country == null) {
          d.country = personCountry(d);
        }
        if (d.country == null) {
          for (TextRoles.Found f : d.textRoles) {
            String c = ofCountry(f);
            if (c == null && f.ofMention() != null) {
              Draft od = draftOf.get(f.ofMention());
              c = od == null ? null : od.country;
            }
            if (c != null) {
              d.country = c;
              break;
            }
          }
        }
      }
      // a minister named beside a delegation of one country belongs to it ("X, the foreign
      // minister, was there, as was Y, the economy minister")
      for (Draft d : people) {
        if (d.country == null && d.roles.stream().anyMatch(r -> Lexicon.isOffice(r.title()))) {
          d.country = neighbourCountry(d, people);
        }
        if (d.country != null && d.roles.stream().anyMatch(r -> r.of() == null && Lexicon.isOffice(r.title()))) {
          String of = kb.country(d.country).map(KbCountry::name).orElse(null);
          d.roles = d.roles.stream().map(r -> r.of() == null && Lexicon.isOffice(r.title())
              ? new Role(r.title(), of, r.source(), r.evidence()) : r).toList();
        }
        if (d.code == null || d.entity != null && d.entity.type() == ActorType.PERSON) {
          d.code = personCode(d);
        }
      }
    }

    String neighbourCountry(Draft d, List<Draft> people) {
      Mention first = d.mentions.stream().min(Comparator.comparingInt(Mention::begin)).orElseThrow();
      int sentence = tokens.get(first.firstToken()).sentence();
      Draft best = null;
      int bestDistance = Integer.MAX_VALUE;
      for (Draft o : people) {
        if (o == d || o.country == null || o.roles.stream().noneMatch(r -> Lexicon.isOffice(r.title()))) {
          continue;
        }
        for (Mention m : o.mentions) {
          int os = tokens.get(m.firstToken()).sentence();
          if (os == sentence && m.begin() < first.begin()) {
            int dist = first.begin() - m.begin();
            if (dist < bestDistance) {
              bestDistance = dist;
              best = o;
            }
          }
        }
      }
      return best == null ? null : best.country;
    }

    String personCode(Draft d) {
      if (d.entity != null && date != null) {
        for (KbRole r : kb.rolesOn(d.entity.id(), date)) {
          if (r.code() != null && d.roles.stream().anyMatch(x -> x.title().equals(r.title()) || "text".equals(x.source()))) {
            return r.code();
          }
        }
      }
      KbCountry c = d.country == null ? null : kb.country(d.country).orElse(null);
      String base = c == null ? null : (c.cameo() != null ? c.cameo() : c.iso3());
      if (base == null) {
        return d.entity != null ? d.entity.code() : null;
      }
      for (Role r : d.roles) {
        String rc = Lexicon.roleCode(r.title());
        if (rc != null) {
          return base + rc;
        }
      }
      return base;
    }

    String organisationCountry(Draft d) {
      for (Mention m : d.mentions) {
        Sentence s = sentenceOf(m);
        int e = m.endToken();
        // "Rosatom, Russia's nuclear power company"; "the Center for X in Virginia"
        if (e + 2 < s.endToken() && ",".equals(tokens.get(e).word()) && named[e + 1] != null
            && "COUNTRY".equals(named[e + 1].label()) && named[e + 1].endToken() < s.endToken()
            && isPossessive(tokens.get(named[e + 1].endToken()).word())) {
          return countryOfMention(named[e + 1]);
        }
        if (e + 1 < s.endToken() && "in".equalsIgnoreCase(tokens.get(e).word()) && named[e + 1] != null
            && !"PERSON".equals(named[e + 1].label())) {
          String c = countryOfMention(named[e + 1]);
          if (c != null) {
            return c;
          }
        }
      }
      // a name built on one country: "Bank of China", "Russian Railways"
      Set<String> found = new HashSet<>();
      for (String word : d.mentions.get(0).text().split("[\\s-]+")) {
        kb.countryByDemonym(word).ifPresent(c -> found.add(c.iso3()));
      }
      kb.countryByName(lastWords(d.mentions.get(0).text())).ifPresent(c -> found.add(c.iso3()));
      return found.size() == 1 ? found.iterator().next() : null;
    }

    String locationCountry(Draft d) {
      for (Mention m : d.mentions) {
        Sentence s = sentenceOf(m);
        int e = m.endToken();
        // "Kharkiv, Ukraine" and "Kharkiv, Ukraine's second-largest city"
        if (e + 1 < s.endToken() && ",".equals(tokens.get(e).word()) && named[e + 1] != null
            && "COUNTRY".equals(named[e + 1].label()) && !inList(s, m, named[e + 1])) {
          return countryOfMention(named[e + 1]);
        }
      }
      return null;
    }

    /** Whether "A, B" is part of an enumeration ("Brazil, Russia, India") rather than "city, country". */
    boolean inList(Sentence s, Mention place, Mention country) {
      int before = place.firstToken() - 1;
      if (before >= s.firstToken() && (",".equals(tokens.get(before).word())
          || "and".equalsIgnoreCase(tokens.get(before).word())) && before - 1 >= s.firstToken()
          && named[before - 1] != null) {
        return true;
      }
      int after = country.endToken();
      if (after + 1 < s.endToken() && (",".equals(tokens.get(after).word())
          || "and".equalsIgnoreCase(tokens.get(after).word())) && named[after + 1] != null) {
        return true;
      }
      return false;
    }

    String countryOfMention(Mention m) {
      Optional<KbCountry> c = kb.countryByName(m.text());
      if (c.isPresent()) {
        return c.get().iso3();
      }
      Draft d = draftOf.get(m);
      return d == null ? null : d.country;
    }

    // ---- output

    Doc emit() {
      CodePointIndex cp = doc.offsets();
      List<Draft> ordered = new ArrayList<>(drafts.values());
      ordered.removeIf(d -> d.mentions.isEmpty() && (d.metonyms.isEmpty() || d.standsFor == null
          || d.standsFor.mentions.isEmpty()));
      ordered.sort(Comparator.comparingInt(Draft::first));
      Map<Draft, String> idOf = new HashMap<>();
      for (Draft d : ordered) {
        idOf.put(d, "a" + (idOf.size() + 1));
      }
      List<Actor> actors = new ArrayList<>(ordered.size());
      List<ActorMention> links = new ArrayList<>();
      for (Draft d : ordered) {
        String id = idOf.get(d);
        d.mentions.sort(Comparator.comparingInt(Mention::begin));
        String name = d.name != null ? d.name
            : d.mentions.stream().map(Mention::text).max(Comparator.comparingInt(String::length)).orElseThrow();
        List<String> aliases = d.mentions.stream().map(Mention::text).distinct().filter(t -> !t.equals(name)).toList();
        List<Span> spans = d.mentions.stream().map(m -> cp.span(m.begin(), m.end())).toList();
        org.dossier.model.Metonymy metonymy = null;
        if (!d.metonyms.isEmpty() && idOf.containsKey(d.standsFor)) {
          metonymy = new org.dossier.model.Metonymy(idOf.get(d.standsFor), d.metonyms.stream()
              .sorted(Comparator.comparingInt(Mention::begin)).map(m -> cp.span(m.begin(), m.end())).toList());
        }
        actors.add(new Actor(id, name, d.type, d.entity == null ? null : d.entity.id(), d.country, d.code,
            d.roles, aliases, spans, null, metonymy));
        for (Mention m : d.mentions) {
          links.add(new ActorMention(m, id));
        }
      }
      links.sort(Comparator.comparingInt((ActorMention a) -> a.mention().begin())
          .thenComparingInt(a -> -a.mention().end()));
      return doc.with(Layers.ACTORS, List.copyOf(actors)).with(Layers.ACTOR_MENTIONS, List.copyOf(links));
    }
  }


  // ---- agents: "Gondor police", "the government of Gondor", "Bree Prime Minister X"

  /**
   * Composes agent phrases with the actor they act for, as PETRARCH does: an agent of the
   * {@link AgentDictionary} after an actor (possibly through "'s" and up to four modifiers: "the
   * Calenardhon government", "Gondor's main opposition group") or before "of/from/in" actors
   * ("soldiers from Gondor", "the ambassadors of Arnor, Osgiliath and Gondor") becomes an actor of
   * its own with the composed code (CALGOV, GONMIL); the actor's mention moves to it. A title
   * between an actor and a non-person name ("Bree Prime Minister Romendacil") composes the same
   * way; before a person's name it is left to the person's roles. An agent acting for no actor of
   * the sentence gets its sector code alone ("police": COP). Persons are never composed.
   * Confined to one {@link Run}.
   */
  private final class AgentComposition {
    private static final Set<String> LINKS = Set.of("of", "from", "in");
    /** Where a title phrase says a person serves: "envoy in Sudan", "ambassador to Peru". */
    private static final Set<String> PLACE_LINKS = Set.of("in", "to", "at");
    /** Words between a name's comma and its apposition: "X, the former president of ...". */
    private static final Set<String> APPOSITION_LEAD = Set.of("former", "the", "a", "an", "then");
    private final Run run;
    private final Mention[] at;

    AgentComposition(Run run) {
      this.run = run;
      this.at = new Mention[run.tokens.size()];
      for (Mention m : run.draftOf.keySet()) {
        for (int t = m.firstToken(); t < m.endToken() && t < at.length; t++) {
          if (at[t] == null || at[t].endToken() - at[t].firstToken() < m.endToken() - m.firstToken()) {
            at[t] = m;
          }
        }
      }
    }

    void run() {
      for (Sentence s : run.sentences) {
        for (int i = s.firstToken(); i < s.endToken(); i++) {
          if (at[i] != null && !bareGroup(at[i])) {
            continue;
          }
          AgentDictionary.Match mt = agents.match(run.tokens, i, s.endToken());
          if (mt == null) {
            continue;
          }
          int e = mt.end();
          Mention post = e < s.endToken() && at[e] != null && at[e].firstToken() == e ? at[e] : null;
          if (post == null && e < s.endToken() && run.tokens.get(e).isNoun()) {
            continue; // a modifier ("press conference"), not the head
          }
          i = compose(s, mt, post) - 1;
        }
      }
    }

    /** Composes one agent; returns the token after what it used. */
    int compose(Sentence s, AgentDictionary.Match mt, Mention post) {
      Mention pre = premodifier(s, mt.begin());
      Draft preD = pre == null ? null : run.draftOf.get(pre);
      String preCode = preD == null ? null : base(preD);
      Draft postD = post == null ? null : run.draftOf.get(post);
      if (postD != null && postD.type == ActorType.PERSON) {
        // "President Putin": the person's roles code him, unless only the text says for whom he acts
        if (preCode != null && (postD.code == null || postD.code.equals(preCode))) {
          postD.code = mt.agent().compose(preCode);
          int b = pre.begin();
          Mention joined = new Mention(b, post.end(), pre.firstToken(), post.endToken(),
              run.text.substring(b, post.end()), post.label(), "agent");
          for (Mention m : List.of(pre, post)) {
            Draft old = run.draftOf.remove(m);
            if (old != null) {
              old.mentions.remove(m);
            }
          }
          run.add(postD, joined);
          for (int t = joined.firstToken(); t < joined.endToken(); t++) {
            at[t] = joined;
          }
        }
        return post.endToken();
      }
      String postCode = postD == null ? null : base(postD);
      if (preCode != null || postCode != null) {
        Mention head = preCode != null ? pre : post;
        Draft headD = preCode != null ? preD : postD;
        int first = preCode != null ? pre.firstToken() : mt.begin();
        int end = postCode != null ? post.endToken() : mt.end();
        List<Mention> absorbed = new ArrayList<>(2);
        if (preCode != null) {
          absorbed.add(pre);
        }
        if (postCode != null) {
          absorbed.add(post);
        }
        place(mt, first, end, headD, preCode != null ? preCode : postCode, absorbed);
        return end;
      }
      // "soldiers from Gondor", "ambassadors of Arnor, Osgiliath and Gondor"
      int k = mt.end();
      if (k + 1 < s.endToken() && LINKS.contains(run.tokens.get(k).word().toLowerCase(Locale.ROOT))) {
        int j = k + 1;
        if (j + 1 < s.endToken() && "the".equalsIgnoreCase(run.tokens.get(j).word())) {
          j++;
        }
        List<Mention> members = members(s, j);
        if (!members.isEmpty()) {
          int end = mt.end();
          Draft first = run.draftOf.get(members.get(0));
          if (first != null && first.type == ActorType.LOCATION) {
            // "the mayor of Moscow": the place stays a place (geo, map) and the agent acts for its
            // country; only the agent words are the composed actor's mention
            Draft d = place(mt, mt.begin(), mt.end(), first, base(first), List.of());
            if (d.name.equals(run.text.substring(run.tokens.get(mt.begin()).begin(),
                run.tokens.get(mt.end() - 1).end()))) {
              d.name = run.text.substring(run.tokens.get(mt.begin()).begin(), members.get(0).end());
            }
            return mt.end();
          }
          for (int n = 0; n < members.size(); n++) {
            Mention m = members.get(n);
            Draft d = run.draftOf.get(m);
            place(mt, n == 0 ? mt.begin() : m.firstToken(), m.endToken(), d, base(d), List.of(m));
            end = m.endToken();
          }
          return end;
        }
      }
      String shared = pre == null ? sharedBase(s, mt.begin()) : null;
      if (shared != null) {
        place(mt, mt.begin(), mt.end(), null, shared, List.of());
        return mt.end();
      }
      if (pre == null && !possessed(s, mt.begin()) && at[mt.begin()] == null && standsAlone(mt)) {
        place(mt, mt.begin(), mt.end(), null, null, List.of());
      }
      return mt.end();
    }

    /**
     * Whether an agent of no actor is worth an actor of its own: a sector acting as such
     * ("clerics", "lawmakers", "police"), not one office holder ("the minister") nor government
     * ("officials", "the delegation", "the two leaders"), which stand for actors named elsewhere or
     * for no one in particular (a generic "officials said" is a source text, not an actor).
     */
    boolean standsAlone(AgentDictionary.Match mt) {
      return !mt.agent().suffix().startsWith("GOV") && !Lexicon.isRoleNoun(run.tokens.get(mt.end() - 1).word());
    }

    /**
     * "Danish media and government": an agent right after "and" following a group or composed
     * agent of a country shares that country; its code, or null.
     */
    String sharedBase(Sentence s, int begin) {
      int j = begin - 1;
      if (j - 1 < s.firstToken() || !"and".equalsIgnoreCase(run.tokens.get(j).word()) || at[j - 1] == null) {
        return null;
      }
      Draft d = run.draftOf.get(at[j - 1]);
      if (d == null || d.type == ActorType.PERSON || !(d.key.startsWith("agent:") || d.key.startsWith("group:"))) {
        return null;
      }
      if (d.agentBase != null) {
        return d.agentBase;
      }
      KbCountry c = d.country == null ? null : kb.country(d.country).orElse(null);
      return c == null ? null : (c.cameo() != null ? c.cameo() : c.iso3());
    }

    /** A group of no country and no knowledge-base entry ("soldiers"): composable further. */
    boolean bareGroup(Mention m) {
      Draft d = run.draftOf.get(m);
      return d != null && d.type == ActorType.GROUP && d.country == null && d.entity == null
          && d.key.startsWith("group:null:");
    }

    /** The non-person actor mention right before an agent, through "'s" and a few modifiers. */
    Mention premodifier(Sentence s, int begin) {
      int j = begin - 1;
      for (int steps = 0; j >= s.firstToken() && steps < 5; steps++) {
        if (at[j] != null) {
          return at[j];
        }
        Token t = run.tokens.get(j);
        String p = t.pos();
        String w = t.word().toLowerCase(Locale.ROOT);
        if (p.startsWith("JJ") || p.startsWith("NN") && !Character.isUpperCase(t.word().charAt(0))
            || p.equals("POS") || w.equals("'s") || w.equals("\u2019s") || p.equals("HYPH") || p.equals("VBN")
            || w.equals("and") && j - 1 >= s.firstToken() && at[j - 1] == null) {
          j--;
          continue;
        }
        break;
      }
      return null;
    }

    /** Whether a possessive pronoun or determiner ties the agent to someone unnamed ("its army"). */
    boolean possessed(Sentence s, int begin) {
      return begin - 1 >= s.firstToken() && run.tokens.get(begin - 1).pos().equals("PRP$");
    }

    /** Coordinated non-person actor mentions from token {@code j}: "Arnor, Osgiliath and Gondor". */
    List<Mention> members(Sentence s, int j) {
      List<Mention> out = new ArrayList<>();
      int k = j;
      while (k < s.endToken() && at[k] != null && at[k].firstToken() == k) {
        Mention m = at[k];
        Draft d = run.draftOf.get(m);
        if (d == null || base(d) == null) {
          break;
        }
        k = m.endToken();
        if (k < s.endToken() && isPossessive(run.tokens.get(k).word())) {
          // "the leader of Iraq's largest party": the country owns the phrase after it, which the
          // agent is of; the country is not what the agent acts for
          return out.isEmpty() ? List.of() : out;
        }
        out.add(m);
        if (k + 1 < s.endToken() && (run.tokens.get(k).word().equals(",") || "and".equalsIgnoreCase(run.tokens.get(k).word()))) {
          k++;
          if (k + 1 < s.endToken() && "and".equalsIgnoreCase(run.tokens.get(k).word())) {
            k++;
          }
          continue;
        }
        break;
      }
      return out;
    }

    /** The code an agent composes with: the actor's code, else its country's; none for persons. */
    String base(Draft d) {
      if (d == null || d.type == ActorType.PERSON || d.key.startsWith("agent:") || d.key.startsWith("group:null:")) {
        return null;
      }
      if (d.code != null) {
        return d.code;
      }
      KbCountry c = d.country == null ? null : kb.country(d.country).orElse(null);
      return c == null ? null : (c.cameo() != null ? c.cameo() : c.iso3());
    }

    /**
     * Makes (or joins) the composed actor for tokens {@code [first, end)}, taking {@code absorbed};
     * returns it.
     */
    Draft place(AgentDictionary.Match mt, int first, int end, Draft headD, String baseCode, List<Mention> absorbed) {
      AgentDictionary.Agent agent = mt.agent();
      String code = baseCode == null ? agent.prefix() + agent.suffix() : agent.compose(baseCode);
      String phrase = run.text.substring(run.tokens.get(mt.begin()).begin(), run.tokens.get(mt.end() - 1).end());
      boolean person = mt.end() - mt.begin() >= 1 && Lexicon.isRoleNoun(run.tokens.get(mt.end() - 1).word());
      String key = "agent:" + code + ":" + (headD == null ? norm(phrase) : headD.key);
      Draft named = person ? describedPerson(first, end) : null;
      if (named != null) {
        return describe(named, mt, first, end, headD, code, absorbed, true);
      }
      named = person && first < mt.begin() && headD != null && headD.country != null
          ? holder(phrase, headD.country) : null;
      if (named != null) { // "the US leader" is the one US leader the document names
        return describe(named, mt, first, end, headD, code, absorbed, false);
      }
      Draft d = run.draft(key, person ? ActorType.PERSON : ActorType.GROUP);
      d.code = code;
      d.agentBase = baseCode;
      if (headD != null) {
        d.country = headD.country;
      }
      int b = run.tokens.get(first).begin();
      int e = run.tokens.get(end - 1).end();
      if (d.name == null) {
        d.name = run.text.substring(b, e);
      }
      List<Mention> taken = new ArrayList<>(absorbed);
      for (int t = first; t < end; t++) {
        if (at[t] != null && !taken.contains(at[t]) && bareGroup(at[t])) {
          taken.add(at[t]);
        }
      }
      for (Mention m : taken) {
        Draft old = run.draftOf.remove(m);
        if (old != null) {
          old.mentions.remove(m);
        }
      }
      Mention m = new Mention(b, e, first, end, run.text.substring(b, e), person ? "PERSON" : "GROUP", "agent");
      run.add(d, m);
      for (int t = first; t < end; t++) {
        at[t] = m;
      }
      return d;
    }

    /**
     * The named person a title phrase at {@code [first, end)} stands beside as an apposition:
     * "US envoy in Sudan Andrew Natsios", "Bolivia's ambassador to Peru, Jorge Gumucio" (the name
     * after, across a place phrase and a comma), "Moises Pantoja, former president of the court"
     * (the name before, across a comma). Null when no named person stands there.
     */
    Draft describedPerson(int first, int end) {
      Sentence s = run.sentences.get(run.tokens.get(first).sentence());
      int k = end;
      if (k + 1 < s.endToken() && PLACE_LINKS.contains(run.tokens.get(k).word().toLowerCase(Locale.ROOT))) {
        int j = k + 1;
        if (j < s.endToken() && "the".equalsIgnoreCase(run.tokens.get(j).word())) {
          j++;
        }
        Draft place = j < s.endToken() && at[j] != null && at[j].firstToken() == j ? run.draftOf.get(at[j]) : null;
        if (place != null && (place.type == ActorType.COUNTRY || place.type == ActorType.LOCATION)) {
          k = at[j].endToken();
        }
      }
      if (k < s.endToken() && ",".equals(run.tokens.get(k).word())) {
        k++;
      }
      if (k > end && k < s.endToken() && at[k] != null && at[k].firstToken() == k) {
        Draft d = run.draftOf.get(at[k]);
        if (d != null && d.type == ActorType.PERSON && !d.key.startsWith("agent:")) {
          return d;
        }
      }
      int j = first - 1;
      while (j >= s.firstToken() && APPOSITION_LEAD.contains(run.tokens.get(j).word().toLowerCase(Locale.ROOT))) {
        j--;
      }
      if (j - 1 >= s.firstToken() && ",".equals(run.tokens.get(j).word()) && at[j - 1] != null
          && at[j - 1].endToken() == j) {
        Mention before = at[j - 1];
        Draft d = run.draftOf.get(before);
        boolean listed = before.firstToken() - 1 >= s.firstToken()
            && ",".equals(run.tokens.get(before.firstToken() - 1).word()); // "A, B, C": a list
        if (d != null && d.type == ActorType.PERSON && !d.key.startsWith("agent:") && !listed) {
          return d;
        }
      }
      return null;
    }

    /** The one named person of the document holding office {@code title} for {@code iso3}, or null. */
    Draft holder(String title, String iso3) {
      Draft found = null;
      for (Draft p : run.drafts.values()) {
        if (p.type == ActorType.PERSON && !p.key.startsWith("agent:") && run.holds(p, title, iso3)) {
          if (found != null) {
            return null; // two candidates: leave it unresolved rather than guess
          }
          found = p;
        }
      }
      return found;
    }

    /** Makes the title phrase a mention of the named person it describes, with its code and country. */
    Draft describe(Draft person, AgentDictionary.Match mt, int first, int end, Draft headD, String code,
        List<Mention> absorbed, boolean apposition) {
      for (Mention m : absorbed) {
        Draft old = run.draftOf.remove(m);
        if (old != null) {
          old.mentions.remove(m);
        }
      }
      int b = run.tokens.get(first).begin();
      int e = run.tokens.get(end - 1).end();
      Mention m = new Mention(b, e, first, end, run.text.substring(b, e), "PERSON", "description");
      run.add(person, m);
      for (int t = first; t < end; t++) {
        at[t] = m;
      }
      if (person.entity == null && person.country == null && headD != null) {
        person.country = headD.country;
      }
      if (person.code == null && person.entity == null) {
        person.code = code;
      }
      String title = run.text.substring(run.tokens.get(mt.begin()).begin(), run.tokens.get(mt.end() - 1).end());
      boolean former = mt.begin() > 0 && "former".equalsIgnoreCase(run.tokens.get(mt.begin() - 1).word());
      if (apposition && !former && person.roles.stream().noneMatch(r -> signature(r.title()).equals(signature(title)))) {
        List<Role> roles = new ArrayList<>(person.roles);
        roles.add(new Role(title, headD == null ? null : headD.name, "text", run.doc.offsets().span(b, e)));
        person.roles = List.copyOf(roles);
      }
      return person;
    }
  }

  // ---- helpers

  static boolean isPossessive(String w) {
    return w.equals("'s") || w.equals("\u2019s") || w.equals("'") || w.equals("\u2019");
  }

  static boolean isOpenParen(String w) {
    return w.equals("(") || w.equals("-LRB-");
  }

  static boolean isCloseParen(String w) {
    return w.equals(")") || w.equals("-RRB-");
  }

  static boolean isAcronym(String s) {
    String t = s.replace(".", "");
    if (t.length() < 2 || t.length() > 8) {
      return false;
    }
    int upper = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isUpperCase(c)) {
        upper++;
      } else if (!Character.isDigit(c) && c != '&') {
        return false;
      }
    }
    return upper >= 2;
  }

  private static final Set<String> INITIAL_SKIP = Set.of("of", "the", "for", "and", "on", "in", "&", "de", "to");

  /** The initials of the significant words: "North Atlantic Treaty Organization" gives "NATO". */
  static String initials(String name) {
    StringBuilder sb = new StringBuilder();
    for (String w : name.split("[\\s-]+")) {
      if (!w.isEmpty() && !INITIAL_SKIP.contains(w.toLowerCase(Locale.ROOT)) && Character.isLetter(w.charAt(0))) {
        sb.append(Character.toUpperCase(w.charAt(0)));
      }
    }
    return sb.toString();
  }

  /** Lower-case name words without initials, honorifics or a possessive ending. */
  static List<String> nameWords(String name) {
    List<String> out = new ArrayList<>(4);
    for (String w : name.split("\\s+")) {
      String k = w.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
      if (k.endsWith("'s")) {
        k = k.substring(0, k.length() - 2);
      }
      k = k.replace(".", "");
      // the Arabic article is written or dropped at will: "al-Hakim" and "Hakim" are one surname
      if ((k.startsWith("al-") || k.startsWith("el-")) && k.length() > 4) {
        k = k.substring(3);
      }
      if (k.length() <= 1 || Lexicon.isHonorific(k)) {
        continue;
      }
      out.add(k);
    }
    return out;
  }

  static String norm(String s) {
    String n = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    if (n.endsWith("'s")) {
      n = n.substring(0, n.length() - 2);
    }
    n = n.replace(".", "").strip();
    if (n.startsWith("the ")) {
      n = n.substring(4);
    }
    return n.replaceAll("\\s+", " ");
  }

  private static String lastWords(String name) {
    int of = name.lastIndexOf(" of ");
    return of < 0 ? name : name.substring(of + 4);
  }

  private static String lastWord(String s) {
    String[] w = s.toLowerCase(Locale.ROOT).strip().split("\\s+");
    return w[w.length - 1];
  }

  private static final Set<String> LEADER_TITLES = Set.of("president", "prime minister", "premier", "chancellor",
      "king", "queen", "emir", "supreme leader", "general secretary", "leader", "top leader", "sultan",
      "head of state", "head of government", "chairman", "emperor", "crown prince");

  static boolean isLeaderTitle(String title) {
    String t = title.toLowerCase(Locale.ROOT).replace(".", "").strip();
    int of = t.indexOf(" of ");
    String head = of > 0 && !t.startsWith("head of") ? t.substring(0, of) : t;
    return LEADER_TITLES.contains(head) || head.endsWith(" leader");
  }

  private static final Map<String, String> SYNONYMS = Map.of("defence", "defense", "affairs", "",
      "the", "", "of", "", "and", "", "minister-", "minister", "external", "foreign", "treasury", "finance");

  /** The words of a title, lower case, synonyms unified, order ignored. */
  static String signature(String title) {
    Set<String> words = new java.util.TreeSet<>();
    for (String w : title.toLowerCase(Locale.ROOT).replace(".", "").split("[\\s]+")) {
      String s = SYNONYMS.getOrDefault(w, w);
      if (!s.isEmpty()) {
        words.add(s);
      }
    }
    return String.join(" ", words);
  }

  /**
   * Whether a title as written ("foreign minister", "President") names the same office as a
   * knowledge-base title ("Minister of Foreign Affairs", "President of the Russian Federation").
   */
  static boolean sameOffice(String written, String kbTitle) {
    String a = signature(written);
    String b = signature(kbTitle);
    if (a.equals(b)) {
      return true;
    }
    Set<String> wa = Set.of(a.split(" "));
    Set<String> wb = Set.of(b.split(" "));
    String headA = Lexicon.isRoleNoun(lastWord(written)) ? lastWord(written) : null;
    return headA != null && wb.contains(SYNONYMS.getOrDefault(headA, headA)) && wb.containsAll(wa)
        && !(wb.contains("deputy") && !wa.contains("deputy")) && !(wb.contains("vice") && !wa.contains("vice"))
        && !(wb.contains("prime") && !wa.contains("prime"));
  }
}
