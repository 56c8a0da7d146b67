package org.dossier.nlp.time;

import static org.dossier.nlp.time.TimeGrammar.DECADE;
import static org.dossier.nlp.time.TimeGrammar.MONTHS;
import static org.dossier.nlp.time.TimeGrammar.PARTS_OF_DAY;
import static org.dossier.nlp.time.TimeGrammar.SEASONS;
import static org.dossier.nlp.time.TimeGrammar.WEEKDAYS;
import static org.dossier.nlp.time.TimeGrammar.YEAR;
import static org.dossier.nlp.time.TimeGrammar.abs;
import static org.dossier.nlp.time.TimeGrammar.dayNum;
import static org.dossier.nlp.time.TimeGrammar.isNounLike;
import static org.dossier.nlp.time.TimeGrammar.rel;
import static org.dossier.nlp.time.TimeValues.day;
import static org.dossier.nlp.time.TimeValues.month;
import static org.dossier.nlp.time.TimeValues.monthDay;
import static org.dossier.nlp.time.TimeValues.monthYear;
import static org.dossier.nlp.time.TimeValues.seasonYear;
import static org.dossier.nlp.time.TimeValues.validDay;

import java.time.DayOfWeek;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.nlp.time.TimeGrammar.Match;
import org.dossier.nlp.time.Timex.Granularity;

/**
 * Calendar expressions of the {@link TimeGrammar}: ISO and slash dates, "mid-" words, month and
 * month-day forms ("March 3", "3 March 2006", "May last year"), years and decades, weekdays
 * ("Tuesday morning"), quarters ("Q3", "the second quarter"), seasons and holidays. Each reader
 * returns the expression starting at word {@code j}, or null.
 *
 * <p>Stateless and thread-safe: only immutable (or never modified after class initialisation) static
 * lexicons.
 */
final class CalendarRules {
  private CalendarRules() {}

  private static final Set<String> SEASON_PREPOSITIONS = Set.of("in", "during", "early", "late", "this", "since",
      "by", "until", "through", "over", "mid");
  private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern SLASH_DAY = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final Pattern QUARTER_CODE = Pattern.compile("q([1-4])");

  // ---- absolute forms

