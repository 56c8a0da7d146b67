package org.dossier.nlp.actor;

import java.util.Optional;
import org.dossier.kb.KbCountry;
import org.dossier.kb.KbEntity;
import org.dossier.model.ActorType;
import org.dossier.nlp.doc.Mention;
import org.dossier.nlp.doc.Sentence;
import org.dossier.nlp.doc.Token;
import org.dossier.nlp.entity.Lexicon;

import static org.dossier.nlp.actor.ActorNames.*;

/**
 * Groups ("Russian forces") as GROUP actors keyed by country and head noun, with the country's (or
 * region's) CAMEO code and the group's sector ({@code RUSMIL}); and nationality or region adjectives
 * modifying an uncovered noun ("a Senegalese peace plan", "Western sanctions") as mentions of their
 * country or region.
 */
final class GroupActors extends ActorRun {
  GroupActors(ActorRun run) {
    super(run);
  }

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
}
