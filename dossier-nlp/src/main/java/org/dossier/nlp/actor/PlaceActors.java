package org.dossier.nlp.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.kb.KbCountry;
import org.dossier.kb.KbEntity;
import org.dossier.model.ActorType;
import org.dossier.nlp.doc.Mention;
import org.dossier.nlp.doc.Token;

import static org.dossier.nlp.actor.ActorNames.*;

/**
 * Countries, places and seats of government: a country mention is keyed by ISO code; a seat used
 * as an agent ("Beijing said") is a mention of its country, and its capital's place actor records
 * the metonymy (see {@link Metonymy}); a locative use is a LOCATION actor with the seat's country.
 * Countries inside hyphenated words ("UK-US talks") are mentions too.
 */
final class PlaceActors extends ActorRun {
  PlaceActors(ActorRun run) {
    super(run);
  }

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
}
