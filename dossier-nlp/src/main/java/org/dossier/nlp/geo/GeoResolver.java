package org.dossier.nlp.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.dossier.kb.KbCountry;
import org.dossier.kb.KnowledgeBase;
import org.dossier.model.Actor;
import org.dossier.model.ActorType;
import org.dossier.model.Geo;
import org.dossier.nlp.doc.ActorMention;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layer;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.doc.Mention;
import org.dossier.nlp.doc.Token;
import org.dossier.nlp.pipeline.Component;

/**
 * Gives {@code LOCATION} and {@code COUNTRY} actors a {@link Geo}: the gazetteer entry that fits the
 * article. Rules, in order of strength:
 * <ol>
 *   <li>a name that is a country (or a world region) is that country, never a town or building;</li>
 *   <li>an apposed qualifier decides: "Harbin, China's northeast", "Springfield, Illinois",
 *       "China's Harbin" restrict candidates to that country or subdivision;</li>
 *   <li>countries and subdivisions the document mentions elsewhere (by name or demonym) favour
 *       candidates inside them;</li>
 *   <li>population is the prior; capitals and subdivision seats get a small bonus; a subdivision
 *       competes as a large place ("Virginia" the state over small towns called Virginia).</li>
 * </ol>
 * When the best candidate is not clearly ahead of a distant rival, or is a small town without any
 * context, the actor keeps {@code geo = null}: a wrong point is worse than none.
 *
 * <p>Produces {@link #GEO} (actor id → geo) and replaces {@link Layers#ACTORS} with located actors.
 * Thread-safe; the gazetteer is loaded once per JVM on first use.
 */
public final class GeoResolver implements Component {
  /** Actor id → resolved location, for resolved actors only. */
  public static final Layer<Map<String, Geo>> GEO = Layer.of("geo");

  private static final double ADMIN1_PRIOR = 6.8;
  private static final double COUNTRY_PRIOR = 9.0;
  private static final double REGION_PRIOR = 8.0;
  private static final double LOCAL_BONUS = 10.0;
  private static final double DOC_BONUS = 3.0;
  private static final double MIN_MARGIN = 0.8;
  private static final long MIN_CONTEXTLESS_POPULATION = 15_000;
  private static final double FAR_KM = 150;

  private final Supplier<Gazetteer> gazetteer;
  private final Supplier<KnowledgeBase> kb;
  private final boolean useContext;

  /** A resolver over the built-in gazetteer and knowledge base. */
  public GeoResolver() {
    this(Gazetteer::builtIn, KnowledgeBase::builtIn);
  }

  /** A resolver over the given sources (for tests and custom gazetteers). */
  public GeoResolver(Supplier<Gazetteer> gazetteer, Supplier<KnowledgeBase> kb) {
    this(gazetteer, kb, true);
  }

  private GeoResolver(Supplier<Gazetteer> gazetteer, Supplier<KnowledgeBase> kb, boolean useContext) {
    this.gazetteer = gazetteer;
    this.kb = kb;
    this.useContext = useContext;
  }

  /**
   * The baseline for evaluation: the most populous candidate (countries and regions first), with no
   * textual context and no ambiguity check.
   */
  public static GeoResolver populationOnly() {
    return new GeoResolver(Gazetteer::builtIn, KnowledgeBase::builtIn, false);
  }

