package org.dossier.server;

import java.util.List;

/**
 * A force-directed layout (Fruchterman–Reingold) of a small network, computed on the server so that
 * the page only draws: 60 actors take a few milliseconds here, where the browser's layout blocked
 * the page for hundreds. Deterministic: nodes start on a circle in the order given (the caller sorts
 * them by community, so that communities start, and mostly end, together), the first node at the
 * centre.
 */
final class ForceLayout {
  private static final int ITERATIONS = 300;
  /** Side of the square laid out in; the page fits the drawing to its canvas. */
  static final double SIZE = 1000;

  private ForceLayout() {}

  /**
   * Positions ({@code [x, y]} per node) of {@code n} nodes linked by {@code links} ({@code [a, b]}
   * node indices) of weights {@code weights} (heavier links pull harder).
   */
  static double[][] layout(int n, List<int[]> links, List<Double> weights) {
    double[][] p = new double[n][2];
    for (int i = 1; i < n; i++) {
      double a = 2 * Math.PI * (i - 1) / Math.max(1, n - 1);
      p[i][0] = SIZE / 3 * Math.cos(a);
      p[i][1] = SIZE / 3 * Math.sin(a);
    }
    if (n < 2) {
      return p;
    }
    double k = Math.sqrt(SIZE * SIZE / n) * 0.75;
    double[][] d = new double[n][2];
    for (int it = 0; it < ITERATIONS; it++) {
      double t = SIZE / 10 * (1 - (double) it / ITERATIONS) + 1;
      for (double[] row : d) {
        row[0] = 0;
        row[1] = 0;
      }
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          double dx = p[i][0] - p[j][0];
          double dy = p[i][1] - p[j][1];
          double dist = Math.max(0.01, Math.hypot(dx, dy));
          double f = k * k / dist;
          d[i][0] += dx / dist * f;
          d[i][1] += dy / dist * f;
          d[j][0] -= dx / dist * f;
          d[j][1] -= dy / dist * f;
        }
      }
      for (int e = 0; e < links.size(); e++) {
        int a = links.get(e)[0];
        int b = links.get(e)[1];
        double dx = p[a][0] - p[b][0];
        double dy = p[a][1] - p[b][1];
        double dist = Math.max(0.01, Math.hypot(dx, dy));
        double f = dist * dist / k * weights.get(e);
        d[a][0] -= dx / dist * f;
        d[a][1] -= dy / dist * f;
        d[b][0] += dx / dist * f;
        d[b][1] += dy / dist * f;
      }
      for (int i = 0; i < n; i++) {
        // a little gravity keeps unlinked actors from drifting off the page
        d[i][0] -= p[i][0] * 0.05 * k / SIZE * 10;
        d[i][1] -= p[i][1] * 0.05 * k / SIZE * 10;
        double len = Math.max(0.01, Math.hypot(d[i][0], d[i][1]));
        double step = Math.min(len, t);
        p[i][0] += d[i][0] / len * step;
        p[i][1] += d[i][1] / len * step;
      }
    }
    return p;
  }
}
