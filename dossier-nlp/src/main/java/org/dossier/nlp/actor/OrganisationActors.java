package org.dossier.nlp.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.kb.KbEntity;
import org.dossier.model.ActorType;
import org.dossier.nlp.doc.Mention;
import org.dossier.nlp.doc.Token;

import static org.dossier.nlp.actor.ActorNames.*;

/**
 * Organisations: one actor per knowledge-base entity or normalised name; an acronym joins its
 * expansion ("North Atlantic Treaty Organization (NATO)", or initials that match exactly one
 * organisation of the document). A tagger's "organisation" that is a country or a seat goes to
 * {@link PlaceActors}.
 */
final class OrganisationActors extends ActorRun {
  private final PlaceActors places;

  OrganisationActors(ActorRun run, PlaceActors places) {
    super(run);
    this.places = places;
  }

  void organisations(List<Mention> orgs) {
    Map<String, Draft> byAcronym = new HashMap<>();
    for (Mention m : orgs) {
      KbEntity e = entity(m.text(), ActorType.ORGANIZATION, ActorType.GROUP, ActorType.LOCATION);
      if (e == null && kb.countryByName(m.text()).isEmpty() && kb.countryBySeat(m.text()).isEmpty()) {
        e = codedEntity(m.text(), true);
      }
      if (e == null && kb.countryByName(m.text()).isPresent()) {
        places.country(m); // the tagger's "organisation" Russia
        continue;
      }
      if (e == null && kb.countryBySeat(m.text()).isPresent()) {
        places.location(m); // "the White House said": a seat, agent or place
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
}
