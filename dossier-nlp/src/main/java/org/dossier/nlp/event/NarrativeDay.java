package org.dossier.nlp.event;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.model.TimeMention;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.doc.Sentence;
import org.dossier.nlp.doc.Token;

/**
 * The narrative day of a news story at a point of its text (the reference time of TimeML /
 * Reichenbach): a story published on Monday that has named Sunday ("Sunday's polls", "police
 * announced Wednesday") tells its later undated past-tense events ("a soldier sprayed a polling
 * station", "investigators recommended charges") on that day, not on the day it is published.
 *
 * <p>The day in force at a point is the last day-precision time expression before it that lies
 * before publication, when it lies one to {@value #MAX_DAYS} days before (an older day, "Last
 * Friday" in a Wednesday story, gives none: such a story is not told day by day), unless a subordinator of the {@code relative-anchor}
 * class ("after", "before", "since") precedes it in its sentence: a time in a background clause
 * ("were stopped on Thursday after a woman accused them on Monday") dates that clause, not the
 * story. Times of the publication day or later never open a narrative day (the reporting happens
 * today; the happenings of the day before keep their day). Callers use it only for a simple-past
 * event with no time of its own, where it replaces the publication date.
 *
 * <p>Per document; immutable, so one instance serves both coders of a document.
 */
final class NarrativeDay {
  /** How far back a named day may lie to be the story's day: news tells of the last few days. */
  static final int MAX_DAYS = 3;

  private record Day(int start, String value) {}

  private final List<Day> days = new ArrayList<>();

  /** The narrative days of {@code doc}, read once per document and shared by both event coders. */
  static NarrativeDay of(Doc doc) {
    return new NarrativeDay(doc, EventWords.get().words("relative-anchor"));
  }

  private NarrativeDay(Doc doc, Set<String> anchors) {
    String published = doc.info().published() == null ? null : doc.info().published().toString();
    List<TimeMention> times = doc.find(Layers.TIMES).orElse(List.of());
    if (published == null || times.isEmpty()) {
      return;
    }
    List<Token> tokens = doc.get(Layers.TOKENS);
    List<Sentence> sentences = doc.get(Layers.SENTENCES);
    LocalDate pub = LocalDate.parse(published.substring(0, 10));
    for (TimeMention tm : times) {
      String v = tm.value();
      if (v == null || !v.matches("\\d{4}-\\d{2}-\\d{2}")) {
        continue;
      }
      long back;
      try {
        back = ChronoUnit.DAYS.between(LocalDate.parse(v), pub);
      } catch (DateTimeParseException e) {
        continue;
      }
      if (back < 1 || anchored(doc, tokens, sentences, tm.start(), anchors)) {
        continue;
      }
      // a day further back moves the story away from the last few days: it is in force but gives none
      days.add(new Day(tm.start(), back > MAX_DAYS ? null : v));
    }
  }

  /** The narrative day in force at code point {@code cp}, or null when none is or it is an older day. */
  String at(int cp) {
    String best = null;
    int bestStart = -1;
    for (Day d : days) {
      if (d.start() < cp && d.start() > bestStart) {
        bestStart = d.start();
        best = d.value();
      }
    }
    return best;
  }

  /** Whether a relative-anchor subordinator precedes code point {@code cp} in its sentence. */
  private static boolean anchored(Doc doc, List<Token> tokens, List<Sentence> sentences, int cp,
      Set<String> anchors) {
    for (Sentence s : sentences) {
      if (doc.offsets().toCodePoint(s.begin()) > cp || doc.offsets().toCodePoint(s.end()) <= cp) {
        continue;
      }
      for (int t = s.firstToken(); t < s.endToken(); t++) {
        Token k = tokens.get(t);
        if (doc.offsets().toCodePoint(k.begin()) >= cp) {
          break;
        }
        if (anchors.contains(k.word().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
      return false;
    }
    return false;
  }
}
