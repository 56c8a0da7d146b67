package org.dossier.nlp.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
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

  private static final Map<String, Integer> MONTHS = new HashMap<>();
  private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();
  private static final Map<String, String> SEASONS = Map.of("spring", "SP", "summer", "SU", "autumn", "FA", "fall", "FA",
      "winter", "WI");
  private static final Map<String, String> PARTS_OF_DAY = Map.of("morning", "MO", "afternoon", "AF", "evening", "EV",
      "night", "NI", "overnight", "NI");
  private static final Map<String, String> UNITS = new HashMap<>();
  private static final Set<String> APPROX = Set.of("about", "around", "nearly", "almost", "roughly", "approximately",
      "some", "just", "only", "barely", "fully", "another");
  private static final Set<String> APPROX_FIRST = Set.of("more", "less", "fewer", "at", "up", "well", "a", "little");
  private static final Set<String> VAGUE_COUNT = Set.of("several", "few", "many", "some", "numerous", "couple");
  private static final Set<String> LAST = Set.of("last", "past", "previous");
  private static final Set<String> NEXT = Set.of("next", "coming");
  private static final Set<String> THIS = Set.of("this", "current");
  private static final Set<String> POSITION = Set.of("early", "late", "mid", "middle", "end", "beginning", "start");
  private static final Set<String> SEASON_PREPOSITIONS = Set.of("in", "during", "early", "late", "this", "since",
      "by", "until", "through", "over", "mid");
  private static final Set<String> DURATION_PREPOSITIONS = Set.of("for", "over", "within", "during");
  private static final Set<String> AM = Set.of("a.m", "am", "a.m.");
  private static final Set<String> PM = Set.of("p.m", "pm", "p.m.");
  private static final Set<String> ZONES = Set.of("edt", "est", "gmt", "utc", "cet", "bst", "pdt", "pst", "cdt", "cst",
      "local");

  private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern SLASH_DAY = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final Pattern YEAR = Pattern.compile("1[0-9]{3}|20[0-9]{2}");
  private static final Pattern DECADE = Pattern.compile("(1[0-9]{2}|20[0-9])0s|'([0-9])0s");
  private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})(?::(\\d{2}))?");
  private static final Pattern QUARTER_CODE = Pattern.compile("q([1-4])");

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

  // ---- absolute forms

  private static Match isoDate(Words w, int j) {
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

  private static Match midWord(Words w, int j) {
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

  private static Integer monthAt(Words w, int j) {
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

  private static Match monthExpr(Words w, int j) {
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

  private static Match dayMonth(Words w, int j) {
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

  private static Match yearExpr(Words w, int j, boolean the) {
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

  // ---- weekdays and deictic words

  private static Match weekdayExpr(Words w, int j) {
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
      if (date != null && date.granularity == Granularity.DAY) {
        return new Match(j, date.to, date.type, date.granularity, date.relative, date.tenseSensitive, date.fixed,
            date.resolver);
      }
    }
    Match date = monthExpr(w, j + 1);
    if (date == null) {
      date = dayMonth(w, j + 1);
    }
    if (date != null && date.granularity == Granularity.DAY) {
      return new Match(j, date.to, date.type, date.granularity, date.relative, date.tenseSensitive, date.fixed,
          date.resolver);
    }
    String part = PARTS_OF_DAY.get(w.w(j + 1));
    int to = part != null ? j + 2 : j + 1;
    String suffix = part != null ? "T" + part : "";
    return rel(j, to, part != null ? Granularity.PART_OF_DAY : Granularity.DAY, true,
        (ref, tense) -> (tense > 0 ? ref.with(TemporalAdjusters.nextOrSame(dow)) : ref.with(TemporalAdjusters.previousOrSame(dow)))
            + suffix);
  }

  private static Match deictic(Words w, int j, boolean the) {
    String x = w.w(j);
    int offset;
    switch (x) {
      case "today" -> offset = 0;
      case "yesterday" -> offset = -1;
      case "tomorrow" -> offset = 1;
      case "tonight" -> {
        return rel(j, j + 1, Granularity.PART_OF_DAY, false, (ref, tense) -> ref + "TNI");
      }
      case "now", "currently", "nowadays", "presently" -> {
        if (the) {
          return null;
        }
        return ref(j, j + 1, "PRESENT_REF");
      }
      case "last" -> {
        if ("night".equals(w.w(j + 1))) {
          return rel(j, j + 2, Granularity.PART_OF_DAY, false, (ref, tense) -> ref.minusDays(1) + "TNI");
        }
        return null;
      }
      case "soon" -> {
        if ("as".equals(w.w(j - 1)) || "as".equals(w.w(j + 1)) || "after".equals(w.w(j + 1)) || the) {
          return null;
        }
        return ref(j, j + 1, "FUTURE_REF");
      }
      case "daily", "weekly", "monthly", "annually", "yearly", "hourly", "quarterly", "nightly" -> {
        if (w.cap(j) && j > 0) {
          return null; // a name: "the Daily Telegraph"
        }
        String v = switch (x) {
          case "daily", "nightly" -> "P1D";
          case "weekly" -> "P1W";
          case "monthly" -> "P1M";
          case "hourly" -> "PT1H";
          case "quarterly" -> "P1Q";
          default -> "P1Y";
        };
        return new Match(j, j + 1, Type.SET, Granularity.DURATION, false, false, v, null);
      }
      case "every", "each" -> {
        String unit = UNITS.get(w.w(j + 1));
        if (unit != null && !w.w(j + 1).endsWith("s")) {
          return new Match(j, j + 2, Type.SET, Granularity.DURATION, false, false,
              ("H".equals(unit) || "MIN".equals(unit) || "S".equals(unit) ? "PT1" : "P1") + ("MIN".equals(unit) ? "M" : unit),
              null);
        }
        DayOfWeek dow = WEEKDAYS.get(w.w(j + 1));
        if (dow != null && w.cap(j + 1)) {
          return new Match(j, j + 2, Type.SET, Granularity.DURATION, false, false, "XXXX-WXX-" + dow.getValue(), null);
        }
        return null;
      }
      case "thanksgiving" -> {
        if (!w.cap(j)) {
          return null;
        }
        int to = "day".equals(w.w(j + 1)) ? j + 2 : j + 1;
        if (YEAR.matcher(w.w(to)).matches()) {
          return abs(j, to + 1, Granularity.DAY, thanksgiving(Integer.parseInt(w.w(to))).toString());
        }
        return rel(j, to, Granularity.DAY, true, (ref, tense) -> {
          LocalDate t = thanksgiving(ref.getYear());
          if (tense <= 0 && t.isAfter(ref.plusDays(31))) {
            t = thanksgiving(ref.getYear() - 1);
          }
          return t.toString();
        });
      }
      case "year-earlier", "year-ago" -> {
        String next = w.w(j + 1);
        int to = "quarter".equals(next) || "period".equals(next) ? j + 2 : j + 1;
        return rel(j, to, Granularity.YEAR, false, (ref, tense) -> Integer.toString(ref.getYear() - 1)).yearsBack(1);
      }
      case "recently", "lately" -> {
        return the ? null : ref(j, j + 1, "PAST_REF");
      }
      case "past" -> {
        if (the && !isNounLike(w, j + 1)) {
          return ref(j, j + 1, "PAST_REF");
        }
        return null;
      }
      case "future" -> {
        if (the && !isNounLike(w, j + 1)) {
          return ref(j, j + 1, "FUTURE_REF");
        }
        return null;
      }
      case "recent" -> {
        String u = UNITS.get(w.w(j + 1));
        if (u != null && w.w(j + 1).endsWith("s") && !"Q".equals(u)) {
          return ref(j, j + 2, "PAST_REF");
        }
        return null;
      }
      case "this" -> {
        String part = PARTS_OF_DAY.get(w.w(j + 1));
        if (part != null && !"overnight".equals(w.w(j + 1))) {
          return rel(j, j + 2, Granularity.PART_OF_DAY, false, (ref, tense) -> ref + "T" + part);
        }
        return null;
      }
      default -> {
        return null;
      }
    }
    String part = PARTS_OF_DAY.get(w.w(j + 1));
    int to = part != null ? j + 2 : j + 1;
    String suffix = part != null ? "T" + part : "";
    int off = offset;
    return rel(j, to, part != null ? Granularity.PART_OF_DAY : Granularity.DAY, false,
        (ref, tense) -> ref.plusDays(off) + suffix);
  }

  private static boolean isNounLike(Words w, int k) {
    String p = w.pos(k);
    return p.startsWith("NN") || p.equals("CD") || p.startsWith("JJ");
  }

  // ---- this/last/next + unit, quarters, seasons

  private static Match relativeUnit(Words w, int j, boolean the) {
    String x = w.w(j);
    int k = j;
    int dir;
    boolean earlierLater = false;
    if ("earlier".equals(x) || "later".equals(x)) {
      // "earlier this year", "later in the week": the period itself
      if (THIS.contains(w.w(j + 1))) {
        k = j + 1;
      } else if ("in".equals(w.w(j + 1)) && "the".equals(w.w(j + 2))) {
        k = j + 2;
      } else {
        return null;
      }
      earlierLater = true;
      x = w.w(k);
    }
    if (THIS.contains(x)) {
      dir = 0;
    } else if (LAST.contains(x)) {
      dir = -1;
    } else if (NEXT.contains(x)) {
      dir = 1;
    } else if ("the".equals(x) && earlierLater) {
      dir = 0;
    } else if (the && !earlierLater) {
      return theUnit(w, j);
    } else {
      return null;
    }
    int u = k + 1;
    if ("coming".equals(w.w(u)) && dir == 0) {
      dir = 1;
      u++;
    }
    String y = w.w(u);
    if ((dir != 0) && (NumberWords.cardinal(y) != null || VAGUE_COUNT.contains(y))) {
      return null; // "the past two years": a duration, read by quantity()
    }
    if (dir == -1 && "past".equals(x) && UNITS.containsKey(y) && !y.endsWith("s")) {
      // "the past year" / "past week" is a duration in TimeML
      return durationMatch(j, u + 1, 1, UNITS.get(y));
    }
    if (dir == -1 && the && "last".equals(x) && UNITS.containsKey(y) && !y.endsWith("s")) {
      return durationMatch(j, u + 1, 1, UNITS.get(y));
    }
    int d = dir;
    DayOfWeek dow = WEEKDAYS.get(y);
    if (dow != null && w.cap(u)) {
      return rel(j, u + 1, Granularity.DAY, false, (ref, tense) -> relativeWeekday(ref, dow, d).toString());
    }
    Integer mo = monthAt(w, u);
    if (mo != null) {
      int month = mo;
      int dayOfMonth = dayNum(w, u + 1);
      if (dayOfMonth > 0 && d != 0) {
        return rel(j, u + 2, Granularity.DAY, false, (ref, tense) -> monthDay(ref, month, dayOfMonth, d));
      }
      return rel(j, u + 1, Granularity.MONTH, false, (ref, tense) -> {
        int yr = d == 0 ? ref.getYear() : d < 0 ? (month < ref.getMonthValue() ? ref.getYear() : ref.getYear() - 1)
            : (month > ref.getMonthValue() ? ref.getYear() : ref.getYear() + 1);
        return month(yr, month);
      });
    }
    String season = SEASONS.get(y);
    if (season != null) {
      return rel(j, u + 1, Granularity.SEASON, false, (ref, tense) -> seasonYear(ref, season, d) + "-" + season);
    }
    switch (y) {
      case "week" -> {
        return rel(j, u + 1, Granularity.WEEK, false, (ref, tense) -> week(ref.plusWeeks(d)));
      }
      case "weekend" -> {
        return rel(j, u + 1, Granularity.WEEK, false, (ref, tense) -> week(ref.plusWeeks(d)) + "-WE");
      }
      case "month" -> {
        return rel(j, u + 1, Granularity.MONTH, false, (ref, tense) -> {
          LocalDate r = ref.plusMonths(d);
          return month(r.getYear(), r.getMonthValue());
        });
      }
      case "year" -> {
        if ("'s".equals(w.w(u + 1))) {
          Match q = quarter(w, u + 2);
          if (q != null && q.resolver != null) {
            String code = q.granularity == Granularity.HALF ? "-H" : "-Q";
            return rel(j, q.to, q.granularity, false, (ref, tense) -> {
              String v = q.resolver.value(ref, tense);
              return (ref.getYear() + d) + code + v.charAt(v.length() - 1);
            });
          }
        }
        return rel(j, u + 1, Granularity.YEAR, false, (ref, tense) -> Integer.toString(ref.getYear() + d));
      }
      case "quarter" -> {
        return rel(j, u + 1, Granularity.QUARTER, false, (ref, tense) -> quarter(ref.plusMonths(3L * d)));
      }
      case "decade" -> {
        return rel(j, u + 1, Granularity.DECADE, false, (ref, tense) -> Integer.toString(ref.getYear() / 10 + d));
      }
      case "century" -> {
        return rel(j, u + 1, Granularity.CENTURY, false, (ref, tense) -> Integer.toString(ref.getYear() / 100 + d));
      }
      default -> {
        return null;
      }
    }
  }

  /** "the year", "the week", "the quarter", "the weekend": the period of the reference date. */
  private static Match theUnit(Words w, int j) {
    int u = j;
    boolean latest = false;
    if ("latest".equals(w.w(u)) || "most".equals(w.w(u)) && "recent".equals(w.w(u + 1))) {
      u += "latest".equals(w.w(u)) ? 1 : 2;
      latest = true;
    }
    String y = w.w(u);
    if (w.w(u + 1).equals("'s") || w.w(u + 1).equals("of") || w.w(u + 1).equals("before") || w.w(u + 1).equals("after")
        || w.w(u + 1).equals("ahead")) {
      return null;
    }
    switch (y) {
      case "year" -> {
        Match y2 = yearExpr(w, u + 1, false);
        if (y2 != null && y2.fixed != null) {
          return abs(j, y2.to, Granularity.YEAR, y2.fixed);
        }
        return latest ? null : rel(j, u + 1, Granularity.YEAR, false, (ref, tense) -> Integer.toString(ref.getYear()));
      }
      case "week" -> {
        return latest ? null : rel(j, u + 1, Granularity.WEEK, false, (ref, tense) -> week(ref));
      }
      case "weekend" -> {
        // the weekend just past, unless the clause looks ahead or it is the weekend now
        return rel(j, u + 1, Granularity.WEEK, true, (ref, tense) ->
            week(tense > 0 || ref.getDayOfWeek().getValue() >= 6 ? ref : ref.minusWeeks(1)) + "-WE");
      }
      case "month" -> {
        return latest ? null : rel(j, u + 1, Granularity.MONTH, false,
            (ref, tense) -> month(ref.getYear(), ref.getMonthValue()));
      }
      case "quarter" -> {
        // news reports results for the quarter just ended
        boolean last = latest;
        return rel(j, u + 1, Granularity.QUARTER, true,
            (ref, tense) -> quarter(tense > 0 && !last ? ref : ref.minusMonths(3)));
      }
      default -> {
        return null;
      }
    }
  }

  private static Match quarter(Words w, int j) {
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

  private static Match seasonExpr(Words w, int j, boolean the) {
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

  private static Match holiday(Words w, int j) {
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

  // ---- quantities: "three years", "two-day", "more than two years ago"

  private static Match quantity(Words w, int j, boolean the) {
    int k = j;
    String x = w.w(k);
    // approximation words belong to the expression: "more than two years ago"
    if (("more".equals(x) || "less".equals(x) || "fewer".equals(x)) && "than".equals(w.w(k + 1))) {
      k += 2;
    } else if ("at".equals(x) && ("least".equals(w.w(k + 1)) || "most".equals(w.w(k + 1)))) {
      k += 2;
    } else if ("up".equals(x) && "to".equals(w.w(k + 1))) {
      k += 2;
    } else if (APPROX.contains(x) && !"some".equals(x)) {
      k += 1;
    } else if ("some".equals(x) && NumberWords.cardinal(w.w(k + 1)) != null && !"a".equals(w.w(k + 1))) {
      k += 1;
    }
    boolean lastNext = false;
    if (LAST.contains(w.w(k)) || NEXT.contains(w.w(k)) || "first".equals(w.w(k))) {
      lastNext = true;
      k++;
    }
    // hyphenated "two-day", "10-year", "three-year-long"
    String word = w.w(k);
    int dash = word.indexOf('-');
    if (dash > 0) {
      String[] parts = word.split("-");
      Double n = NumberWords.cardinal(parts[0]);
      int unitPart = 1;
      if (n != null && parts.length > 2 && NumberWords.cardinal(parts[0] + "-" + parts[1]) != null) {
        n = NumberWords.cardinal(parts[0] + "-" + parts[1]);
        unitPart = 2;
      }
      if (n != null && parts.length > unitPart) {
        String unit = UNITS.get(parts[unitPart]);
        boolean age = parts.length > unitPart + 1 && "old".equals(parts[unitPart + 1]);
        if (unit != null && !age && !"old".equals(w.w(k + 1)) && n > 0) {
          return durationMatch(j, k + 1, n, unit);
        }
      }
      return null;
    }
    Double n;
    int u;
    String c = w.w(k);
    boolean rate = false;
    if ("a".equals(c) || "an".equals(c)) {
      if ("few".equals(w.w(k + 1)) || "couple".equals(w.w(k + 1))) {
        n = Double.NaN;
        u = "of".equals(w.w(k + 2)) ? k + 3 : k + 2;
      } else {
        n = 1.0;
        u = k + 1;
        if ("half".equals(w.w(k + 1))) {
          n = 0.5;
          u = k + 2;
        }
        String prev = w.w(j - 1);
        String prevPos = w.pos(j - 1);
        // "1.2 million barrels a day", "twice a year": a rate, not a time
        if (j == k && (prevPos.startsWith("NNS") || prevPos.equals("CD") || "times".equals(prev) || "twice".equals(prev)
            || "once".equals(prev) || "thrice".equals(prev) || prevPos.equals("NN"))) {
          rate = true;
        }
      }
    } else if (VAGUE_COUNT.contains(c)) {
      n = Double.NaN;
      u = "of".equals(w.w(k + 1)) ? k + 2 : k + 1;
      if ("some".equals(c) && j == k) {
        return null;
      }
    } else if ("dozens".equals(c) || "hundreds".equals(c) || "thousands".equals(c)) {
      n = Double.NaN;
      u = "of".equals(w.w(k + 1)) ? k + 2 : k + 1;
    } else {
      n = NumberWords.cardinal(c);
      if (n == null || (Character.isDigit(c.charAt(0)) && !w.pos(k).equals("CD"))) {
        if (n == null && !lastNext && DURATION_PREPOSITIONS.contains(w.w(j - 1)) && j == k) {
          String unit = UNITS.get(c);
          if (unit != null && c.endsWith("s") && !"Q".equals(unit)) {
            return durationMatch(j, k + 1, Double.NaN, unit); // "for years"
          }
        }
        return null;
      }
      u = k + 1;
      Double mult = NumberWords.multiplier(w.w(u));
      if (mult != null && mult >= 100 && !w.w(u).endsWith("s")) {
        n *= mult;
        u++;
      }
    }
    String unitWord = w.w(u);
    String unit = UNITS.get(unitWord);
    if (unit == null) {
      return null;
    }
    if ("second".equals(unitWord) && j == k && !"ago".equals(w.w(u + 1)) && !"later".equals(w.w(u + 1))) {
      return null; // "a second round": an ordinal
    }
    if (!Double.isNaN(n) && n != 1.0 && n != 0.5 && !unitWord.endsWith("s") && !"yr".equals(unitWord)
        && !(n < 200 && w.pos(u + 1).startsWith("NN"))) {
      // a count takes a plural unit ("the 1988 second quarter" is no duration) unless the phrase
      // modifies a noun ("a six year term")
      return null;
    }
    if ("old".equals(w.w(u + 1)) || "of".equals(w.w(u + 1)) && "age".equals(w.w(u + 2))) {
      return null; // an age
    }
    String after = w.w(u + 1);
    if (!lastNext && ("ago".equals(after) || "earlier".equals(after) || "back".equals(after))) {
      if (Double.isNaN(n) && !"ago".equals(after)) {
        return null;
      }
      return agoMatch(j, u + 2, n, unit, -1);
    }
    if (!lastNext && ("hence".equals(after) || "from".equals(after) && "now".equals(w.w(u + 2)))) {
      return agoMatch(j, "hence".equals(after) ? u + 2 : u + 3, n, unit, 1);
    }
    if (rate || "Q".equals(unit) && !lastNext) {
      return null;
    }
    return durationMatch(j, u + 1, n, unit);
  }

  private static Match agoMatch(int from, int to, double n, String unit, int sign) {
    if (Double.isNaN(n)) {
      return ref(from, to, sign < 0 ? "PAST_REF" : "FUTURE_REF");
    }
    long amount = Math.round(n) * sign;
    return switch (unit) {
      case "Y" -> rel(from, to, Granularity.YEAR, false, (ref, tense) -> Integer.toString(ref.getYear() + (int) amount))
          .yearsBack(sign < 0 ? (int) -amount : 0);
      case "DE" -> rel(from, to, Granularity.YEAR, false, (ref, tense) -> Integer.toString(ref.getYear() + 10 * (int) amount));
      case "CE" -> rel(from, to, Granularity.CENTURY, false, (ref, tense) -> Integer.toString((ref.getYear() + 100 * (int) amount) / 100));
      case "M" -> rel(from, to, Granularity.MONTH, false, (ref, tense) -> {
        LocalDate r = ref.plusMonths(amount);
        return month(r.getYear(), r.getMonthValue());
      });
      case "Q" -> rel(from, to, Granularity.QUARTER, false, (ref, tense) -> quarter(ref.plusMonths(3 * amount)));
      case "W" -> rel(from, to, Granularity.WEEK, false, (ref, tense) -> week(ref.plusWeeks(amount)));
      case "FN" -> rel(from, to, Granularity.WEEK, false, (ref, tense) -> week(ref.plusWeeks(2 * amount)));
      case "D" -> rel(from, to, Granularity.DAY, false, (ref, tense) -> ref.plusDays(amount).toString());
      default -> rel(from, to, Granularity.DAY, false, (ref, tense) -> ref.toString());
    };
  }

  private static Match durationMatch(int from, int to, double n, String unit) {
    String count;
    if (Double.isNaN(n)) {
      count = "X";
    } else {
      double v = n;
      String u = unit;
      switch (unit) {
        case "DE" -> {
          v = n * 10;
          u = "Y";
        }
        case "CE" -> {
          v = n * 100;
          u = "Y";
        }
        case "FN" -> {
          v = n * 2;
          u = "W";
        }
        default -> { }
      }
      count = v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
      unit = u;
    }
    String value = switch (unit) {
      case "H", "S" -> "PT" + count + unit;
      case "MIN" -> "PT" + count + "M";
      case "DE" -> "P" + count + "DE";
      case "CE" -> "P" + count + "CE";
      case "FN" -> "P" + count + "W";
      default -> "P" + count + unit;
    };
    return new Match(from, to, Type.DURATION, Granularity.DURATION, false, false, value, null);
  }

  // ---- clock times

  private static Match clockTime(Words w, int j) {
    String x = w.w(j);
    int h;
    int min = 0;
    int to;
    if ("noon".equals(x) || "midday".equals(x) || "midnight".equals(x)) {
      h = "midnight".equals(x) ? 0 : 12;
      to = j + 1;
    } else if (x.matches("\\d{4}") && (ZONES.contains(w.w(j + 1)) || "hours".equals(w.w(j + 1))
        || "hrs".equals(w.w(j + 1)) || "local".equals(w.w(j + 1)) && "time".equals(w.w(j + 2)))) {
      // military time, "at 1900 GMT", "2130 local time": a time of day, never the year 1900
      h = Integer.parseInt(x.substring(0, 2));
      min = Integer.parseInt(x.substring(2));
      if (h > 23 || min > 59) {
        return null;
      }
      to = j + 1;
      if ("hours".equals(w.w(to)) || "hrs".equals(w.w(to))) {
        to++;
      } else if ("local".equals(w.w(to))) {
        to += 2;
      }
    } else {
      if (x.isEmpty() || !Character.isDigit(x.charAt(0))) {
        return null;
      }
      Matcher m = CLOCK.matcher(x);
      if (!m.matches()) {
        return null;
      }
      h = Integer.parseInt(m.group(1));
      if (m.group(2) != null) {
        min = Integer.parseInt(m.group(2));
      }
      String ap = w.w(j + 1);
      to = j + 2;
      if (AM.contains(ap)) {
        if (h == 12) {
          h = 0;
        }
      } else if (PM.contains(ap)) {
        if (h < 12) {
          h += 12;
        }
      } else if (m.group(2) != null && w.pos(j).equals("CD") && x.length() <= 5) {
        to = j + 1;
      } else {
        return null;
      }
      if (h > 23 || min > 59) {
        return null;
      }
    }
    if (ZONES.contains(w.w(to))) {
      to++;
      if ("time".equals(w.w(to))) {
        to++;
      }
    }
    String clock = String.format("T%02d:%02d", h, min);
    // a day after the clock time fixes its date: "10 p.m. Wednesday"
    int dk = "on".equals(w.w(to)) ? to + 1 : to;
    Match day = weekdayExpr(w, dk);
    if (day == null) {
      day = deictic(w, dk, false);
      if (day != null && day.granularity != Granularity.DAY) {
        day = null;
      }
    }
    if (day == null) {
      day = monthExpr(w, dk);
      if (day != null && day.granularity != Granularity.DAY) {
        day = null;
      }
    }
    if (day != null) {
      Match d = day;
      if (d.resolver == null) {
        return new Match(j, d.to, Type.TIME, Granularity.TIME, false, false, d.fixed + clock, null);
      }
      return new Match(j, d.to, Type.TIME, Granularity.TIME, true, d.tenseSensitive, null,
          (ref, tense) -> stripPart(d.resolver.value(ref, tense)) + clock);
    }
    return new Match(j, to, Type.TIME, Granularity.TIME, true, false, null, (ref, tense) -> ref + clock);
  }

  private static String stripPart(String v) {
    int t = v.indexOf('T');
    return t > 0 ? v.substring(0, t) : v;
  }

  // ---- helpers

  private static int dayNum(Words w, int k) {
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

  private static Match abs(int from, int to, Granularity g, String value) {
    return new Match(from, to, Type.DATE, g, false, false, value, null);
  }

  private static Match rel(int from, int to, Granularity g, boolean tenseSensitive, Resolver r) {
    return new Match(from, to, Type.DATE, g, true, tenseSensitive, null, r);
  }

  private static Match ref(int from, int to, String value) {
    return new Match(from, to, Type.DATE, Granularity.REFERENCE, false, false, value, null);
  }

  private static boolean validDay(int y, int m, int d) {
    if (m < 1 || m > 12 || d < 1) {
      return false;
    }
    return d <= java.time.YearMonth.of(y, m).lengthOfMonth();
  }

  static String day(int y, int m, int d) {
    return String.format("%04d-%02d-%02d", y, m, d);
  }

  static String month(int y, int m) {
    return String.format("%04d-%02d", y, m);
  }

  static String week(LocalDate d) {
    return String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  static String quarter(LocalDate d) {
    return d.getYear() + "-Q" + ((d.getMonthValue() + 2) / 3);
  }

  /**
   * The year of a bare month: the next such month (this one included) when the clause looks
   * ahead, the most recent (this one included) when it looks back, else the nearest.
   */
  /** How far ahead an unmarked month or month-day may lie and still be read as coming. */
  private static final int NEAR_FUTURE_MONTHS = 4;

  static int monthYear(LocalDate ref, int month, int tense) {
    int m = ref.getMonthValue();
    if (tense > 0) {
      return month >= m ? ref.getYear() : ref.getYear() + 1;
    }
    if (tense < 0 || month <= m) {
      return month <= m ? ref.getYear() : ref.getYear() - 1;
    }
    // a later month with nothing pointing ahead: this year's only if it is close (schedules and
    // deadlines: "the deal closes in January"), else the most recent
    return month - m <= NEAR_FUTURE_MONTHS ? ref.getYear() : ref.getYear() - 1;
  }

  /**
   * A month-day without a year: on or after the reference date when the clause looks ahead; on or
   * before when it looks back (but a date within a month ahead stays in this year: deadlines
   * such as "extended to Nov. 16"); else the nearest occurrence.
   */
  static String monthDay(LocalDate ref, int month, int d, int tense) {
    int y = ref.getYear();
    if (!validDay(y, month, d)) {
      // 29 February: the nearest leap year in the direction of the tense
      int step = tense > 0 ? 1 : -1;
      for (int k = 1; k <= 4 && !validDay(y, month, d); k++) {
        y += step;
      }
      return validDay(y, month, d) ? day(y, month, d) : null;
    }
    LocalDate c = LocalDate.of(y, month, d);
    if (tense > 0) {
      // a fortnight of slack: a future verb near a recent date is more often a tagging slip
      if (c.isBefore(ref.minusDays(14))) {
        c = c.plusYears(1);
      }
    } else if (tense < 0) {
      if (c.isAfter(ref.plusDays(31))) {
        c = c.minusYears(1);
      }
    } else if (c.isAfter(ref.plusMonths(NEAR_FUTURE_MONTHS))) {
      c = c.minusYears(1);
    } else if (c.isBefore(ref.minusMonths(12 - NEAR_FUTURE_MONTHS))) {
      c = c.plusYears(1); // "Jan. 14" written in late December
    }
    return c.toString();
  }

  static LocalDate thanksgiving(int year) {
    return LocalDate.of(year, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
  }

  static LocalDate relativeWeekday(LocalDate ref, DayOfWeek dow, int dir) {
    if (dir < 0) {
      return ref.with(TemporalAdjusters.previous(dow));
    }
    if (dir > 0) {
      return ref.with(TemporalAdjusters.next(dow));
    }
    return ref.with(DayOfWeek.MONDAY).with(TemporalAdjusters.nextOrSame(dow));
  }

  /**
   * The year of a season: {@code dir} 0 is the reference year, -1 the last complete such season,
   * +1 the next one; ±2 (no modifier) the most recent or the coming one, this year's if current.
   */
  static int seasonYear(LocalDate ref, String season, int dir) {
    int start = switch (season) {
      case "SP" -> 3;
      case "SU" -> 6;
      case "FA" -> 9;
      default -> 12;
    };
    int m = ref.getMonthValue();
    int y = ref.getYear();
    boolean started = "WI".equals(season) ? m == 12 : m >= start;
    boolean inProgress = "WI".equals(season) ? m == 12 || m <= 2 : m >= start && m < start + 3;
    if ("WI".equals(season) && m <= 2) {
      y--; // January 2024 is in winter 2023
      started = true;
    }
    return switch (dir) {
      case 0 -> y;
      case -1 -> started && !inProgress ? y : y - 1;
      case 1 -> started ? y + 1 : y;
      case -2 -> started ? y : y - 1;
      default -> started && !inProgress ? y + 1 : y;
    };
  }
}
