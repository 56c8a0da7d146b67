package org.dossier.nlp.event;

import java.util.List;
import java.util.Set;
import org.dossier.model.TimeMention;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Sentence;
import org.dossier.nlp.doc.Token;
import org.dossier.nlp.event.WindowArgs.Args;

import static org.dossier.nlp.event.WindowWords.*;

/**
 * Window coder, dates: the calendar time expression in the predicate's own clause (no clause
 * boundary between), one in a fronted phrase, else the publication date for a present or
 * simple-past clause with no temporal anchor.
 *
 * <p>To be retired: {@link ClauseContext#date} attaches times through the parse; kept until it
 * measures as well. Per document; not thread-safe.
 */
final class WindowDates {
  private final Doc doc;
  private final List<Token> tokens;
  private final List<TimeMention> times;
  private final String published;
  private final NarrativeDay narrative;

  WindowDates(WindowDoc d, NarrativeDay narrative) {
    this.doc = d.doc;
    this.tokens = d.tokens;
    this.times = d.times;
    this.published = d.published;
    this.narrative = narrative;
  }

  /** Present forms of "have": a perfect with one of them is a recent event. */
  static final Set<String> PRESENT_PERFECT = Set.of("has", "have", "'ve");


  private static final Set<String> RELATIVE_ANCHORS = EventWords.get().words("relative-anchor");

  static final Set<String> TEMPORAL_ANCHORS = Set.of("before", "after", "since", "until", "ago");

  /**
   * The date of the time expression governing the predicate's clause; else the publication date
   * for present or simple-past clauses with no temporal anchor; else null.
   */
  String date(Sentence s, int head, Args a, String mode, boolean nominal) {
    int anchor = nominal ? -1 : anchorOf(s, a.chainStart);
    if (anchor >= 0) {
      // a background clause ("after US forces toppled X") keeps a time of its own, else none
      String inside = governingTime(s, head, false, anchor);
      return inside != null ? inside : measuredAnchor(s, anchor);
    }
    String own = governingTime(s, head, nominal);
    if (own != null) {
      return own;
    }
    if (a.governor >= 0 && a.governor != head) {
      String gov = governingTime(s, a.governor, false);
      if (gov != null) {
        return gov;
      }
    }
    String simultaneous = whenTime(s, a.chainStart);
    if (simultaneous != null) {
      return simultaneous;
    }
    if (mode.equals("future")) {
      return EventDates.futureMonth(published);
    }
    if (!mode.equals("asserted") && !mode.equals("reported")) {
      return null;
    }
    int verb = nominal ? a.governor : head;
    if (verb < 0) {
      return null;
    }
    int main = participleMain(s, a.chainStart, verb);
    if (main >= 0) {
      // "X added to the calls, warning that ...": the participle happens when its main clause does
      String t = governingTime(s, main, false);
      return t != null ? t : pastOrPublished(main, tokens.get(main).pos());
    }
    // a past perfect ("had sent") and relative anchoring ("weeks before the invasion") have no date
    // of their own; a present perfect ("has asked") reports a recent event, dated as a simple past
    for (int j = a.chainStart; j < verb; j++) {
      String l = lower(tokens.get(j).lemma());
      if (l.equals("have") && !PRESENT_PERFECT.contains(lower(tokens.get(j).word()))) {
        return null;
      }
    }
    for (int j = verb + 1; j < Math.min(s.endToken(), verb + 12); j++) {
      String w = lower(tokens.get(j).word());
      if (TEMPORAL_ANCHORS.contains(w)) {
        return null;
      }
      if (w.equals(",") || w.equals(";")) {
        break;
      }
    }
    String tag = tokens.get(verb).pos();
    String finite = tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") ? tag : null;
    if (finite == null) {
      for (int j = a.chainStart; j < verb; j++) {
        String t = tokens.get(j).pos();
        if (t.equals("VBD") || t.equals("VBZ") || t.equals("VBP")) {
          finite = t;
        }
      }
    }
    if (finite == null && intentHolder(a.chainStart) >= 0) {
      // "said he had no plans to meet X": the refusal is stated when the intent is denied
      verb = intentHolder(a.chainStart);
      finite = tokens.get(verb).pos();
    }
    return finite == null ? null : pastOrPublished(verb, finite);
  }