  static Match isoDate(Words w, int j) {
    String x = w.w(j);
    if (x.length() < 7 || !Character.isDigit(x.charAt(0))) {
      return null;
    }
    Matcher m = ISO_DAY.matcher(x);
    if (m.matches() && validDay(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))) {
      return abs(j, j + 1, Granularity.DAY, x);
    }
    m = ISO_MONTH.matcher(x);
    if (m.matches() && YEAR.matcher(m.group(1)).matches()) {
      int mo = Integer.parseInt(m.group(2));
      if (mo >= 1 && mo <= 12) {
        return abs(j, j + 1, Granularity.MONTH, x);
      }
    }
    m = SLASH_DAY.matcher(x);
    if (m.matches()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      int y = Integer.parseInt(m.group(3));
      // month first (US) unless the first number cannot be a month
      int mo = a <= 12 ? a : b;
      int d = a <= 12 ? b : a;
      if (validDay(y, mo, d)) {
        return abs(j, j + 1, Granularity.DAY, day(y, mo, d));
      }
    }
    return null;
  }

  static Match midWord(Words w, int j) {
    String rest = w.w(j).substring(4);
    if (YEAR.matcher(rest).matches()) {
      return abs(j, j + 1, Granularity.YEAR, rest);
    }
    Matcher d = DECADE.matcher(rest);
    if (d.matches() && d.group(1) != null) {
      return abs(j, j + 1, Granularity.DECADE, d.group(1));
    }
    Integer mo = MONTHS.get(rest);
    if (mo != null && rest.length() > 3) {
      if (YEAR.matcher(w.w(j + 1)).matches()) {
        return abs(j, j + 2, Granularity.MONTH, month(Integer.parseInt(w.w(j + 1)), mo));
      }
      int month = mo;
      return rel(j, j + 1, Granularity.MONTH, true, (ref, tense) -> month(monthYear(ref, month, tense), month));
    }
    return null;
  }

  static Integer monthAt(Words w, int j) {
    String x = w.w(j);
    Integer mo = MONTHS.get(x);
    if (mo == null || !w.cap(j)) {
      return null;
    }
    if (x.length() <= 4 && !w.raw(j).endsWith(".") && !"may".equals(x) && !"june".equals(x) && !"july".equals(x)
        && !"sept".equals(x)) {
      // bare abbreviations without a period ("Jan", "Mar") only before a day number
      if (dayNum(w, j + 1) < 0) {
        return null;
      }
    }
    if (("may".equals(x) || "march".equals(x)) && !w.pos(j).startsWith("NN") && dayNum(w, j + 1) < 0
        && !YEAR.matcher(w.w(j + 1)).matches()) {
      return null;
    }
    return mo;
  }

  static Match monthExpr(Words w, int j) {
    Integer mo = monthAt(w, j);
    if (mo == null) {
      return null;
    }
    int month = mo;
    int d = dayNum(w, j + 1);
    if (d > 0) {
      int k = j + 2;
      if ("th".equals(w.w(k)) || "st".equals(w.w(k))) {
        k++;
      }
      int yk = ",".equals(w.w(k)) ? k + 1 : k;
      if (YEAR.matcher(w.w(yk)).matches()) {
        int y = Integer.parseInt(w.w(yk));
        if (validDay(y, month, d)) {
          return abs(j, yk + 1, Granularity.DAY, day(y, month, d));
        }
        return null;
      }
      if (d > 31) {
        return null;
      }
      int dd = d;
      int yearShift = yearShift(w, k);
      if (yearShift != Integer.MIN_VALUE) {
        return rel(j, k + 2, Granularity.DAY, false, (ref, tense) -> {
          int y = ref.getYear() + yearShift;
          return validDay(y, month, dd) ? day(y, month, dd) : null;
        });
      }
      return rel(j, k, Granularity.DAY, true, (ref, tense) -> monthDay(ref, month, dd, tense));
    }
    int yk = "of".equals(w.w(j + 1)) || ",".equals(w.w(j + 1)) ? j + 2 : j + 1;
    if (YEAR.matcher(w.w(yk)).matches()) {
      return abs(j, yk + 1, Granularity.MONTH, month(Integer.parseInt(w.w(yk)), month));
    }
    int yearShift = yearShift(w, j + 1);
    if (yearShift != Integer.MIN_VALUE) {
      return rel(j, j + 3, Granularity.MONTH, false, (ref, tense) -> month(ref.getYear() + yearShift, month));
    }
    return rel(j, j + 1, Granularity.MONTH, true, (ref, tense) -> month(monthYear(ref, month, tense), month));
  }

  /** -1, 0 or 1 for "last year", "this year", "next year" at {@code k}; MIN_VALUE otherwise. */
  private static int yearShift(Words w, int k) {
    if (!"year".equals(w.w(k + 1))) {
      return Integer.MIN_VALUE;
    }
    return switch (w.w(k)) {
      case "last" -> -1;
      case "this" -> 0;
      case "next" -> 1;
      default -> Integer.MIN_VALUE;
    };
  }

  static Match dayMonth(Words w, int j) {
    int d = dayNum(w, j);
    if (d <= 0) {
      return null;
    }
    int k = "of".equals(w.w(j + 1)) ? j + 2 : j + 1;
    Integer mo = monthAt(w, k);
    if (mo == null) {
      return null;
    }
    int month = mo;
    int yk = ",".equals(w.w(k + 1)) ? k + 2 : k + 1;
    if (YEAR.matcher(w.w(yk)).matches()) {
      int y = Integer.parseInt(w.w(yk));
      return validDay(y, month, d) ? abs(j, yk + 1, Granularity.DAY, day(y, month, d)) : null;
    }
    return rel(j, k + 1, Granularity.DAY, true, (ref, tense) -> monthDay(ref, month, d, tense));
  }

  static Match yearExpr(Words w, int j, boolean the) {
    String x = w.w(j);
    int k = j;
    if ("fiscal".equals(x)) {
      k++;
      x = w.w(k);
    }
    Matcher dm = DECADE.matcher(x);
    if (dm.matches()) {
      String v = dm.group(1) != null ? dm.group(1) : "19" + dm.group(2);
      return abs(j, k + 1, Granularity.DECADE, v);
    }
    if (("nineteen".equals(x) || "eighteen".equals(x)) && NumberWords.isWordNumber(w.w(k + 1))) {
      double tail = NumberWords.cardinal(w.w(k + 1));
      if (tail >= 10 && tail <= 99 && !"NNS".equals(w.pos(k + 2))) {
        return abs(j, k + 2, Granularity.YEAR, Integer.toString(("nineteen".equals(x) ? 1900 : 1800) + (int) tail));
      }
    }
    if ("two".equals(x) && "thousand".equals(w.w(k + 1)) && !w.pos(k + 2).startsWith("NN")
        && (the || "in".equals(w.w(j - 1)) || "year".equals(w.w(j - 1)))) {
      Double tail = NumberWords.isWordNumber(w.w(k + 2)) ? NumberWords.cardinal(w.w(k + 2)) : null;
      if (tail != null && tail < 100 && !w.pos(k + 3).startsWith("NN")) {
        return abs(j, k + 3, Granularity.YEAR, Integer.toString(2000 + tail.intValue()));
      }
      return abs(j, k + 2, Granularity.YEAR, "2000");
    }
    if (!YEAR.matcher(x).matches() || !w.pos(k).equals("CD")) {
      return null;
    }
    int y = Integer.parseInt(x);
    String before = w.w(j - 1);
    String after = w.w(k + 1);
    String afterPos = w.pos(k + 1);
    if (before.equals("$") || before.equals("#") || before.equals("no") || after.equals("%") || after.equals("percent")) {
      return null;
    }
    if (afterPos.equals("NNS") || afterPos.equals("CD") || afterPos.equals("NNPS")
        || NumberWords.multiplier(after) != null || after.equals("to") && YEAR.matcher(w.w(k + 2)).matches() && false) {
      return null;
    }
    if (y < 1800 && !Set.of("in", "since", "of", "from", "until", "by", "before", "after", "during").contains(before)) {
      return null;
    }
    if (the && !afterPos.startsWith("NN")) {
      // "the 2000" is not a year, "the 2014 election" is
      return null;
    }
    return abs(j, k + 1, Granularity.YEAR, Integer.toString(y));
  }

  // ---- weekdays

  static Match weekdayExpr(Words w, int j) {
    DayOfWeek dow = WEEKDAYS.get(w.w(j));
    if (dow == null || !w.cap(j)) {
      return null;
    }
    // "Friday, May 17, 2024" is absolute
    if (",".equals(w.w(j + 1))) {
      Match date = monthExpr(w, j + 2);
      if (date == null) {
        date = dayMonth(w, j + 2);
      }
      if (date != null && date.granularity() == Granularity.DAY) {
        return new Match(j, date.to(), date.type(), date.granularity(), date.relative(), date.tenseSensitive(), date.fixed(),
            date.resolver());
      }
    }
    Match date = monthExpr(w, j + 1);
    if (date == null) {
      date = dayMonth(w, j + 1);
    }
    if (date != null && date.granularity() == Granularity.DAY) {
      return new Match(j, date.to(), date.type(), date.granularity(), date.relative(), date.tenseSensitive(), date.fixed(),
          date.resolver());
    }
    String part = PARTS_OF_DAY.get(w.w(j + 1));
    int to = part != null ? j + 2 : j + 1;
    String suffix = part != null ? "T" + part : "";
    return rel(j, to, part != null ? Granularity.PART_OF_DAY : Granularity.DAY, true,
        (ref, tense) -> (tense > 0 ? ref.with(TemporalAdjusters.nextOrSame(dow)) : ref.with(TemporalAdjusters.previousOrSame(dow)))
            + suffix);
  }

  // ---- quarters, seasons, holidays

  static Match quarter(Words w, int j) {
    String x = w.w(j);
    int q;
    int to;
    boolean half = false;
    Matcher qc = QUARTER_CODE.matcher(x);
    if (qc.matches() && w.cap(j)) {
      q = Integer.parseInt(qc.group(1));
      to = j + 1;
    } else {
      String ord = x;
      String unit = w.w(j + 1);
      to = j + 2;
      int dash = x.indexOf('-');
      if (dash > 0) {
        ord = x.substring(0, dash);
        unit = x.substring(dash + 1);
        to = j + 1;
      } else if ("fiscal".equals(unit)) {
        unit = w.w(j + 2);
        to = j + 3;
      }
      if (!"quarter".equals(unit) && !"half".equals(unit)) {
        return null;
      }
      Integer o = NumberWords.ordinal(ord);
      half = "half".equals(unit);
      if (o == null || o < 1 || o > (half ? 2 : 4)) {
        return null;
      }
      q = o;
    }
    String code = (half ? "-H" : "-Q") + q;
    int yk = "of".equals(w.w(to)) ? to + 1 : to;
    if (YEAR.matcher(w.w(yk)).matches()) {
      return abs(j, yk + 1, half ? Granularity.HALF : Granularity.QUARTER, w.w(yk) + code);
    }
    int qq = q;
    boolean h = half;
    return rel(j, to, half ? Granularity.HALF : Granularity.QUARTER, true, (ref, tense) -> {
      int cur = h ? (ref.getMonthValue() + 5) / 6 : (ref.getMonthValue() + 2) / 3;
      int yr = ref.getYear();
      if (tense <= 0 && qq > cur) {
        yr--;
      }
      return yr + code;
    });
  }

  static Match seasonExpr(Words w, int j, boolean the) {
    String season = SEASONS.get(w.w(j));
    if (season == null) {
      return null;
    }
    int yk = "of".equals(w.w(j + 1)) ? j + 2 : j + 1;
    if (YEAR.matcher(w.w(yk)).matches()) {
      return abs(j, yk + 1, Granularity.SEASON, w.w(yk) + "-" + season);
    }
    String before = w.w(the ? j - 2 : j - 1);
    if (!SEASON_PREPOSITIONS.contains(before) || "of".equals(w.w(j + 1)) || "in".equals(w.w(j + 1))) {
      return null; // "the fall of the city", "a fall in prices"
    }
    if (isNounLike(w, j + 1) && !w.pos(j + 1).startsWith("JJ")) {
      return null; // "the spring offensive"
    }
    return rel(j, j + 1, Granularity.SEASON, true, (ref, tense) -> seasonYear(ref, season, tense > 0 ? 2 : -2) + "-" + season);
  }

  static Match holiday(Words w, int j) {
    String x = w.w(j);
    int month;
    int day;
    int to = j + 1;
    if ("christmas".equals(x) && w.cap(j)) {
      month = 12;
      day = "eve".equals(w.w(j + 1)) ? 24 : 25;
      to = day == 24 ? j + 2 : j + 1;
      if ("day".equals(w.w(j + 1))) {
        to = j + 2;
      }
    } else if ("new".equals(x) && w.cap(j) && "year".equals(w.w(j + 1)) && "'s".equals(w.w(j + 2))
        && ("day".equals(w.w(j + 3)) || "eve".equals(w.w(j + 3)))) {
      month = "day".equals(w.w(j + 3)) ? 1 : 12;
      day = month == 1 ? 1 : 31;
      to = j + 4;
    } else {
      return null;
    }
    if (YEAR.matcher(w.w(to)).matches()) {
      return abs(j, to + 1, Granularity.DAY, day(Integer.parseInt(w.w(to)), month, day));
    }
    int m = month;
    int d = day;
    return rel(j, to, Granularity.DAY, true, (ref, tense) -> monthDay(ref, m, d, tense));
  }
}
