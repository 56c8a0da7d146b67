package org.dossier.nlp.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.dossier.model.Event;

/**
 * Merges the events of the token-window coder ({@link DocumentCoder}) and the clause coder
 * ({@link ClauseCoder}) of one document. Every window event stays; a clause event joins when it
 * names both a source and a target: the clause coder's readings with an argument missing were
 * measured to add more wrong events than right ones (dev articles: precision 44% with the rule, 40%
 * without it, one event fewer found). A noun names its event but rarely both parties; the clause
 * coder emits no one-argument event from a noun (see {@link ClauseCoder}).
 *
 * <p>One reading with a source and no target joins too: a <em>material</em> act (GDELT quad class 2,
 * material cooperation, or 4, material conflict: sending troops, giving aid, deploying, fighting)
 * of a verb, when the window coder has no event of the same root and a shared source in that
 * sentence. A material act is complete without a named recipient ("France said it was sending
 * 1,000 troops": the troops' destination is in another sentence), while a verbal act (an appeal, a
 * demand, a threat, a meeting) is addressed to someone, and a clause reading that names no addressee
 * is mostly a misreading ("he said ... should be", "called the ballot"). Measured on the dev articles:
 * all target-less verbal clause events would add 11 events, 1 of them right; the material ones
 * added 1, right. Repeats of the same sentence, root, source and target count once; events are
 * numbered in text order.
 */
final class EventMerge {
  private EventMerge() {}

  /** GDELT quad classes of material acts: 2 material cooperation, 4 material conflict. */
  private static final java.util.Set<Integer> MATERIAL = java.util.Set.of(2, 4);

  /** The merged, renumbered events. */
  static List<Event> merge(List<Event> window, List<Event> clause) {
    List<Event> all = new ArrayList<>(window);
    for (Event e : clause) {
      if (!e.source().isEmpty() && (!e.target().isEmpty() || materialUnaddressed(e, window))) {
        all.add(e);
      }
    }
    return numbered(all);
  }

  /**
   * Whether {@code e}, a clause event with no target, is a material act the window coder did not
   * read already (no window event of the same sentence and root shares a source with it).
   */
  static boolean materialUnaddressed(Event e, List<Event> window) {
    return e.target().isEmpty() && e.quad() != null && MATERIAL.contains(e.quad())
        && window.stream().noneMatch(w -> w.evidence().start() == e.evidence().start()
            && w.cameo().regionMatches(0, e.cameo(), 0, 2) && w.source().stream().anyMatch(e.source()::contains));
  }

  /**
   * Of two events of one sentence with the same CAMEO root and the same sources whose targets are
   * both named, the one whose targets are a strict part of the other's goes: the two coders' "ISG
   * called for a withdrawal of US troops" and "... of US troops from Iraq" are one act. When all
   * the wider reading adds are places ({@code isPlace}), the wider one goes instead: "met Kuleba in
   * Warsaw" is a meeting with Kuleba, and the place is its setting. An event without a target stays
   * beside a fuller one (it was measured to be as often the right reading).
   */
  static List<Event> withoutNarrower(List<Event> events, Predicate<String> isPlace) {
    Set<Event> dropped = new HashSet<>();
    for (Event e : events) {
      for (Event f : events) {
        if (f != e && !e.target().isEmpty() && e.evidence().start() == f.evidence().start()
            && e.cameo().regionMatches(0, f.cameo(), 0, 2) && e.source().equals(f.source())
            && f.target().size() > e.target().size() && f.target().containsAll(e.target())) {
          boolean onlyPlaces = f.target().stream().filter(t -> !e.target().contains(t)).allMatch(isPlace);
          dropped.add(onlyPlaces ? f : e);
        }
      }
    }
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      if (!dropped.contains(e)) {
        out.add(e);
      }
    }
    return out;
  }


  /**
   * A place among other targets is where the act happened, not who received it: "met Kuleba and
   * Reznikov in Warsaw" targets the two ministers, and Warsaw becomes the event's location when it
   * has none. An event whose targets are all places keeps them ("visited Malakal and Abyei").
   */
  static List<Event> placesAsSettings(List<Event> events, Predicate<String> isPlace) {
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      List<String> places = e.target().stream().filter(isPlace).toList();
      if (places.isEmpty() || places.size() == e.target().size()) {
        out.add(e);
        continue;
      }
      List<String> parties = e.target().stream().filter(t -> !places.contains(t)).toList();
      String location = e.location() != null ? e.location() : places.get(0);
      out.add(new Event(e.id(), e.cameo(), e.plover(), e.quad(), e.goldstein(), e.label(), e.source(), parties,
          location, e.date(), e.mode(), e.attributedTo(), e.evidence()));
    }
    return out;
  }

  /** Sorts by evidence start, drops repeats of one sentence, root, source and target, numbers e1, e2... */
  static List<Event> numbered(List<Event> events) {
    List<Event> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    List<Event> sorted = new ArrayList<>(events);
    sorted.sort(Comparator.comparingInt(e -> e.evidence().start()));
    for (Event e : sorted) {
      String key = e.evidence().start() + "|" + e.cameo().substring(0, 2) + "|" + e.source() + "|" + e.target();
      if (seen.add(key)) {
        out.add(new Event("e" + (out.size() + 1), e.cameo(), e.plover(), e.quad(), e.goldstein(), e.label(),
            e.source(), e.target(), e.location(), e.date(), e.mode(), e.attributedTo(), e.evidence()));
      }
    }
    return out;
  }
}
