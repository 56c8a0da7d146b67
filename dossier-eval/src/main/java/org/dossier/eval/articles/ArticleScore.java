package org.dossier.eval.articles;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The counts of one article (or, summed, of a set of articles) on every {@link Measure}, and the
 * misses behind them. Prints the lines of {@code score.py} (one per article) and of
 * {@code score_set.py} (the TOTAL line), character for character.
 *
 * <p>Immutable.
 */
public final class ArticleScore {
  private final String doc;
  private final Map<Measure, int[]> counts;
  private final List<Miss> misses;

  /**
   * A score.
   *
   * @param doc    the article id, or a label for a sum
   * @param counts for each measure {found, wanted}; for counts of errors {count, 0}
   * @param misses the misses, in score.py's order
   */
  public ArticleScore(String doc, Map<Measure, int[]> counts, List<Miss> misses) {
    this.doc = Objects.requireNonNull(doc, "doc");
    this.counts = new EnumMap<>(Measure.class);
    for (Measure m : Measure.values()) {
      int[] c = counts.get(m);
      this.counts.put(m, c == null ? new int[2] : new int[] {c[0], c[1]});
    }
    this.misses = List.copyOf(misses);
  }

  /** The article id. */
  public String doc() {
    return doc;
  }

  /** Found (or, for counts of errors, the count). */
  public int found(Measure m) {
    return counts.get(m)[0];
  }

  /** Wanted (0 for counts of errors). */
  public int wanted(Measure m) {
    return counts.get(m)[1];
  }

  /** found / wanted, or null when nothing is wanted or the measure is a count. */
  public Double ratio(Measure m) {
    return m.isCount() || wanted(m) == 0 ? null : (double) found(m) / wanted(m);
  }

  /** The misses. */
  public List<Miss> misses() {
    return misses;
  }

  /** score.py's summary line: {@code DOC: actors 3/4 person_precision 2/2 person_splits 0 ...}. */
  public String line() {
    StringBuilder sb = new StringBuilder(doc).append(':');
    for (Measure m : Measure.values()) {
      sb.append(' ').append(m.key()).append(' ').append(found(m));
      if (!m.isCount()) {
        sb.append('/').append(wanted(m));
      }
    }
    return sb.toString();
  }

  /**
   * score_set.py's TOTAL line over {@code articles} summed scores: ratios first with their rounded
   * percentage, then the counts of errors.
   */
  public String totalLine(int articles) {
    List<String> parts = new ArrayList<>();
    for (Measure m : Measure.values()) {
      if (!m.isCount()) {
        int a = found(m);
        int b = wanted(m);
        parts.add(b == 0 ? m.key() + " [" + a + ", " + b + "]"
            : m.key() + " " + a + "/" + b + " (" + PyText.percent(a, b) + "%)");
      }
    }
    for (Measure m : Measure.values()) {
      if (m.isCount()) {
        parts.add(m.key() + " " + found(m));
      }
    }
    return "TOTAL " + articles + " articles: " + String.join(" ", parts);
  }

  /** The sum of {@code scores} (counts added, misses concatenated), labelled {@code TOTAL}. */
  public static ArticleScore sum(List<ArticleScore> scores) {
    Map<Measure, int[]> c = new EnumMap<>(Measure.class);
    List<Miss> misses = new ArrayList<>();
    for (Measure m : Measure.values()) {
      int[] t = new int[2];
      for (ArticleScore s : scores) {
        t[0] += s.found(m);
        t[1] += s.wanted(m);
      }
      c.put(m, t);
    }
    scores.forEach(s -> misses.addAll(s.misses()));
    return new ArticleScore("TOTAL", c, misses);
  }
}
