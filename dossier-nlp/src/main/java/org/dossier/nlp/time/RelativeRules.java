package org.dossier.nlp.time;

import static org.dossier.nlp.time.CalendarRules.monthAt;
import static org.dossier.nlp.time.CalendarRules.quarter;
import static org.dossier.nlp.time.CalendarRules.yearExpr;
import static org.dossier.nlp.time.QuantityRules.durationMatch;
import static org.dossier.nlp.time.QuantityRules.quantity;
import static org.dossier.nlp.time.TimeGrammar.DECADE;
import static org.dossier.nlp.time.TimeGrammar.LAST;
import static org.dossier.nlp.time.TimeGrammar.NEXT;
import static org.dossier.nlp.time.TimeGrammar.PARTS_OF_DAY;
import static org.dossier.nlp.time.TimeGrammar.SEASONS;
import static org.dossier.nlp.time.TimeGrammar.UNITS;
import static org.dossier.nlp.time.TimeGrammar.VAGUE_COUNT;
import static org.dossier.nlp.time.TimeGrammar.WEEKDAYS;
import static org.dossier.nlp.time.TimeGrammar.YEAR;
import static org.dossier.nlp.time.TimeGrammar.abs;
import static org.dossier.nlp.time.TimeGrammar.dayNum;
import static org.dossier.nlp.time.TimeGrammar.isNounLike;
import static org.dossier.nlp.time.TimeGrammar.ref;
import static org.dossier.nlp.time.TimeGrammar.rel;
import static org.dossier.nlp.time.TimeValues.month;
import static org.dossier.nlp.time.TimeValues.monthDay;
import static org.dossier.nlp.time.TimeValues.quarter;
import static org.dossier.nlp.time.TimeValues.relativeWeekday;
import static org.dossier.nlp.time.TimeValues.seasonYear;
import static org.dossier.nlp.time.TimeValues.thanksgiving;
import static org.dossier.nlp.time.TimeValues.week;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.dossier.nlp.time.TimeGrammar.Match;
import org.dossier.nlp.time.Timex.Granularity;
import org.dossier.nlp.time.Timex.Type;

/**
 * Relative expressions of the {@link TimeGrammar}: deictic words ("yesterday", "tonight", "last
 * year" via {@code last}/{@code next}/{@code this} + unit, weekday, month or season) and "the year",
 * "the week" naming the period of the reference date. Each reader returns the expression starting at
 * word {@code j}, or null; values are resolved later against the reference date.
 *
 * <p>Stateless and thread-safe: only immutable (or never modified after class initialisation) static
 * lexicons.
 */
final class RelativeRules {
  private RelativeRules() {}

  private static final Set<String> THIS = Set.of("this", "current");

  static Match deictic(Words w, int j, boolean the) {
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

  // ---- this/last/next + unit, "the year"

  static Match relativeUnit(Words w, int j, boolean the) {
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
          if (q != null && q.resolver() != null) {
            String code = q.granularity() == Granularity.HALF ? "-H" : "-Q";
            return rel(j, q.to(), q.granularity(), false, (ref, tense) -> {
              String v = q.resolver().value(ref, tense);
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
        if (y2 != null && y2.fixed() != null) {
          return abs(j, y2.to(), Granularity.YEAR, y2.fixed());
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
}
