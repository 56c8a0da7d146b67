package org.dossier.nlp.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dossier.model.ActorType;
import org.dossier.nlp.doc.Mention;

/**
 * A bare group of one sector ("the army", "the military", "police": a CAMEO sector code and no
 * country) names the group of that sector the text last gave a country: "he served in the Ukrainian
 * army ... life in the army was hard" is the Ukrainian army, not the army of the country the story
 * is most about. The group takes that actor's country and composed code (UKRMIL); with no such
 * actor before it, it is left to the story's country ({@link CountryEvidence}). Runs after
 * {@link AgentComposition}, when every code is known.
 */
final class GroupAntecedents extends ActorRun {
  GroupAntecedents(ActorRun run) {
    super(run);
  }

  void run() {
    List<Mention> coded = new ArrayList<>();
    for (Draft d : drafts.values()) {
      if (d.country != null && d.code != null && d.type != ActorType.PERSON) {
        coded.addAll(d.mentions);
      }
    }
    coded.sort(Comparator.comparingInt(Mention::begin));
    for (Draft d : drafts.values()) {
      String sector = bareSector(d);
      if (sector == null || d.mentions.isEmpty()) {
        continue;
      }
      int first = d.mentions.stream().mapToInt(Mention::begin).min().orElseThrow();
      Draft antecedent = null;
      for (Mention m : coded) {
        if (m.begin() >= first) {
          break;
        }
        Draft o = draftOf.get(m);
        if (o != null && o != d && o.code.length() > sector.length() && o.code.endsWith(sector)) {
          antecedent = o; // the latest before the bare group
        }
      }
      if (antecedent != null) {
        d.country = antecedent.country;
        d.code = antecedent.code;
      }
    }
  }

  /** The sector code of a group with no country, knowledge-base entry or base actor, or null. */
  private String bareSector(Draft d) {
    if (d.type != ActorType.GROUP || d.country != null || d.entity != null || d.agentBase != null
        || d.code == null || d.code.length() != 3) {
      return null;
    }
    boolean countryCode = kb.countries().stream().anyMatch(c -> d.code.equals(c.cameo()) || d.code.equals(c.iso3()));
    return countryCode ? null : d.code;
  }
}
