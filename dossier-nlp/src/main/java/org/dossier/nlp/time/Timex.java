package org.dossier.nlp.time;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time expression with its linguistic anchoring, richer than the {@code dossier/1}
 * {@link org.dossier.model.TimeMention}: char offsets, token range, type, granularity and how its
 * value was obtained.
 *
 * @param begin       first char (UTF-16) in the document text
 * @param end         char after the expression
 * @param firstToken  index of its first token
 * @param endToken    index after its last token
 * @param text        the expression as written
 * @param type        TimeML type
 * @param value       TimeML/ISO 8601 value ("2024-05-16", "2024-W20", "2024-Q3", "2024-SU", "199",
 *                    "P2D", "PRESENT_REF"), or null when it cannot be resolved (a relative
 *                    expression in a document without a publication date)
 * @param granularity the unit of the value
 * @param relative    whether the value depends on the publication date
 * @param future      whether a tense or modifier pointed to the future when resolving
 */
public record Timex(int begin, int end, int firstToken, int endToken, String text, Type type, String value,
    Granularity granularity, boolean relative, boolean future) {

  /** TimeML TIMEX3 types. */
  public enum Type { DATE, TIME, DURATION, SET }

  /** The unit that a value is stated in. */
  public enum Granularity { TIME, PART_OF_DAY, DAY, WEEK, MONTH, SEASON, QUARTER, HALF, YEAR, DECADE, CENTURY,
    REFERENCE, DURATION }

  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:T.*)?");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(?:-WE)?");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:-(?:SP|SU|FA|WI|H[12]))?");

  public Timex {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(granularity, "granularity");
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("invalid timex span [" + begin + ", " + end + ")");
    }
    if (firstToken < 0 || endToken <= firstToken) {
      throw new IllegalArgumentException("invalid timex tokens [" + firstToken + ", " + endToken + ")");
    }
  }

  /** Whether this names a point or period on the calendar (DATE or TIME), resolved or not. */
  public boolean isDate() {
    return type == Type.DATE || type == Type.TIME;
  }

  /**
   * The calendar value an event dated by this expression should carry: the value without any time
   * of day ("2024-05-16TMO" gives "2024-05-16"); empty for durations, sets, unresolved values and
   * vague references (PRESENT_REF, PAST_REF).
   */
  public Optional<String> dateValue() {
    if (!isDate() || value == null || value.endsWith("_REF")) {
      return Optional.empty();
    }
    int t = value.indexOf('T');
    return Optional.of(t > 0 ? value.substring(0, t) : value);
  }

  /**
   * The first day of the period the value names (2024-W20 gives Monday 2024-05-13, 2024-03 gives
   * 2024-03-01, 2024-SU gives 2024-01-01: seasons and halves fall back to their year); empty when
   * there is no calendar value or it is coarser than a year.
   */
  public Optional<LocalDate> startDate() {
    Optional<String> v = dateValue();
    if (v.isEmpty()) {
      return Optional.empty();
    }
    String s = v.get();
    try {
      Matcher m = DAY.matcher(s);
      if (m.matches()) {
        return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3))));
      }
      m = MONTH.matcher(s);
      if (m.matches()) {
        return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1));
      }
      m = WEEK.matcher(s);
      if (m.matches()) {
        LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)));
        return Optional.of(d.with(java.time.DayOfWeek.MONDAY));
      }
      m = QUARTER.matcher(s);
      if (m.matches()) {
        return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1));
      }
      m = YEAR.matcher(s);
      if (m.matches()) {
        return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), 1, 1));
      }
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
