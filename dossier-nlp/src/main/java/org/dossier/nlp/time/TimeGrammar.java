package org.dossier.nlp.time;

import static org.dossier.nlp.time.CalendarRules.dayMonth;
import static org.dossier.nlp.time.CalendarRules.holiday;
import static org.dossier.nlp.time.CalendarRules.isoDate;
import static org.dossier.nlp.time.CalendarRules.midWord;
import static org.dossier.nlp.time.CalendarRules.monthExpr;
import static org.dossier.nlp.time.CalendarRules.quarter;
import static org.dossier.nlp.time.CalendarRules.seasonExpr;
import static org.dossier.nlp.time.CalendarRules.weekdayExpr;
import static org.dossier.nlp.time.CalendarRules.yearExpr;
import static org.dossier.nlp.time.QuantityRules.clockTime;
import static org.dossier.nlp.time.QuantityRules.quantity;
import static org.dossier.nlp.time.RelativeRules.deictic;
import static org.dossier.nlp.time.RelativeRules.relativeUnit;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.nlp.time.Timex.Granularity;
import org.dossier.nlp.time.Timex.Type;

/**
 * The rule grammar of time expressions: scans a sentence's {@link Words} left to right and, at each
 * position, reads the longest expression it knows. Each match carries a resolver that turns it into
 * a value given the reference (publication) date and whether the clause points to the future.
 *
 * <p>Stateless and thread-safe; lexicons are static.
 */
final class TimeGrammar {
  private TimeGrammar() {}

  /** Computes the value of a relative expression; {@code ref} is never null. */
  interface Resolver {
    String value(LocalDate ref, int tense);
  }

  /**
   * One expression over words [from, to).
   *
   * @param tenseSensitive whether the value depends on {@code future}
   * @param fixed          the value of an absolute expression (when {@code resolver} is null)
   */
  record Match(int from, int to, Type type, Granularity granularity, boolean relative, boolean tenseSensitive,
      String fixed, Resolver resolver, int yearsBack) {
    Match(int from, int to, Type type, Granularity granularity, boolean relative, boolean tenseSensitive,
        String fixed, Resolver resolver) {
      this(from, to, type, granularity, relative, tenseSensitive, fixed, resolver, 0);
    }

    /** A copy that names the same period {@code years} back ("a year earlier"): see {@link TimeTagger}. */
    Match yearsBack(int years) {
      return new Match(from, to, type, granularity, relative, tenseSensitive, fixed, resolver, years);
    }
  }

  static final Map<String, Integer> MONTHS = new HashMap<>();
  static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();
  static final Map<String, String> SEASONS = Map.of("spring", "SP", "summer", "SU", "autumn", "FA", "fall", "FA",
      "winter", "WI");
  static final Map<String, String> PARTS_OF_DAY = Map.of("morning", "MO", "afternoon", "AF", "evening", "EV",
      "night", "NI", "overnight", "NI");
  static final Map<String, String> UNITS = new HashMap<>();
  static final Set<String> APPROX_FIRST = Set.of("more", "less", "fewer", "at", "up", "well", "a", "little");
  static final Set<String> VAGUE_COUNT = Set.of("several", "few", "many", "some", "numerous", "couple");
  static final Set<String> LAST = Set.of("last", "past", "previous");
  static final Set<String> NEXT = Set.of("next", "coming");
  static final Set<String> POSITION = Set.of("early", "late", "mid", "middle", "end", "beginning", "start");

  static final Pattern YEAR = Pattern.compile("1[0-9]{3}|20[0-9]{2}");
  static final Pattern DECADE = Pattern.compile("(1[0-9]{2}|20[0-9])0s|'([0-9])0s");

  static {
    String[] names = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december"};
    for (int m = 0; m < 12; m++) {
      MONTHS.put(names[m], m + 1);
    }
    String[][] abbrev = {{"jan", "1"}, {"feb", "2"}, {"mar", "3"}, {"apr", "4"}, {"jun", "6"}, {"jul", "7"},
        {"aug", "8"}, {"sep", "9"}, {"sept", "9"}, {"oct", "10"}, {"nov", "11"}, {"dec", "12"}};
    for (String[] a : abbrev) {
      MONTHS.put(a[0], Integer.parseInt(a[1]));
    }
    for (DayOfWeek d : DayOfWeek.values()) {
      WEEKDAYS.put(d.name().toLowerCase(java.util.Locale.ROOT), d);
    }
    String[][] units = {{"second", "S"}, {"minute", "MIN"}, {"hour", "H"}, {"day", "D"}, {"week", "W"},
        {"month", "M"}, {"year", "Y"}, {"decade", "DE"}, {"century", "CE"}, {"quarter", "Q"}, {"fortnight", "FN"}};
    for (String[] u : units) {
      UNITS.put(u[0], u[1]);
      UNITS.put(u[0] + "s", u[1]);
    }
    UNITS.put("centuries", "CE");
    UNITS.put("yr", "Y");
    UNITS.put("yrs", "Y");
  }