  /**
   * For an infinitive after a denied intent ("had no plans to meet", "has no intention to"): the
   * finite verb that holds the intent noun, or -1.
   */
  private int intentHolder(int chainStart) {
    if (chainStart < 3 || !tokens.get(chainStart).pos().equals("TO")
        || !EventWords.get().isOf("intent-noun", lower(tokens.get(chainStart - 1).lemma()))
        || !lower(tokens.get(chainStart - 2).word()).equals("no")) {
      return -1;
    }
    String tag = tokens.get(chainStart - 3).pos();
    return tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") ? chainStart - 3 : -1;
  }

  /**
   * The date of a tensed clause with no time of its own at token {@code verb}: the story's
   * narrative day for a simple past ({@code finite} VBD) when one is in force, else the
   * publication date.
   */
  private String pastOrPublished(int verb, String finite) {
    String day = finite.equals("VBD") ? narrative.at(doc.offsets().toCodePoint(tokens.get(verb).begin())) : null;
    return day != null ? day : published;
  }

  /**
   * The date of an intent coded from an act announced for later ("Next year we will buy seed"):
   * {@link #date}, unless that is after publication, which can only be the act's time; the intent
   * is stated by then, so it takes the publication date (as {@code ClauseContext.intentDate}).
   */
  String intentDate(Sentence s, int head, Args a, String mode, boolean nominal) {
    String d = date(s, head, a, mode, nominal);
    return EventDates.after(d, published) ? published : d;
  }

