package org.dossier.nlp.event;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.TimeMention;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Token;

/**
 * The calendar value an event takes from a time expression's TIMEX value: a day, month, year, ISO
 * week or quarter as it is ("2024-05-16", "2024-05", "2024-W20"); a weekend is its week ("the
 * weekend" 2006-W46-WE → 2006-W46) and a season its year ("in summer" 2006-SU → 2006); durations,
 * times of day and PAST_REF/FUTURE_REF give none. Shared by both event coders, so that an event's
 * date means one thing whichever coded it.
 */
final class EventDates {
  private static final Pattern CALENDAR = Pattern.compile("\\d{4}(-(\\d{2}(-\\d{2})?|W\\d{2}|Q\\d))?");
  private static final Pattern WEEKEND = Pattern.compile("(\\d{4}-W\\d{2})-WE");
  private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");

  private static final Pattern DURATION = Pattern.compile("P(\\d+)([DWY])");
  /** The interval {@link #shift} reads as "on the same day": "hours after", "minutes before". */
  static final String SAME_DAY = "P0D";
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private EventDates() {}

  /**
   * The date of an event anchored to another one by a measured interval ("came a week after five
   * people were killed": {@code sign} -1; "two days before the vote": +1): {@code date} moved by
   * TIMEX duration {@code duration} — whole days or weeks from a day ("2006-12-09" less P1W is
   * "2006-12-02"), whole years from any calendar date, to a year ("2006-12" less P3Y is "2003");
   * null for any other form, as a wrong date is worse than none.
   */
  static String shift(String date, String duration, int sign) {
    if (date == null || duration == null) {
      return null;
    }
    Matcher m = DURATION.matcher(duration);
    if (!m.matches()) {
      return null;
    }
    long n = Long.parseLong(m.group(1)) * sign;
    String unit = m.group(2);
    if (unit.equals("Y")) {
      return date.matches("\\d{4}.*") ? String.valueOf(Integer.parseInt(date.substring(0, 4)) + n) : null;
    }
    if (!DAY.matcher(date).matches()) {
      return null;
    }
    java.time.LocalDate d = java.time.LocalDate.parse(date);
    return (unit.equals("W") ? d.plusWeeks(n) : d.plusDays(n)).toString();
  }

  /**
   * The interval written right before the subordinator at token {@code mark} ("a week after", "two
   * days before"): the TIMEX duration of a time expression ending there, else {@link #SAME_DAY} for
   * an interval shorter than a day ({@code same-day-interval} of event-words.tsv: "hours after"),
   * else null. The one reading both coders date an anchored clause by.
   */
  static String intervalBefore(Doc doc, List<Token> tokens, List<TimeMention> times, int mark) {
    if (mark <= 0) {
      return null;
    }
    int before = doc.offsets().toCodePoint(tokens.get(mark - 1).end());
    for (TimeMention tm : times) {
      if (tm.end() == before && tm.value() != null && tm.value().startsWith("P")) {
        return tm.value();
      }
    }
    String word = tokens.get(mark - 1).word().toLowerCase(Locale.ROOT);
    return EventWords.get().isOf("same-day-interval", word) ? SAME_DAY : null;
  }

  /**
   * The date of a future event with no time of its own in an article published on {@code published}
   * ("X is expected to visit Y"): the month of publication, as news means what is due soon; null
   * without a publication date. (Dev articles: both such events the gold dates are dated so.)
   */
  static String futureMonth(String published) {
    return published == null || published.length() < 7 ? null : published.substring(0, 7);
  }

  /**
   * Whether calendar date {@code value} ("2007", "2006-12", "2006-12-03") begins after day
   * {@code published} ("2006-11-19"); false when either is null or {@code value} is another form.
   */
  static boolean after(String value, String published) {
    if (value == null || published == null || !value.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")
        || published.length() < value.length()) {
      return false;
    }
    return value.compareTo(published.substring(0, value.length())) > 0;
  }

  /** The event date of TIMEX value {@code value}, or null when it names no calendar period. */
  static String calendar(String value) {
    if (value == null) {
      return null;
    }
    if (CALENDAR.matcher(value).matches()) {
      return value;
    }
    Matcher m = WEEKEND.matcher(value);
    if (m.matches()) {
      return m.group(1);
    }
    m = SEASON.matcher(value);
    return m.matches() ? m.group(1) : null;
  }
}
