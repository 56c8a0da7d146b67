package org.dossier.store.cluster;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days an ISO 8601 date of reduced precision covers: {@code 2022} is the whole year,
 * {@code 2022-02} the month, {@code 2022-W08} the week, {@code 2022-02-24} one day. Two
 * mentions' dates are compatible when their ranges overlap ("2022" contains "2022-02-24").
 *
 * @param value     the ISO value as written
 * @param start     first day, inclusive
 * @param end       last day, inclusive
 * @param precision 3 for a day, 2 for a week or month, 1 for a year
 */
public record DateRange(String value, LocalDate start, LocalDate end, int precision) {
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
  private static final Pattern DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}).*");

  public DateRange {
    Objects.requireNonNull(value, "value");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("date range ends before it starts: " + value);
    }
  }

  /** The range of {@code iso}, or null when it is not a calendar date, week, month or year. */
  public static DateRange parse(String iso) {
    if (iso == null) {
      return null;
    }
    String v = iso.strip();
    try {
      Matcher m;
      if ((m = DAY.matcher(v)).matches()) {
        LocalDate d = LocalDate.parse(m.group(1));
        return new DateRange(m.group(1), d, d, 3);
      }
      if ((m = MONTH.matcher(v)).matches()) {
        YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        return new DateRange(v, ym.atDay(1), ym.atEndOfMonth(), 2);
      }
      if ((m = WEEK.matcher(v)).matches()) {
        int week = Integer.parseInt(m.group(2));
        if (week < 1 || week > 53) {
          return null;
        }
        LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new DateRange(v, monday, monday.plusDays(6), 2);
      }
      if ((m = YEAR.matcher(v)).matches()) {
        int y = Integer.parseInt(m.group(1));
        return new DateRange(v, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), 1);
      }
    } catch (java.time.DateTimeException e) {
      return null;
    }
    return null;
  }

  /** One day. */
  public static DateRange day(LocalDate d) {
    return new DateRange(d.toString(), d, d, 3);
  }

  /** Whether the two ranges share a day. */
  public boolean overlaps(DateRange other) {
    return !start.isAfter(other.end) && !other.start.isAfter(end);
  }
}
