package org.dossier.nlp.event;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dossier.model.Claim;
import org.dossier.model.Quote;
import org.dossier.model.TimeMention;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.doc.Token;
import org.dossier.nlp.syntax.Clause;
import org.dossier.nlp.syntax.Clauses;

/**
 * What the clause around a predicate says about an event: its mode (negated, hypothetical,
 * future, reported), the actor it rests on, and its date — the calendar time expression attached
 * to the clause, else one on a clause above it (never above a reporting verb), else the
 * publication date for a present or simple-past clause with no anchor of its own.
 *
 * <p>Per document; not thread-safe.
 */
final class ClauseContext {

  private final Doc doc;
  private final Clauses clauses;
  private final List<Token> tokens;
  private final List<TimeMention> times;
  private final List<Quote> quotes;
  private final List<Claim> claims;
  private final ArgumentActors actors;
  private final EventWords words;
  private final String published;
  private final NarrativeDay narrative;

  ClauseContext(Doc doc, Clauses clauses, ArgumentActors actors, EventWords words, NarrativeDay narrative) {
    this.doc = doc;
    this.clauses = clauses;
    this.actors = actors;
    this.words = words;
    this.tokens = doc.get(Layers.TOKENS);
    this.times = doc.find(Layers.TIMES).orElse(List.of());
    this.quotes = doc.find(Layers.QUOTES).orElse(List.of());
    this.claims = doc.find(Layers.CLAIMS).orElse(List.of());
    this.published = doc.info().published() == null ? null : doc.info().published().toString();
    this.narrative = narrative;
  }

  /** Whether the clause states an ongoing state rather than a new event ("has long sought"). */
  boolean background(Clause c) {
    if (!c.hasAuxiliary("have")) {
      return false;
    }
    for (int k : clauses.tree().children(c.predicate(), "advmod")) {
      if (words.isOf("habitual", lower(tokens.get(k).lemma()))) {
        return true;
      }
    }
    return false;
  }

  /** The mode of an event coded on {@code c}: negated, hypothetical, future, reported or asserted. */
  String mode(Clause c, String attributedTo) {
    if (c.negated() || negatedObject(c)) {
      return "negated";
    }
    boolean future = false;
    for (Clause x = c; x != null; x = parent(x)) {
      for (String aux : x.auxiliaries()) {
        if (words.isOf("future-aux", aux)) {
          future = true;
        } else if (words.isOf("hypothetical-aux", aux)) {
          return "hypothetical";
        }
      }
      if (x.mark() != null && words.isOf("conditional", x.mark()) || conditionBelow(x)) {
        return "hypothetical";
      }
      Clause p = parent(x);
      if (p == null || !x.relation().startsWith("xcomp") && !x.relation().startsWith("conj")) {
        break;
      }
      if (x.relation().startsWith("xcomp") && words.isOf("future-matrix", p.lemma())) {
        future = true;
      }
    }
    if (future) {
      return "future";
    }
    return attributedTo != null ? "reported" : "asserted";
  }

