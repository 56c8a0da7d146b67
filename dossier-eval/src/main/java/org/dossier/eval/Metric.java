package org.dossier.eval;

import java.util.Objects;

/**
 * One number of a suite, for Dossier and (when run) the CoreNLP baseline.
 *
 * @param name     what is measured ("PER F1", "tokens/s")
 * @param unit     {@code %} for shares in [0, 1] shown as percentages, otherwise the unit shown
 *                 ({@code docs/s}, {@code MB}, {@code ms}, {@code count})
 * @param dossier  Dossier's value, or null when not measured
 * @param baseline CoreNLP's value, or null when not run or without a counterpart
 */
public record Metric(String name, String unit, Double dossier, Double baseline) {
  public Metric {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
  }

  /** A share in [0, 1] shown as a percentage. */
  public static Metric share(String name, double dossier, Double baseline) {
    return new Metric(name, "%", dossier, baseline);
  }

  /** Dossier's value divided by the baseline's, or null when either is missing or the baseline's is zero. */
  public Double ratio() {
    if (dossier == null || baseline == null || baseline == 0) {
      return null;
    }
    return dossier / baseline;
  }
}