  /**
   * The subordinator that opens the clause of the verb chain at {@code chainStart} and anchors it
   * to another event ("years after US forces toppled the regime"), or -1: such a background event
   * has no date of its own and must not take the report's (as {@code ClauseContext#date}).
   */
  int anchorOf(Sentence s, int chainStart) {
    for (int j = chainStart - 1; j >= Math.max(s.firstToken(), chainStart - 8); j--) {
      Token t = tokens.get(j);
      if (RELATIVE_ANCHORS.contains(lower(t.word())) && t.pos().equals("IN")) {
        return j;
      }
      if (t.isVerb() || t.pos().equals("MD") || t.word().equals(",") || t.pos().startsWith("W")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The date of a clause opened by "after" or "before" at token {@code anchor} with a measured
   * interval in front ("came a week after five people were killed"): the date of the nearest
   * finite verb before it, moved back (after) or forward (before) by the interval; else null.
   */
  private String measuredAnchor(Sentence s, int anchor) {
    String mark = lower(tokens.get(anchor).word());
    int sign = mark.equals("after") ? -1 : mark.equals("before") ? 1 : 0;
    if (sign == 0 || anchor <= s.firstToken()) {
      return null;
    }
    String duration = EventDates.intervalBefore(doc, tokens, times, anchor);
    if (duration == null) {
      return null;
    }
    for (int j = anchor - 1; j >= s.firstToken(); j--) {
      String tag = tokens.get(j).pos();
      if (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP")) {
        String t = governingTime(s, j, false);
        return EventDates.shift(t != null ? t : pastOrPublished(j, tag), duration, sign);
      }
    }
    return null;
  }

  /**
   * For a clause opened by "when" ("were killed on Saturday when gunmen ambushed"): the calendar
   * time of the clause it is attached to, which it shares; else null.
   */
  String whenTime(Sentence s, int chainStart) {
    int when = -1;
    for (int j = chainStart - 1; j >= Math.max(s.firstToken(), chainStart - 8); j--) {
      Token t = tokens.get(j);
      if (lower(t.word()).equals("when") && t.pos().equals("WRB")) {
        when = j;
        break;
      }
      if (t.isVerb() || t.pos().equals("MD") || t.word().equals(",") || t.pos().startsWith("W")) {
        return null;
      }
    }
    if (when < 0) {
      return null;
    }
    String best = null;
    int sBegin = doc.offsets().toCodePoint(s.begin());
    for (TimeMention tm : times) {
      String value = EventDates.calendar(tm.value());
      if (value == null || tm.start() < sBegin) {
        continue;
      }
      int at = tokenAtCodePoint(s, tm.start());
      if (at >= s.firstToken() && at < when && sameClause(s, at, when, false)) {
        best = value; // the nearest before "when" wins: times are in text order
      }
    }
    return best;
  }

  /**
   * For a present participle right after a comma that has no auxiliary ("..., warning that",
   * "..., killing six"): the finite verb of the clause before it, at most 20 tokens back; else -1.
   */
  int participleMain(Sentence s, int chainStart, int verb) {
    if (chainStart != verb || !tokens.get(verb).pos().equals("VBG") || verb - 1 <= s.firstToken()
        || !tokens.get(verb - 1).word().equals(",")) {
      return -1;
    }
    for (int j = verb - 2; j >= Math.max(s.firstToken(), verb - 20); j--) {
      Token t = tokens.get(j);
      String p = t.pos();
      if (t.word().equals(";") || t.word().equals(":")) {
        return -1;
      }
      if (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP")) {
        return j > s.firstToken() && lower(tokens.get(j - 1).lemma()).equals("have")
            && !PRESENT_PERFECT.contains(lower(tokens.get(j - 1).word())) ? -1 : j;
      }
    }
    return -1;
  }

  /** The value of the time expression in the predicate's own clause, nearest first, or null. */
  String governingTime(Sentence s, int head, boolean nominal) {
    return governingTime(s, head, nominal, -1);
  }

  /** As {@link #governingTime(Sentence, int, boolean)}, among times after token {@code after} only. */
  private String governingTime(Sentence s, int head, boolean nominal, int after) {
    if (times.isEmpty()) {
      return null;
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    int sBegin = doc.offsets().toCodePoint(s.begin());
    int sEnd = doc.offsets().toCodePoint(s.end());
    for (TimeMention tm : times) {
      // only calendar values (2024-05-16, 2024-05, 2024, 2024-W20): not durations or PAST_REF/FUTURE_REF
      String value = EventDates.calendar(tm.value());
      if (value == null || tm.start() < sBegin || tm.end() > sEnd) {
        continue;
      }
      int tokenAt = tokenAtCodePoint(s, tm.start());
      if (tokenAt < 0 || tokenAt <= after) {
        continue;
      }
      boolean reachable = tokenAt > head ? sameClause(s, head, tokenAt, nominal) : sameClause(s, tokenAt, head, false)
          || frontedTime(s, tokenAt, head);
      if (!reachable) {
        continue;
      }
      int d = Math.abs(tokenAt - head);
      if (d < bestDistance) {
        bestDistance = d;
        best = value;
      }
    }
    return best;
  }

  int tokenAtCodePoint(Sentence s, int cp) {
    for (int t = s.firstToken(); t < s.endToken(); t++) {
      int b = doc.offsets().toCodePoint(tokens.get(t).begin());
      int e = doc.offsets().toCodePoint(tokens.get(t).end());
      if (cp >= b && cp < e || b >= cp) {
        return t;
      }
    }
    return -1;
  }

  /** Whether no clause boundary lies between tokens {@code from} and {@code to}. */
  boolean sameClause(Sentence s, int from, int to, boolean nominalRelative) {
    int start = from + 1;
    if (nominalRelative && start + 1 < to && tokens.get(start).word().equals(",")
        && Set.of("which", "that").contains(lower(tokens.get(start + 1).word()))) {
      start += 2;
    }
    for (int j = start; j < to; j++) {
      Token t = tokens.get(j);
      String w = lower(t.word());
      if (w.equals(",") || w.equals(";") || w.equals(":") || t.pos().equals("WDT") || t.pos().equals("WP")
          || w.equals("that") && !t.pos().equals("DT") || SUBORDINATORS.contains(w) || w.equals("since")
          || w.equals("but") || w.equals("and") && j + 1 < to && tokens.get(j + 1).isVerb()) {
        return false;
      }
    }
    return true;
  }

  /** A time in a sentence-initial phrase ("During a visit last month, X warned") governs the main clause. */
  boolean frontedTime(Sentence s, int timeToken, int head) {
    Token first = tokens.get(s.firstToken());
    if (!first.pos().equals("IN") && !first.pos().equals("RB")) {
      return false;
    }
    int comma = -1;
    for (int j = s.firstToken(); j < head; j++) {
      if (tokens.get(j).word().equals(",")) {
        comma = j;
        break;
      }
    }
    if (comma < 0 || timeToken > comma) {
      return false;
    }
    for (int j = comma + 1; j < head; j++) {
      Token t = tokens.get(j);
      String w = lower(t.word());
      if (w.equals(",") || w.equals("that") || t.pos().equals("WDT") || SUBORDINATORS.contains(w)) {
        return false;
      }
    }
    return true;
  }
}