  /** Whether an object of {@code c} is determined by "no" ("will release no prisoners"). */
  private boolean negatedObject(Clause c) {
    for (int o : c.objects()) {
      for (int d : clauses.tree().children(o, "det")) {
        if (lower(tokens.get(d).lemma()).equals("no")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a conditional clause hangs from {@code c} ("would attack if talks fail"). */
  private boolean conditionBelow(Clause c) {
    for (Clause k : clauses.children(c)) {
      if (k.relation().startsWith("advcl") && k.mark() != null && words.isOf("conditional", k.mark())) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code c} is scheduled by the predicate above it ("was due to meet", "is set to sign"). */
  boolean scheduled(Clause c) {
    Clause p = parent(c);
    return p != null && c.relation().startsWith("xcomp") && words.isOf("future-matrix", p.lemma());
  }

  /** The actor the event on {@code c} rests on: a quote's speaker, a claim's source, a reporting verb's subject. */
  String attribution(Clause c) {
    int cp = doc.offsets().toCodePoint(tokens.get(c.predicate()).begin());
    for (Quote q : quotes) {
      if (q.speaker() != null && !"term".equals(q.kind()) && q.start() <= cp && cp < q.end()) {
        return q.speaker();
      }
    }
    for (Claim cl : claims) {
      if (cl.source() != null && cl.start() <= cp && cp < cl.end()) {
        return cl.source();
      }
    }
    Clause reporting = reportingAbove(c);
    if (reporting != null) {
      List<String> speakers = actors.of(reporting.passive() ? reporting.agents() : reporting.subjects());
      if (!speakers.isEmpty()) {
        return speakers.get(0);
      }
    }
    return null;
  }

  /** The reporting clause whose complement holds {@code c}, or null. */
  Clause reportingAbove(Clause c) {
    for (Clause x = c; x != null; x = parent(x)) {
      Clause p = parent(x);
      if (p != null && words.isReporting(p.lemma())
          && (x.relation().startsWith("ccomp") || x.relation().startsWith("parataxis"))) {
        return p;
      }
    }
    return null;
  }

  /** The date of the event coded on {@code c} with {@code mode}, or null. */
  String date(Clause c, String mode) {
    String own = timeOf(c);
    if (own != null) {
      return own;
    }
    for (Clause x = c; x != null; x = parent(x)) {
      if (x.mark() != null && words.isOf("relative-anchor", x.mark())) {
        // a background clause ("after US forces toppled X") never takes its main clause's time
        return measuredAnchor(x);
      }
      Clause p = parent(x);
      if (p == null) {
        break;
      }
      if (words.isReporting(p.lemma()) && !x.relation().startsWith("conj")) {
        // "France said Tuesday it was sending troops": a complement with no time and no perfect
        // of its own happens when it is said; a perfect ("said it had sent") is earlier, undated
        if (!x.hasAuxiliary("have") && !c.hasAuxiliary("have") && x.relation().startsWith("ccomp")) {
          String said = timeOf(p);
          if (said != null) {
            return said;
          }
        }
        break;
      }
      String t = timeOf(p);
      if (t != null) {
        return t;
      }
    }
    if (mode.equals("future")) {
      return EventDates.futureMonth(published);
    }
    if (mode.equals("hypothetical")) {
      // "Bonino said aid could be sent": a possibility stated in someone's words is dated by the
      // statement, a bare one ("if talks fail") has no date
      Clause reporting = reportingAbove(c);
      return reporting == null || reporting.id() == c.id() ? null : date(reporting, "asserted");
    }
    if (!mode.equals("asserted") && !mode.equals("reported")) {
      return null;
    }
    if (c.hasAuxiliary("have") && !presentPerfect(c)) {
      return null; // past perfect: an earlier event with no date of its own
    }
    if (c.mark() != null && words.isOf("relative-anchor", c.mark())) {
      return measuredAnchor(c);
    }
    String tense = finiteTag(c);
    if (tense == null) {
      return null;
    }
    // a simple past with no time of its own is told on the story's narrative day when one is in force
    String day = tense.equals("VBD") ? narrative.at(doc.offsets().toCodePoint(tokens.get(c.predicate()).begin())) : null;
    return day != null ? day : published;
  }

  /**
   * The date of an intent coded from an act announced for later ("Next year we will buy seed"):
   * the intent is stated when it is said, so a time after publication, which can only be the act's,
   * gives way to the date of the reporting clause above, else to the publication date; an earlier
   * or unknown time stays {@link #date}.
   */
  String intentDate(Clause c, String mode) {
    String d = date(c, mode);
    if (!EventDates.after(d, published)) {
      return d;
    }
    Clause reporting = reportingAbove(c);
    String said = reporting == null || reporting.id() == c.id() ? null : date(reporting, "asserted");
    return said != null && !EventDates.after(said, published) ? said : published;
  }

  /**
   * The date of a clause anchored by "after" or "before" with a measured interval in front of the
   * subordinator ("came a week after five people were killed"): the date of the clause it hangs
   * from, moved back (after) or forward (before) by the interval (see {@link EventDates#shift}), or
   * on that day for an interval shorter than a day ({@code same-day-interval}: "hours after");
   * null without such an interval or a date to move.
   */
  private String measuredAnchor(Clause c) {
    int sign = c.mark().equals("after") ? -1 : c.mark().equals("before") ? 1 : 0;
    Clause p = parent(c);
    if (sign == 0 || p == null) {
      return null;
    }
    int mark = -1;
    for (int t = c.begin(); t < c.predicate(); t++) {
      if (lower(tokens.get(t).word()).equals(c.mark())) {
        mark = t;
        break;
      }
    }
    String interval = EventDates.intervalBefore(doc, tokens, times, mark);
    return interval == null ? null : EventDates.shift(date(p, "asserted"), interval, sign);
  }

  /** Whether {@code c}'s "have" is present ("has asked"): news reports a recent event with it. */
  private boolean presentPerfect(Clause c) {
    for (int k : clauses.tree().children(c.predicate())) {
      String r = clauses.tree().relation(k);
      String w = lower(tokens.get(k).word());
      if (r.startsWith("aux") && lower(tokens.get(k).lemma()).equals("have")) {
        return w.equals("has") || w.equals("have") || w.equals("'ve");
      }
    }
    return false;
  }

  /**
   * The finite tag (VBD, VBZ or VBP) that tenses {@code c}: its own verb's or auxiliary's, else that
   * of the clause it is coordinated with, the complement of or a participial adjunct of; null for an
   * untensed clause.
   */
  private String finiteTag(Clause c) {
    for (Clause x = c; x != null; x = parent(x)) {
      String tag = tokens.get(x.predicate()).pos();
      if (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP")) {
        return tag;
      }
      for (int k : clauses.tree().children(x.predicate())) {
        String r = clauses.tree().relation(k);
        String t = tokens.get(k).pos();
        if ((r.startsWith("aux") || r.equals("cop")) && (t.equals("VBD") || t.equals("VBZ") || t.equals("VBP"))) {
          return t;
        }
      }
      if (!x.relation().startsWith("conj") && !x.relation().startsWith("xcomp") && !participial(x)
          && x.kind() != Clause.Kind.NOMINAL) {
        return null;
      }
    }
    return null;
  }

  /**
   * Whether {@code x} is a participial adjunct with no tense of its own ("Fino, speaking after a
   * meeting, said"; "backed by Ethiopia, the troops entered"): it takes the tense of its clause,
   * as a noun does ("issued a directive urging").
   */
  private boolean participial(Clause x) {
    String tag = tokens.get(x.predicate()).pos();
    return (tag.equals("VBG") || tag.equals("VBN")) && x.auxiliaries().isEmpty()
        && (x.relation().startsWith("advcl") || x.relation().equals("acl"));
  }

  /** The calendar value of the time expression whose innermost clause is {@code c}, nearest first. */
  private String timeOf(Clause c) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (TimeMention tm : times) {
      String value = EventDates.calendar(tm.value());
      if (value == null) {
        continue;
      }
      int t = tokenAt(tm.start(), c);
      if (t < 0) {
        continue;
      }
      Optional<Clause> in = clauses.enclosing(t);
      if (in.isEmpty() || in.get().id() != c.id()) {
        continue;
      }
      int d = Math.abs(t - c.predicate());
      if (d < bestDistance) {
        bestDistance = d;
        best = value;
      }
    }
    return best;
  }

  /** The token of clause {@code c}'s span at code point {@code cp}, or -1. */
  private int tokenAt(int cp, Clause c) {
    for (int t = c.begin(); t < c.end(); t++) {
      int b = doc.offsets().toCodePoint(tokens.get(t).begin());
      int e = doc.offsets().toCodePoint(tokens.get(t).end());
      if (cp >= b && cp < e) {
        return t;
      }
    }
    return -1;
  }

  private Clause parent(Clause c) {
    return clauses.parent(c).orElse(null);
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
