package org.dossier.nlp.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.model.Actor;
import org.dossier.model.ActorType;
import org.dossier.model.Role;
import org.dossier.nlp.doc.ActorMention;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layer;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.geo.GeoResolver;
import org.dossier.nlp.pipeline.Component;

/**
 * Gives actors without a country the one the text ties them to, once places are resolved: an
 * organisation or group written "X in Y" or "X, Y" takes the country of the located place Y
 * ("an institute in Ohio" → USA), and a person whose role in the text is "of" an actor with a
 * country takes that country ("a fellow at the institute"). A country already known is never
 * changed, an actor linked to the knowledge base keeps the KB's country (an empty one means it
 * has none: "the UN in Geneva"), and nothing is guessed when the text gives no such tie.
 *
 * <p>Stateless and thread-safe.
 */
public final class CountryPropagation implements Component {
  private static final Set<String> LINKS = Set.of("in", "at", ",", "of", "near");

  @Override
  public String name() {
    return "countries";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.ACTORS, Layers.ACTOR_MENTIONS, GeoResolver.GEO);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of();
  }

  @Override
  public Doc apply(Doc doc) {
    List<Actor> actors = doc.get(Layers.ACTORS);
    if (actors.stream().allMatch(a -> a.country() != null)) {
      return doc;
    }
    Map<String, Actor> byId = new HashMap<>();
    actors.forEach(a -> byId.put(a.id(), a));
    List<ActorMention> links = doc.get(Layers.ACTOR_MENTIONS);
    Map<String, String> country = new HashMap<>();
    // organisations and groups placed by the text: "X in Y", "X, Y"
    for (int i = 0; i + 1 < links.size(); i++) {
      ActorMention here = links.get(i);
      ActorMention next = links.get(i + 1);
      Actor a = byId.get(here.actorId());
      Actor place = byId.get(next.actorId());
      if (a == null || place == null || a.country() != null || a.kb() != null || place.country() == null
          || a.code() != null && a.code().startsWith("IGO") // "UN troops in Liberia" are not Liberian
          || (a.type() != ActorType.ORGANIZATION && a.type() != ActorType.GROUP)
          || (place.type() != ActorType.LOCATION && place.type() != ActorType.COUNTRY)) {
        continue;
      }
      String between = doc.text(here.mention().end(), next.mention().begin()).strip().toLowerCase(Locale.ROOT);
      if (LINKS.contains(between) || between.equals("based in") || between.equals(", in")) {
        country.putIfAbsent(a.id(), place.country());
      }
    }
    // persons whose stated role is of an actor with a country
    Map<String, String> countryByName = new HashMap<>();
    for (Actor a : actors) {
      String c = a.country() != null ? a.country() : country.get(a.id());
      if (c != null) {
        countryByName.putIfAbsent(a.name().toLowerCase(Locale.ROOT), c);
        a.aliases().forEach(al -> countryByName.putIfAbsent(al.toLowerCase(Locale.ROOT), c));
      }
    }
    for (Actor a : actors) {
      if (a.type() == ActorType.PERSON && a.country() == null && a.kb() == null) {
        for (Role r : a.roles()) {
          String c = r.of() == null ? null : countryByName.get(r.of().toLowerCase(Locale.ROOT));
          if ("text".equals(r.source()) && c != null) {
            country.putIfAbsent(a.id(), c);
          }
        }
      }
    }
    if (country.isEmpty()) {
      return doc;
    }
    List<Actor> out = new ArrayList<>(actors.size());
    for (Actor a : actors) {
      String c = country.get(a.id());
      out.add(c == null ? a : a.withCountry(c));
    }
    return doc.with(Layers.ACTORS, List.copyOf(out));
  }
}