  /** The expressions in {@code w}, in order, non-overlapping. */
  static List<Match> scan(Words w) {
    List<Match> out = new ArrayList<>();
    int i = 0;
    while (i < w.size()) {
      Match m = at(w, i);
      if (m != null) {
        out.add(m);
        i = m.to;
      } else {
        i++;
      }
    }
    return out;
  }

  /** The longest expression starting at word {@code i}, or null. */
  static Match at(Words w, int i) {
    int j = i;
    boolean the = false;
    if ("the".equals(w.w(j))) {
      the = true;
      j++;
    }
    // position modifiers keep the value of what they modify: "early March" is 2024-03
    int core = j;
    String p = w.w(j);
    if (POSITION.contains(p)) {
      if (("middle".equals(p) || "end".equals(p) || "beginning".equals(p) || "start".equals(p)) && "of".equals(w.w(j + 1))) {
        core = "the".equals(w.w(j + 2)) ? j + 3 : j + 2;
      } else if (!"middle".equals(p) && !"end".equals(p) && !"beginning".equals(p) && !"start".equals(p)) {
        core = j + 1;
      }
    }
    Match m = null;
    if (core != j) {
      m = core(w, core, the);
    }
    if (m == null) {
      core = j;
      m = core(w, j, the);
    }
    if (m == null) {
      return null;
    }
    if (the && core == i + 1 && !acceptsThe(m, w, core)) {
      return withFrom(m, core);
    }
    return withFrom(m, i);
  }

  private static boolean acceptsThe(Match m, Words w, int core) {
    // "the" belongs to the expression ("the third quarter", "the past two years") unless it
    // determines a noun that an absolute date modifies ("the 2014 election")
    return m.fixed == null || m.type != Type.DATE
        || (m.granularity != Granularity.YEAR && m.granularity != Granularity.MONTH && m.granularity != Granularity.DAY);
  }

  private static Match withFrom(Match m, int from) {
    return new Match(from, m.to, m.type, m.granularity, m.relative, m.tenseSensitive, m.fixed, m.resolver, m.yearsBack);
  }

  private static Match core(Words w, int j, boolean the) {
    String x = w.w(j);
    if (x.isEmpty()) {
      return null;
    }
    Match m;
    if ((m = isoDate(w, j)) != null) {
      return m;
    }
    if ((m = clockTime(w, j)) != null) {
      return m;
    }
    if (x.startsWith("mid-") && x.length() > 4) {
      m = midWord(w, j);
      if (m != null) {
        return m;
      }
    }
    if ((m = monthExpr(w, j)) != null) {
      return m;
    }
    if ((m = dayMonth(w, j)) != null) {
      return m;
    }
    if ((m = weekdayExpr(w, j)) != null) {
      return m;
    }
    if ((m = deictic(w, j, the)) != null) {
      return m;
    }
    if ((m = quarter(w, j)) != null) {
      return m;
    }
    if ((m = relativeUnit(w, j, the)) != null) {
      return m;
    }
    if ((m = quantity(w, j, the)) != null) {
      return m;
    }
    if ((m = yearExpr(w, j, the)) != null) {
      return m;
    }
    if ((m = seasonExpr(w, j, the)) != null) {
      return m;
    }
    return holiday(w, j);
  }

  // ---- helpers

  static boolean isNounLike(Words w, int k) {
    String p = w.pos(k);
    return p.startsWith("NN") || p.equals("CD") || p.startsWith("JJ");
  }

  static int dayNum(Words w, int k) {
    String x = w.w(k);
    if (x.isEmpty()) {
      return -1;
    }
    if (Character.isDigit(x.charAt(0))) {
      if (x.length() <= 2 && x.chars().allMatch(Character::isDigit)) {
        int d = Integer.parseInt(x);
        return d >= 1 && d <= 31 ? d : -1;
      }
      Integer o = NumberWords.ordinal(x);
      return o != null && o >= 1 && o <= 31 ? o : -1;
    }
    return -1;
  }

  static Match abs(int from, int to, Granularity g, String value) {
    return new Match(from, to, Type.DATE, g, false, false, value, null);
  }

  static Match rel(int from, int to, Granularity g, boolean tenseSensitive, Resolver r) {
    return new Match(from, to, Type.DATE, g, true, tenseSensitive, null, r);
  }

  static Match ref(int from, int to, String value) {
    return new Match(from, to, Type.DATE, Granularity.REFERENCE, false, false, value, null);
  }
}
