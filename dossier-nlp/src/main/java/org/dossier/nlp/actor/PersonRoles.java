package org.dossier.nlp.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dossier.kb.KbCountry;
import org.dossier.kb.KbEntity;
import org.dossier.kb.KbRole;
import org.dossier.model.ActorType;
import org.dossier.model.CodePointIndex;
import org.dossier.model.Role;
import org.dossier.nlp.doc.Mention;
import org.dossier.nlp.entity.Lexicon;

import static org.dossier.nlp.actor.ActorNames.*;
import static org.dossier.nlp.actor.Offices.*;

/**
 * A person's knowledge-base link through its titles, and its roles as of the publication date:
 * knowledge-base offices ({@code source: kb}) and roles stated in the text ({@code source: text}).
 * A text role naming the same office as a knowledge-base role replaces it (keeping the knowledge
 * base's "of" when the text has none); an open-ended knowledge-base office is dropped as stale when
 * the document is newer than the knowledge base and the text gives the person, or another person,
 * the office.
 */
final class PersonRoles extends ActorRun {
  PersonRoles(ActorRun run) {
    super(run);
  }

  /**
   * Whether {@code d} is named by {@code surname} alone (no mention of it has a given name) and no
   * other person of the document bears that surname: a surname the text never completes, which the
   * knowledge base may complete when exactly one of its persons of that surname is in office.
   */
  private boolean surnameAlone(Draft d, String surname) {
    if (d.mentions.stream().anyMatch(m -> nameWords(m.text()).size() > 1)) {
      return false;
    }
    for (Draft o : drafts.values()) {
      if (o != d && o.type == ActorType.PERSON
          && o.mentions.stream().anyMatch(m -> nameWords(m.text()).contains(surname))) {
        return false; // "Yoweri and Janet Museveni ... Museveni": the text's own, ambiguous
      }
    }
    return true;
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
      if (ids.isEmpty() && surname != null && surnameAlone(d, surname)) {
        // "Museveni said": the one knowledge-base person of that surname in office on the date
        for (KbEntity e : kb.personsBySurname(surname)) {
          if (!kb.rolesOn(e.id(), date).isEmpty()) {
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
}
