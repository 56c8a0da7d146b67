package org.dossier.nlp.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.dossier.model.Actor;
import org.dossier.model.ActorType;
import org.dossier.nlp.doc.Sentence;
import org.dossier.nlp.event.WindowTargets.Targets;

/**
 * Window coder, arguments: the source and target actors of a verbal or nominal predicate put
 * together from {@link WindowSubjects} and {@link WindowTargets} (passive agents, reversed entries,
 * withdrawals, mediation parties, locative targets), and the rule that places are locations, not
 * targets ({@link #placesToCountries}). Per document; not thread-safe.
 */
final class WindowArgs {
  private final WindowDoc d;
  private final Map<String, Actor> actors;
  private final WindowPhrases phrases;
  private final WindowSubjects subjects;
  private final WindowTargets targetScan;

  WindowArgs(WindowDoc d, WindowPhrases phrases, WindowSubjects subjects, WindowTargets targetScan) {
    this.d = d;
    this.actors = d.actors;
    this.phrases = phrases;
    this.subjects = subjects;
    this.targetScan = targetScan;
  }

  /** The arguments found for a predicate. */
  static final class Args {
    final LinkedHashSet<String> source = new LinkedHashSet<>();
    final LinkedHashSet<String> target = new LinkedHashSet<>();
    String location;
    boolean passive;
    int chainStart;
    int governor = -1; // verb governing a nominal predicate
  }

  // ---------------------------------------------------------------- arguments

  Args verbArgs(Sentence s, int head, LexEntry entry) {
    Args a = new Args();
    a.chainStart = subjects.chainStart(s, head);
    a.passive = subjects.isPassive(s, head);
    List<String> subject = subjects.subject(s, head, 0);
    Targets right = targetScan.targets(s, head, entry.noun());
    a.location = right.location;
    if (a.passive) {
      a.source.addAll(right.byAgent);
      if (a.source.isEmpty()) {
        a.source.addAll(targetScan.unnamedAgentCountry(s, head)); // "held by an angry crowd near X"
      }
      if (subjects.subjectIsEventNoun(s, a.chainStart)) {
        a.source.addAll(subject);
      } else {
        a.target.addAll(subject);
      }
      a.target.addAll(right.target);
    } else if (entry.has("rev")) {
      a.source.addAll(right.fromPhrase);
      a.target.addAll(subject);
    } else {
      a.source.addAll(subject);
      a.target.addAll(right.target);
      if (a.target.isEmpty() && targetScan.objectBeforeBy(s, head)) {
        a.target.addAll(right.byAgent); // "condemned an attack by X": X is what is condemned
      }
    }
    mediationParties(a, entry, right);
    if (withdrawal(entry.code()) && !right.fromPhrase.isEmpty()) {
      a.target.clear(); // "withdrew its inspectors from Iraq": withdrawn from Iraq
      a.target.addAll(right.fromPhrase);
      a.target.removeAll(a.source);
    }
    if (a.target.isEmpty() && !a.source.isEmpty() && !entry.has("rev") && a.location == null) {
      a.target.addAll(targetScan.laterActor(s, right.end, a.source));
    }
    locativeTarget(a, right);
    return a;
  }

  /** Codes of withdrawing people or ties from somewhere (087x, 161, 166x): the "from" phrase is the target. */
  static boolean withdrawal(String code) {
    return code != null && (code.startsWith("087") || code.startsWith("166") || code.equals("161"));
  }

