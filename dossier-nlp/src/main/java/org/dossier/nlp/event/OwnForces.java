package org.dossier.nlp.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.model.Actor;
import org.dossier.model.Event;

/**
 * A source's own armed forces are what it sends, deploys, provides or withdraws, not whom it acts
 * on: "Italy is expected to provide 2,000 soldiers" has no target, nor has "the Council called for
 * the deployment of UN peacekeepers". For appeals, intents, aid, concessions and force postures
 * (CAMEO roots 02, 03, 07, 08, 15) a target that is the military of a source (the same country, or
 * the source's code with MIL after it) is dropped; other roots keep it ("the rebels attacked the
 * army", "the minister praised the troops").
 */
final class OwnForces {
  private static final Set<String> MEANS_ROOTS = Set.of("02", "03", "07", "08", "15");

  private OwnForces() {}

  /** {@code events} with every source's own forces removed from the targets where they are means. */
  static List<Event> dropped(List<Event> events, Map<String, Actor> actors) {
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      if (!MEANS_ROOTS.contains(e.cameo().substring(0, 2))) {
        out.add(e);
        continue;
      }
      List<String> target = new ArrayList<>();
      for (String t : e.target()) {
        if (!ownForce(actors.get(t), e.source(), actors)) {
          target.add(t);
        }
      }
      out.add(target.size() == e.target().size() ? e : new Event(e.id(), e.cameo(), e.plover(), e.quad(),
          e.goldstein(), e.label(), e.source(), List.copyOf(target), e.location(), e.date(), e.mode(),
          e.attributedTo(), e.evidence()));
    }
    return out;
  }

  private static boolean ownForce(Actor t, List<String> sources, Map<String, Actor> actors) {
    if (t == null || t.code() == null || !t.code().endsWith("MIL")) {
      return false;
    }
    for (String id : sources) {
      Actor s = actors.get(id);
      if (s == null) {
        continue;
      }
      if (s.country() != null && s.country().equals(t.country())
          || s.code() != null && t.code().equals(s.code() + "MIL")) {
        return true;
      }
    }
    return false;
  }
}
