package org.dossier.nlp.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dossier.model.Event;

/** Merges the events of two coders of the same document. */
final class EventMerge {
  private EventMerge() {}

  static List<Event> merge(List<Event> window, List<Event> clause, String how) {
    List<Event> all = new ArrayList<>();
    switch (how) {
      case "window" -> all.addAll(window);
      case "clause" -> all.addAll(clause);
      case "union" -> {
        all.addAll(window);
        all.addAll(clause);
      }
      case "fill" -> {
        // clause events only where the window coder has no event of the same root in the sentence
        all.addAll(window);
        Set<String> have = new HashSet<>();
        for (Event e : window) {
          have.add(e.evidence().start() + "|" + e.cameo().substring(0, 2));
        }
        for (Event e : clause) {
          if (!have.contains(e.evidence().start() + "|" + e.cameo().substring(0, 2))) {
            all.add(e);
          }
        }
      }
      case "sentence" -> {
        // clause events replace the window coder's in sentences where the clause coder coded any
        Set<Integer> covered = new HashSet<>();
        for (Event e : clause) {
          covered.add(e.evidence().start());
        }
        for (Event e : window) {
          if (!covered.contains(e.evidence().start())) {
            all.add(e);
          }
        }
        all.addAll(clause);
      }
      default -> throw new IllegalArgumentException(how);
    }
    return numbered(all);
  }

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
