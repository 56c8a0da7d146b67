package org.dossier.nlp.time;

import static org.dossier.nlp.time.CalendarRules.monthExpr;
import static org.dossier.nlp.time.CalendarRules.weekdayExpr;
import static org.dossier.nlp.time.RelativeRules.deictic;
import static org.dossier.nlp.time.TimeGrammar.LAST;
import static org.dossier.nlp.time.TimeGrammar.NEXT;
import static org.dossier.nlp.time.TimeGrammar.UNITS;
import static org.dossier.nlp.time.TimeGrammar.VAGUE_COUNT;
import static org.dossier.nlp.time.TimeGrammar.YEAR;
import static org.dossier.nlp.time.TimeGrammar.ref;
import static org.dossier.nlp.time.TimeGrammar.rel;
import static org.dossier.nlp.time.TimeValues.month;
import static org.dossier.nlp.time.TimeValues.quarter;
import static org.dossier.nlp.time.TimeValues.week;

import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.nlp.time.TimeGrammar.Match;
import org.dossier.nlp.time.Timex.Granularity;
import org.dossier.nlp.time.Timex.Type;

/**
 * Quantities and clock times of the {@link TimeGrammar}: durations ("three years", "two-day"),
 * offsets ("two weeks ago", "within a month") and times of day ("10:30 a.m. local time"). Each reader
 * returns the expression starting at word {@code j}, or null.
 *
 * <p>Stateless and thread-safe: only immutable (or never modified after class initialisation) static
 * lexicons.
 */
final class QuantityRules {
  private QuantityRules() {}

  private static final Set<String> APPROX = Set.of("about", "around", "nearly", "almost", "roughly", "approximately",
      "some", "just", "only", "barely", "fully", "another");
  private static final Set<String> DURATION_PREPOSITIONS = Set.of("for", "over", "within", "during");
  private static final Set<String> AM = Set.of("a.m", "am", "a.m.");
  private static final Set<String> PM = Set.of("p.m", "pm", "p.m.");
  private static final Set<String> ZONES = Set.of("edt", "est", "gmt", "utc", "cet", "bst", "pdt", "pst", "cdt", "cst",
      "local");
  private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})(?::(\\d{2}))?");

  // ---- quantities: "three years", "two-day", "more than two years ago"

  static Match quantity(Words w, int j, boolean the) {
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

  static Match durationMatch(int from, int to, double n, String unit) {
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

  static Match clockTime(Words w, int j) {
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
      if (day != null && day.granularity() != Granularity.DAY) {
        day = null;
      }
    }
    if (day == null) {
      day = monthExpr(w, dk);
      if (day != null && day.granularity() != Granularity.DAY) {
        day = null;
      }
    }
    if (day != null) {
      Match d = day;
      if (d.resolver() == null) {
        return new Match(j, d.to(), Type.TIME, Granularity.TIME, false, false, d.fixed() + clock, null);
      }
      return new Match(j, d.to(), Type.TIME, Granularity.TIME, true, d.tenseSensitive(), null,
          (ref, tense) -> stripPart(d.resolver().value(ref, tense)) + clock);
    }
    return new Match(j, to, Type.TIME, Granularity.TIME, true, false, null, (ref, tense) -> ref + clock);
  }

  private static String stripPart(String v) {
    int t = v.indexOf('T');
    return t > 0 ? v.substring(0, t) : v;
  }
}
