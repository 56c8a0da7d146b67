package org.dossier.nlp.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * Value arithmetic for time expressions: formats ISO-8601 / TIMEX3 values (day, month, week,
 * quarter) and picks the year or date an underspecified expression (a bare month, month-day,
 * season, weekday) names relative to the reference date and the clause's tense.
 *
 * <p>Pure static functions; stateless and thread-safe.
 */
final class TimeValues {
  private TimeValues() {}

  static boolean validDay(int y, int m, int d) {
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

  /** How far ahead an unmarked month or month-day may lie and still be read as coming. */
  private static final int NEAR_FUTURE_MONTHS = 4;

  /**
   * The year of a bare month: the next such month (this one included) when the clause looks
   * ahead, the most recent (this one included) when it looks back, else the nearest.
   */
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
