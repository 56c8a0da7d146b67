package org.dossier.eval.score;

/**
 * Precision, recall and F1 from match counts. Precision and recall are counted separately so
 * that overlap matching (where one prediction may cover two gold items) stays honest: precision
 * is the share of predictions that match some gold item, recall the share of gold items matched
 * by some prediction. For exact matching the two match counts are equal.
 *
 * <p>Immutable and thread-safe.
 *
 * @param matchedPredicted predictions that match a gold item
 * @param predicted        all predictions
 * @param matchedGold      gold items matched by a prediction
 * @param gold             all gold items
 */
public record Prf(long matchedPredicted, long predicted, long matchedGold, long gold) {
  /** No predictions, no gold. */
  public static final Prf ZERO = new Prf(0, 0, 0, 0);

  public Prf {
    if (matchedPredicted < 0 || matchedPredicted > predicted) {
      throw new IllegalArgumentException("matchedPredicted must be in [0, predicted=" + predicted + "], got: "
          + matchedPredicted);
    }
    if (matchedGold < 0 || matchedGold > gold) {
      throw new IllegalArgumentException("matchedGold must be in [0, gold=" + gold + "], got: " + matchedGold);
    }
  }

  /** Exact matching: {@code tp} true positives, {@code fp} false positives, {@code fn} false negatives. */
  public static Prf of(long tp, long fp, long fn) {
    return new Prf(tp, tp + fp, tp, tp + fn);
  }

  /** Precision in [0, 1]; 0 when nothing was predicted (as conlleval reports it). */
  public double precision() {
    return predicted == 0 ? 0 : (double) matchedPredicted / predicted;
  }

  /** Recall in [0, 1]; 0 when there is no gold. */
  public double recall() {
    return gold == 0 ? 0 : (double) matchedGold / gold;
  }

  /** Harmonic mean of precision and recall; 0 when both are 0. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Micro-average: the counts added. */
  public Prf plus(Prf o) {
    return new Prf(matchedPredicted + o.matchedPredicted, predicted + o.predicted,
        matchedGold + o.matchedGold, gold + o.gold);
  }
}
