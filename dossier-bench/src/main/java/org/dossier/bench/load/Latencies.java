package org.dossier.bench.load;

import java.util.Arrays;

/**
 * Summary of request latencies: count, median, p95, p99 and maximum in milliseconds.
 * Percentiles use the nearest-rank method (the smallest sample with at least p% of the samples at
 * or below it), so every reported value is an observed latency, never an interpolation.
 *
 * <p>Immutable and thread-safe.
 */
public record Latencies(int count, double medianMs, double p95Ms, double p99Ms, double maxMs) {
  private static final double NANOS_PER_MS = 1_000_000.0;

  /** Summarises latencies given in nanoseconds; the array is not modified. */
  public static Latencies ofNanos(long[] nanos) {
    if (nanos.length == 0) {
      return new Latencies(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return new Latencies(sorted.length, percentile(sorted, 50) / NANOS_PER_MS, percentile(sorted, 95) / NANOS_PER_MS,
        percentile(sorted, 99) / NANOS_PER_MS, sorted[sorted.length - 1] / NANOS_PER_MS);
  }

  /**
   * The nearest-rank {@code p}-th percentile of ascending {@code sorted} values: the value at rank
   * {@code ceil(p/100 * n)} (1-based).
   *
   * @throws IllegalArgumentException when {@code sorted} is empty or {@code p} is outside (0, 100]
   */
  public static long percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      throw new IllegalArgumentException("no samples for percentile " + p);
    }
    if (!(p > 0 && p <= 100)) {
      throw new IllegalArgumentException("percentile must be in (0, 100], got: " + p);
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(rank, 1) - 1];
  }

  /** One line: {@code n=2000 median=3.1 ms p95=9.8 ms p99=20.4 ms max=41.0 ms}. */
  public String format() {
    return String.format(java.util.Locale.ROOT, "n=%d median=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms",
        count, medianMs, p95Ms, p99Ms, maxMs);
  }
}
