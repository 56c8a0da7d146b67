package org.dossier.eval.articles;

/**
 * The measures of the article scorer ({@code ../shared/gold/score.py}), in the order of its
 * per-article line. Most are ratios (found / wanted); {@link #PERSON_SPLITS} and
 * {@link #TERM_AS_SPEECH} are counts of errors, where lower is better.
 */
public enum Measure {
  ACTORS("actors"),
  PERSON_PRECISION("person_precision"),
  PERSON_SPLITS("person_splits", true),
  ROLES("roles"),
  COUNTRIES("countries"),
  QUOTES("quotes"),
  SPEAKERS("speakers"),
  TERM_AS_SPEECH("term_as_speech", true),
  EVENTS("events"),
  EVENT_PRECISION("event_precision"),
  EVENT_DATES("event_dates"),
  TIMES("times"),
  CLAIMS("claims"),
  GOALS("goals");

  private final String key;
  private final boolean count;

  Measure(String key) {
    this(key, false);
  }

  Measure(String key, boolean count) {
    this.key = key;
    this.count = count;
  }

  /** The measure's name in score.py's output ({@code person_precision}). */
  public String key() {
    return key;
  }

  /** Whether this is a count of errors (lower is better) rather than a ratio. */
  public boolean isCount() {
    return count;
  }

  /** The measure named {@code key}, or null. */
  public static Measure byKey(String key) {
    for (Measure m : values()) {
      if (m.key.equals(key)) {
        return m;
      }
    }
    return null;
  }
}
