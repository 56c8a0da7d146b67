package org.dossier.nlp.time;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads one number written in digits ("1,200", "11.1", "3rd") or words ("two", "twenty-five",
 * "fifth"). Multi-word numbers ("two hundred", "1.2 million") are assembled by callers from the
 * values of their parts, using {@link #multiplier}.
 *
 * <p>Stateless and thread-safe.
 */
public final class NumberWords {
  private NumberWords() {}

  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,3}(?:,[0-9]{3})+(?:\\.[0-9]+)?|[0-9]+(?:\\.[0-9]+)?|\\.[0-9]+");
  private static final Pattern ORDINAL_DIGITS = Pattern.compile("([0-9]+)(?:st|nd|rd|th)");

  private static final Map<String, Integer> UNITS = Map.ofEntries(
      Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
      Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
      Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
      Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
      Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
      Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
      Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
      Map.entry("dozen", 12), Map.entry("a", 1), Map.entry("an", 1), Map.entry("single", 1),
      Map.entry("half", 0));

  private static final Map<String, Integer> ORDINALS = Map.ofEntries(
      Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
      Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
      Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
      Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
      Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
      Map.entry("nineteenth", 19), Map.entry("twentieth", 20), Map.entry("thirtieth", 30),
      Map.entry("twenty-first", 21), Map.entry("thirty-first", 31));

  private static final Map<String, Double> MULTIPLIERS = Map.ofEntries(
      Map.entry("hundred", 1e2), Map.entry("thousand", 1e3), Map.entry("million", 1e6),
      Map.entry("billion", 1e9), Map.entry("trillion", 1e12), Map.entry("m", 1e6), Map.entry("mn", 1e6),
      Map.entry("bn", 1e9), Map.entry("b", 1e9), Map.entry("k", 1e3), Map.entry("tn", 1e12),
      Map.entry("mln", 1e6), Map.entry("bln", 1e9));

  /**
   * The cardinal value of {@code word} (lower case), or {@code null} when it is not a number.
   * Hyphenated word numbers ("twenty-five") are read whole. "a" and "an" read as 1, "half" as 0:
   * callers decide whether an article counts.
   */
  public static Double cardinal(String word) {
    if (word == null || word.isEmpty()) {
      return null;
    }
    char c = word.charAt(0);
    if ((c >= '0' && c <= '9') || c == '.') {
      if (!DIGITS.matcher(word).matches()) {
        return null;
      }
      try {
        return Double.parseDouble(word.replace(",", ""));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    Integer v = UNITS.get(word);
    if (v != null) {
      return v.doubleValue();
    }
    int dash = word.indexOf('-');
    if (dash > 0) {
      Integer tens = UNITS.get(word.substring(0, dash));
      Integer ones = UNITS.get(word.substring(dash + 1));
      if (tens != null && ones != null && tens >= 20 && tens % 10 == 0 && ones > 0 && ones < 10) {
        return (double) (tens + ones);
      }
    }
    return null;
  }

  /** The value of an ordinal ("third", "3rd", "twenty-first"), or {@code null}. */
  public static Integer ordinal(String word) {
    if (word == null || word.isEmpty()) {
      return null;
    }
    var m = ORDINAL_DIGITS.matcher(word);
    if (m.matches()) {
      try {
        return Integer.parseInt(m.group(1));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return ORDINALS.get(word);
  }

  /** The factor of a scale word ("million" → 1e6, "bn" → 1e9, plural too), or {@code null}. */
  public static Double multiplier(String word) {
    if (word == null) {
      return null;
    }
    Double m = MULTIPLIERS.get(word);
    if (m == null && word.endsWith("s") && word.length() > 3) {
      m = MULTIPLIERS.get(word.substring(0, word.length() - 1));
    }
    return m;
  }

  /** Whether {@code word} is written as a cardinal in words (not digits, not an article). */
  public static boolean isWordNumber(String word) {
    return !"a".equals(word) && !"an".equals(word) && !"half".equals(word) && cardinal(word) != null
        && !Character.isDigit(word.charAt(0));
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