  Args nounArgs(Sentence s, int head, LexEntry entry) {
    Args a = new Args();
    List<String> possessor = phrases.possessor(s, head);
    Targets right = targetScan.targets(s, head, true);
    a.location = right.location;
    int governor = subjects.governingVerb(s, head);
    a.governor = governor;
    a.chainStart = governor >= 0 ? subjects.chainStart(s, governor) : head;
    if (entry.has("rev")) {
      a.source.addAll(right.fromPhrase);
      a.target.addAll(right.toPhrase.isEmpty() ? possessor : right.toPhrase);
      return a;
    }
    a.source.addAll(right.byAgent);
    if (a.source.isEmpty()) {
      a.source.addAll(possessor);
    }
    if (a.source.isEmpty() && governor >= 0) {
      a.source.addAll(subjects.subject(s, governor, 0));
    }
    if (a.source.isEmpty()) {
      int main = subjects.frontedPhraseMainVerb(s, head);
      if (main >= 0) {
        a.source.addAll(subjects.subject(s, main, 0));
      }
    }
    a.target.addAll(right.target);
    mediationParties(a, entry, right);
    locativeTarget(a, right);
    return a;
  }

  /** A mediation's parties ("mediation between X and Y", CAMEO 045 and 039) are its targets. */
  static void mediationParties(Args a, LexEntry entry, Targets right) {
    String code = entry.code();
    if (a.target.isEmpty() && code != null && (code.startsWith("045") || code.startsWith("039"))) {
      a.target.addAll(right.between);
    }
  }

  /**
   * With no other target, the state (or coded actor) where the act takes place is what it is
   * done to, as PETRARCH codes it: "criticized the closure of guest houses in Bree" targets Bree.
   * Plain places ("in Kharkiv") stay locations.
   */
  static void locativeTarget(Args a, Targets right) {
    if (a.target.isEmpty() && !a.source.isEmpty()) {
      for (String id : right.locative) {
        if (!a.source.contains(id)) {
          a.target.add(id);
        }
      }
    }
  }

  // ---------------------------------------------------------------- event assembly

  /**
   * Places are where an event happens, never its target: a place among the targets ("a visit to
   * Beijing") becomes the location and its country's actor the target; with {@code loc2target} the
   * location's country is the target when no actor is ("an offensive near Kharkiv" targets Ukraine).
   * A sole object place whose country the document does not name stays the target ("blockaded
   * Paris"); locative phrases ("in", "near") never give targets.
   */
  void placesToCountries(Args a, boolean loc2target) {
    List<String> places = new ArrayList<>();
    for (String t : a.target) {
      Actor at = actors.get(t);
      if (at != null && at.type() == ActorType.LOCATION) {
        places.add(t);
      }
    }
    for (String p : places) {
      String country = d.countryOf(p);
      if (country != null || a.target.size() > 1) {
        a.target.remove(p);
        if (a.location == null) {
          a.location = p;
        }
        if (country != null && !a.source.contains(country)) {
          a.target.add(country);
        }
      }
    }
    if (a.location != null && a.source.contains(a.location)) {
      a.location = null;
    }
    if (a.target.isEmpty() && loc2target && a.location != null) {
      Actor loc = actors.get(a.location);
      String country = loc != null && loc.type() == ActorType.LOCATION ? d.countryOf(a.location) : a.location;
      if (country != null && !a.source.contains(country)) {
        a.target.add(country);
      } else if (loc != null && loc.type() == ActorType.LOCATION && !a.source.isEmpty()) {
        a.target.add(a.location); // a domestic act ("lifted the curfew in Cusco") targets the place
      }
    }
    if (a.location != null && a.target.contains(a.location)) {
      Actor loc = actors.get(a.location);
      if (loc == null || loc.type() != ActorType.LOCATION) {
        a.location = null; // a country target is not also its own location
      }
    }
  }

  /**
   * Whether a place the act happens in receives it when no actor does: concessions and hostile acts
   * (roots 08 and 10-20: "lifted the curfew in X", "demonstrated in X", "imposed blockades in X");
   * never meetings, statements, aid or a side's own de-escalation ("declared a ceasefire in X",
   * 087), whose place is only where they happen.
   */
  static boolean locativeRecipient(String code) {
    if (code == null || code.length() < 2) {
      return false;
    }
    int root = (code.charAt(0) - '0') * 10 + (code.charAt(1) - '0');
    return root == 8 && !code.startsWith("087") || root >= 10 && root <= 20;
  }
}
