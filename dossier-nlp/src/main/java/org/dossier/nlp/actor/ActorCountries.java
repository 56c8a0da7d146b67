package org.dossier.nlp.actor;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dossier.kb.KbCountry;
import org.dossier.kb.KbRole;
import org.dossier.model.ActorType;
import org.dossier.model.Role;
import org.dossier.nlp.doc.Mention;
import org.dossier.nlp.doc.Sentence;
import org.dossier.nlp.entity.Lexicon;

import static org.dossier.nlp.actor.ActorNames.*;

/**
 * Countries and CAMEO codes of actors without a knowledge-base country: organisations and places
 * from their appositions and names, persons from their roles and the organisation they are of, a
 * minister from a minister of the same delegation named just before; person codes from
 * knowledge-base offices or the country and the role's sector.
 */
final class ActorCountries extends ActorRun {
  ActorCountries(ActorRun run) {
    super(run);
  }

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
}
