package org.dossier.eval.articles;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The string operations of the reference scorer ({@code ../shared/gold/score.py}) with Python 3's
 * semantics, so that the port counts exactly what the reference counts: code-point indices (Python
 * strings index code points, Java strings UTF-16 units), {@code str.find}/{@code rfind} on slices,
 * Unicode {@code \w} and {@code \s} as Python's {@code re} reads them for {@code str} patterns,
 * {@code str.strip()} on Unicode whitespace, and {@code f"{x:.0f}"} rounding (half to even on the
 * exact binary value).
 *
 * <p>Stateless and thread-safe.
 */
public final class PyText {
  /** Python's {@code \s} for str patterns: {@code str.isspace()} characters. */
  private static final String SPACE = "[\\t\\n\\x0B\\f\\r\\x1C-\\x1F \\x{85}\\p{Z}]";
  private static final Pattern HONORIFIC = Pattern.compile(
      "^(the|mr\\.?|ms\\.?|mrs\\.?|dr\\.?|president|secretary of state)" + SPACE + "+");
  private static final Pattern SPACES = Pattern.compile(SPACE + "+");

  private PyText() {}

  /**
   * {@code norm(s, names)} of score.py: NFKC, curly single quotes made straight, lower case,
   * stripped; for names a leading article or honorific goes; then everything but word characters,
   * apostrophes, spaces, dots and hyphens is removed and runs of whitespace become one space.
   * {@code null} gives the empty string.
   */
  public static String norm(String s, boolean names) {
    if (s == null) {
      return "";
    }
    s = Normalizer.normalize(s, Normalizer.Form.NFKC).replace('\u2019', '\'').replace('\u2018', '\'');
    s = strip(s.toLowerCase(Locale.ROOT));
    if (names) {
      s = HONORIFIC.matcher(s).replaceFirst("");
    }
    StringBuilder kept = new StringBuilder(s.length());
    s.codePoints().filter(c -> isWord(c) || c == '\'' || c == ' ' || c == '.' || c == '-').forEach(kept::appendCodePoint);
    return strip(SPACES.matcher(kept).replaceAll(" "));
  }

  /** {@link #norm(String, boolean)} for names. */
  public static String norm(String s) {
    return norm(s, true);
  }

  /**
   * Python's {@code \w} for str patterns: {@code str.isalnum()} (letters Lu Ll Lt Lm Lo and the
   * numeric categories Nd Nl No) or the underscore. Unlike Java's Unicode {@code \w}, combining
   * marks are not word characters.
   */
  static boolean isWord(int c) {
    if (c == '_' || Character.isLetter(c)) {
      return true;
    }
    int t = Character.getType(c);
    return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
  }

  /** Python's {@code str.isspace()}. */
  static boolean isSpace(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85;
  }

  /** Python's {@code str.strip()}: Unicode whitespace off both ends. */
  public static String strip(String s) {
    int b = 0;
    int e = s.length();
    while (b < e && isSpace(s.codePointAt(b))) {
      b += Character.charCount(s.codePointAt(b));
    }
    while (e > b && isSpace(s.codePointBefore(e))) {
      e -= Character.charCount(s.codePointBefore(e));
    }
    return s.substring(b, e);
  }

  /** Python's {@code s.strip(chars)} for a set of BMP characters. */
  public static String strip(String s, String chars) {
    int b = 0;
    int e = s.length();
    while (b < e && chars.indexOf(s.charAt(b)) >= 0) {
      b++;
    }
    while (e > b && chars.indexOf(s.charAt(e - 1)) >= 0) {
      e--;
    }
    return s.substring(b, e);
  }

  /** The first {@code n} code points of {@code s} (Python's {@code s[:n]}). */
  public static String head(String s, int n) {
    int cps = s.codePointCount(0, s.length());
    return cps <= n ? s : s.substring(0, s.offsetByCodePoints(0, n));
  }

  /** The length of {@code s} in code points (Python's {@code len}). */
  public static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  /** {@code f"{100 * a / b:.0f}"}: Python rounds the exact binary value half to even. */
  public static String percent(int a, int b) {
    double v = 100.0 * a / b;
    return new BigDecimal(v).setScale(0, RoundingMode.HALF_EVEN).toPlainString();
  }

  /**
   * A text indexed by code points, with Python's {@code find} and {@code rfind} on slices.
   * Immutable.
   */
  public static final class Text {
    private final String text;
    private final int[] cps;

    /** The code points of {@code text}. */
    public Text(String text) {
      this.text = text;
      this.cps = text.codePoints().toArray();
    }

    /** The string. */
    public String string() {
      return text;
    }

    /** Length in code points. */
    public int length() {
      return cps.length;
    }

    /** {@code text.find(sub, start, end)}: the first index in [start, end) where sub lies wholly, or -1. */
    public int find(String sub, int start, int end) {
      int[] s = sub.codePoints().toArray();
      int lo = clamp(start);
      int hi = clamp(end);
      for (int i = lo; i + s.length <= hi; i++) {
        if (matches(s, i)) {
          return i;
        }
      }
      return -1;
    }

    /** {@code text.find(sub, start)}. */
    public int find(String sub, int start) {
      return find(sub, start, cps.length);
    }

    /** {@code text.find(sub)}. */
    public int find(String sub) {
      return find(sub, 0, cps.length);
    }

    /** {@code text.rfind(sub, start, end)}: the last index in [start, end) where sub lies wholly, or -1. */
    public int rfind(String sub, int start, int end) {
      int[] s = sub.codePoints().toArray();
      int lo = clamp(start);
      int hi = clamp(end);
      for (int i = hi - s.length; i >= lo; i--) {
        if (matches(s, i)) {
          return i;
        }
      }
      return -1;
    }

    /** Python's slice clamping: negative indices count from the end. */
    private int clamp(int i) {
      if (i < 0) {
        i += cps.length;
        return Math.max(i, 0);
      }
      return Math.min(i, cps.length);
    }

    private boolean matches(int[] s, int at) {
      for (int k = 0; k < s.length; k++) {
        if (cps[at + k] != s[k]) {
          return false;
        }
      }
      return true;
    }
  }
}
