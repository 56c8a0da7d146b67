package org.dossier.nlp.actor;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.kb.KbCountry;
import org.dossier.model.ActorType;
import org.dossier.model.Role;
import org.dossier.nlp.doc.Mention;
import org.dossier.nlp.doc.Sentence;
import org.dossier.nlp.entity.Lexicon;

import static org.dossier.nlp.actor.ActorNames.*;

/**
 * Role descriptions qualified by a country ("China's top leader", "the Russian president") join the
 * one person of the document whose role (from the text or the knowledge base) fits them, and are
 * left alone when none or several fit. They become mentions of that person's actor. Bare
 * descriptions ("the minister") are the reference resolver's
 * ({@link org.dossier.nlp.reference.ReferenceResolver}).
 */
final class DescriptionLinks extends ActorRun {
  DescriptionLinks(ActorRun run) {
    super(run);
  }

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
}