  @Override
  public String name() {
    return "geo";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.MENTIONS, Layers.ACTORS, Layers.ACTOR_MENTIONS);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(GEO);
  }

  @Override
  public Doc apply(Doc doc) {
    List<Actor> actors = doc.get(Layers.ACTORS);
    if (actors.stream().noneMatch(GeoResolver::placeType)) {
      return doc.with(GEO, Map.of());
    }
    Gazetteer gaz = gazetteer.get();
    List<Token> tokens = doc.get(Layers.TOKENS);
    List<Mention> mentions = doc.get(Layers.MENTIONS);
    Map<String, List<Mention>> mentionsOf = new HashMap<>();
    for (ActorMention am : doc.get(Layers.ACTOR_MENTIONS)) {
      mentionsOf.computeIfAbsent(am.actorId(), k -> new ArrayList<>()).add(am.mention());
    }
    Map<Integer, Mention> mentionAtToken = new HashMap<>();
    for (Mention m : mentions) {
      mentionAtToken.put(m.firstToken(), m);
    }
    Context ctx = documentContext(gaz, actors, mentions);
    Map<String, Place> placeOf = new HashMap<>();
    for (Actor a : actors) {
      Place p = placeType(a) ? resolve(gaz, a, mentionsOf.getOrDefault(a.id(), List.of()), tokens,
          mentionAtToken, ctx) : null;
      if (p != null) {
        placeOf.put(a.id(), p);
      }
    }
    if (useContext) {
      // one country per discourse: the countries of the cities and subdivisions settled so far count
      // as named by the document ("Harbin" settles China for "Daqing" later on)
      Set<String> settled = new HashSet<>(ctx.countries());
      placeOf.values().stream().filter(p -> p.kind() == Place.Kind.CITY || p.kind() == Place.Kind.ADMIN1)
          .map(Place::countryCode).filter(java.util.Objects::nonNull).forEach(settled::add);
      if (!settled.equals(ctx.countries())) {
        Context wider = new Context(settled, ctx.admins());
        for (Actor a : actors) {
          if (placeType(a)) {
            Place p = resolve(gaz, a, mentionsOf.getOrDefault(a.id(), List.of()), tokens, mentionAtToken, wider);
            if (p != null) {
              placeOf.put(a.id(), p);
            } else {
              placeOf.remove(a.id());
            }
          }
        }
      }
      // a short form names the place its long form names: "New York" after "New York City",
      // "Washington" beside "Washington, D.C."
      for (Actor a : actors) {
        if (a.type() != ActorType.LOCATION) {
          continue;
        }
        Place longForm = null;
        int found = 0;
        String prefix = Gazetteer.key(a.name()) + " ";
        for (Actor b : actors) {
          Place pb = placeOf.get(b.id());
          if (b != a && pb != null && pb.kind() == Place.Kind.CITY && Gazetteer.key(b.name()).startsWith(prefix)) {
            longForm = pb;
            found++;
          }
        }
        if (found == 1) {
          placeOf.put(a.id(), longForm);
        }
      }
    }
    Map<String, Geo> geo = new LinkedHashMap<>();
    List<Actor> out = new ArrayList<>(actors.size());
    for (Actor a : actors) {
      Place p = placeOf.get(a.id());
      if (p != null) {
        Geo g = p.toGeo();
        geo.put(a.id(), g);
        Actor located = a.withGeo(g);
        if (a.country() == null && g.countryCode() != null) {
          // a place resolved inside a country belongs to it ("Virginia" → USA)
          String iso3 = iso3(g.countryCode());
          if (iso3 != null) {
            located = located.withCountry(iso3);
          }
        }
        out.add(located);
      } else {
        out.add(a);
      }
    }
    return doc.with(Layers.ACTORS, List.copyOf(out)).with(GEO, Map.copyOf(geo));
  }

  private String iso3(String iso2) {
    return kb.get().countries().stream().filter(c -> iso2.equalsIgnoreCase(c.iso2())).map(c -> c.iso3())
        .findFirst().orElse(null);
  }

  private static boolean placeType(Actor a) {
    return a.type() == ActorType.LOCATION || a.type() == ActorType.COUNTRY;
  }

  /** Countries and subdivisions the document names anywhere, and the countries of its demonyms. */
  private Context documentContext(Gazetteer gaz, List<Actor> actors, List<Mention> mentions) {
    Set<String> countries = new HashSet<>();
    Map<String, Set<String>> admins = new HashMap<>();
    for (Actor a : actors) {
      if (!placeType(a)) {
        continue;
      }
      for (Place p : gaz.lookup(a.name())) {
        if (p.kind() == Place.Kind.COUNTRY) {
          countries.add(p.countryCode());
        }
      }
    }
    KnowledgeBase k = kb.get();
    for (Mention m : mentions) {
      if ("MISC".equals(m.label())) {
        k.countryByDemonym(m.text()).map(KbCountry::iso2).ifPresent(countries::add);
      }
    }
    for (Actor a : actors) {
      if (!placeType(a)) {
        continue;
      }
      for (Place p : gaz.lookup(a.name())) {
        if (p.kind() == Place.Kind.ADMIN1 && countries.contains(p.countryCode())) {
          admins.computeIfAbsent(p.countryCode() + "|" + p.name(), x -> new HashSet<>()).add(a.id());
        }
      }
    }
    return new Context(countries, admins);
  }

  /**
   * @param countries ISO alpha-2 codes of the countries the document names
   * @param admins    "CC|subdivision" the document may name → the actors whose name it may be; an
   *                  actor never supports its own reading ("Washington" the state does not make
   *                  "Washington" a city in Washington state)
   */
  private record Context(Set<String> countries, Map<String, Set<String>> admins) {
    boolean namesAdmin(Place p, Actor self) {
      Set<String> by = p.admin1() == null ? null : admins.get(p.countryCode() + "|" + p.admin1());
      return by != null && (by.size() > 1 || !by.contains(self.id()));
    }
  }

  /** The place the actor is, or null when unknown or unsettled. */
  Place resolve(Gazetteer gaz, Actor a, List<Mention> ms, List<Token> tokens, Map<Integer, Mention> mentionAt,
      Context ctx) {
    List<Place> candidates = new ArrayList<>(gaz.lookup(a.name()));
    for (String alias : a.aliases()) {
      for (Place p : gaz.lookup(alias)) {
        if (!candidates.contains(p)) {
          candidates.add(p);
        }
      }
    }
    if (candidates.isEmpty()) {
      return null;
    }
    // rule 1: a country or region name is that country or region
    for (Place.Kind kind : List.of(Place.Kind.COUNTRY, Place.Kind.REGION)) {
      List<Place> of = candidates.stream().filter(p -> p.kind() == kind).toList();
      if (of.size() == 1) {
        return of.get(0);
      }
    }
    if (a.type() == ActorType.COUNTRY) {
      return null;
    }
    if (useContext && a.metonymy() != null) {
      // a seat standing for its government: the name denotes the capital of that country
      Place capital = capitalOf(gaz, candidates, a.country());
      if (capital != null) {
        return capital;
      }
    }
    if (!useContext) {
      return candidates.stream().max(java.util.Comparator.comparingDouble(GeoResolver::prior)).orElse(null);
    }
    List<Place> qualifiers = new ArrayList<>();
    for (Mention m : ms) {
      for (Place q : qualifiersOf(gaz, m, tokens, mentionAt)) {
        // a subdivision containing no candidate is a list ("Oregon, Washington and Idaho"), not a
        // qualifier; a country containing none still says the place is not any of them
        if (q.kind() == Place.Kind.COUNTRY || candidates.stream().anyMatch(p -> within(p, q))) {
          qualifiers.add(q);
        }
      }
    }
    Place best = null;
    Place second = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    double secondScore = Double.NEGATIVE_INFINITY;
    boolean bestHasContext = false;
    for (Place p : candidates) {
      double s = prior(p);
      boolean local = qualifiers.stream().anyMatch(q -> within(p, q));
      boolean inDoc = p.countryCode() != null && ctx.countries().contains(p.countryCode());
      if (local) {
        s += LOCAL_BONUS;
      }
      if (inDoc) {
        s += DOC_BONUS;
      }
      if (ctx.namesAdmin(p, a)) {
        s += DOC_BONUS / 2;
      }
      if (s > bestScore) {
        second = best;
        secondScore = bestScore;
        best = p;
        bestScore = s;
        bestHasContext = local || inDoc;
      } else if (s > secondScore) {
        second = p;
        secondScore = s;
      }
    }
    if (!qualifiers.isEmpty() && !bestHasContext) {
      return null; // the text says where it is, and no candidate is there
    }
    if (best.kind() == Place.Kind.CITY && !bestHasContext && best.population() < MIN_CONTEXTLESS_POPULATION) {
      return null;
    }
    if (second != null && bestScore - secondScore < MIN_MARGIN && distanceKm(best, second) > FAR_KM) {
      return null;
    }
    return best;
  }

  /** The most populous capital (PPLC) among the candidates lying in the country {@code iso3}, or null. */
  private Place capitalOf(Gazetteer gaz, List<Place> candidates, String iso3) {
    if (iso3 == null) {
      return null;
    }
    String iso2 = kb.get().country(iso3).map(KbCountry::iso2).orElse(null);
    if (iso2 == null) {
      return null;
    }
    // the name may not be the gazetteer's ("Washington" for "Washington, D.C.")
    return candidates.stream()
        .filter(p -> p.kind() == Place.Kind.CITY && "PPLC".equals(p.featureCode()) && iso2.equals(p.countryCode()))
        .max(java.util.Comparator.comparingLong(Place::population)).or(() -> gaz.capital(iso2)).orElse(null);
  }

  /** Log population, with a bonus for capitals and seats; subdivisions count as large places. */
  static double prior(Place p) {
    return switch (p.kind()) {
      case COUNTRY -> COUNTRY_PRIOR;
      case REGION -> REGION_PRIOR;
      case ADMIN1 -> ADMIN1_PRIOR;
      case CITY -> Math.log10(p.population() + 10.0) + switch (p.featureCode()) {
        case "PPLC" -> 1.5;
        case "PPLA" -> 0.7;
        case "PPLA2" -> 0.2;
        default -> 0.0;
      };
    };
  }

  /**
   * Places named right next to a mention that say where it is: "X, Illinois", "X, China's
   * northeast", "X in Ukraine's east", "China's X", "X (Ukraine)".
   */
  private static List<Place> qualifiersOf(Gazetteer gaz, Mention m, List<Token> tokens, Map<Integer, Mention> mentionAt) {
    List<Place> out = new ArrayList<>(2);
    int after = m.endToken();
    if (after + 1 < tokens.size()) {
      String w = tokens.get(after).word();
      if (w.equals(",") || w.equals("(") || w.equals("-LRB-") || w.equalsIgnoreCase("in")) {
        Mention q = mentionAt.get(after + 1);
        if (q != null) {
          addAreas(gaz, q.text(), out);
        }
      }
    }
    int before = m.firstToken() - 1;
    if (before >= 1 && isPossessive(tokens.get(before).word())) {
      for (int start = Math.max(0, before - 4); start < before; start++) {
        Mention q = mentionAt.get(start);
        if (q != null && q.endToken() == before) {
          addAreas(gaz, q.text(), out);
        }
      }
    }
    return out;
  }

  private static boolean isPossessive(String w) {
    return w.equals("'s") || w.equals("\u2019s") || w.equals("'");
  }

  private static void addAreas(Gazetteer gaz, String name, List<Place> out) {
    for (Place p : gaz.lookup(name)) {
      if (p.kind() == Place.Kind.COUNTRY || p.kind() == Place.Kind.ADMIN1) {
        out.add(p);
      }
    }
  }

  /** Whether {@code p} lies in the country or subdivision {@code area}. */
  private static boolean within(Place p, Place area) {
    if (p == area || p.countryCode() == null || !p.countryCode().equals(area.countryCode())) {
      return false;
    }
    if (area.kind() == Place.Kind.COUNTRY) {
      return true;
    }
    return area.kind() == Place.Kind.ADMIN1 && p.kind() == Place.Kind.CITY
        && (area.name().equals(p.admin1()) || area.admin1Code().equals(p.admin1Code()));
  }

  static double distanceKm(Place a, Place b) {
    double la1 = Math.toRadians(a.lat());
    double la2 = Math.toRadians(b.lat());
    double dLa = la2 - la1;
    double dLo = Math.toRadians(b.lon() - a.lon());
    double h = Math.sin(dLa / 2) * Math.sin(dLa / 2) + Math.cos(la1) * Math.cos(la2) * Math.sin(dLo / 2) * Math.sin(dLo / 2);
    return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}
