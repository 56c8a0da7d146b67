package org.dossier.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a suite measured: its metrics and the notes that qualify them (data used, limits,
 * what the baseline is, what could not be measured and why).
 *
 * @param suite   suite name
 * @param metrics the numbers, in display order
 * @param notes   one-line qualifications
 * @param seconds wall time of the suite
 * @param lines   lines printed verbatim before the table (the articles suite's per-article and
 *                TOTAL lines, its misses), empty for most suites
 */
public record SuiteResult(String suite, List<Metric> metrics, List<String> notes, double seconds,
    List<String> lines) {
  public SuiteResult {
    Objects.requireNonNull(suite, "suite");
    metrics = List.copyOf(metrics);
    notes = List.copyOf(notes);
    lines = List.copyOf(lines);
  }

  /** A result without verbatim lines. */
  public SuiteResult(String suite, List<Metric> metrics, List<String> notes, double seconds) {
    this(suite, metrics, notes, seconds, List.of());
  }

  /** Whether any metric has a baseline value. */
  public boolean hasBaseline() {
    return metrics.stream().anyMatch(m -> m.baseline() != null);
  }

  /** The value of the named metric for Dossier, or null. */
  public Double dossier(String name) {
    return metrics.stream().filter(m -> m.name().equals(name)).map(Metric::dossier).findFirst().orElse(null);
  }

  /** A plain-text table: metric, Dossier, CoreNLP and their ratio (Dossier / CoreNLP) when a baseline ran. */
  public String table() {
    boolean base = hasBaseline();
    List<String[]> rows = new ArrayList<>();
    rows.add(base ? new String[] {"metric", "Dossier", "CoreNLP", "ratio"} : new String[] {"metric", "Dossier"});
    for (Metric m : metrics) {
      String d = format(m.dossier(), m.unit());
      if (base) {
        Double r = m.ratio();
        rows.add(new String[] {m.name(), d, format(m.baseline(), m.unit()),
            r == null ? "-" : String.format(Locale.ROOT, "%.2f", r)});
      } else {
        rows.add(new String[] {m.name(), d});
      }
    }
    int[] w = new int[rows.get(0).length];
    for (String[] r : rows) {
      for (int i = 0; i < r.length; i++) {
        w[i] = Math.max(w[i], r[i].length());
      }
    }
    StringBuilder sb = new StringBuilder();
    sb.append("== ").append(suite).append(String.format(Locale.ROOT, " (%.1f s)%n", seconds));
    for (String l : lines) {
      sb.append(l).append(System.lineSeparator());
    }
    if (!lines.isEmpty()) {
      sb.append(System.lineSeparator());
    }
    for (int k = 0; k < rows.size(); k++) {
      String[] r = rows.get(k);
      for (int i = 0; i < r.length; i++) {
        String cell = i == 0 ? pad(r[i], w[i], false) : pad(r[i], w[i], true);
        sb.append(i == 0 ? "" : "  ").append(cell);
      }
      sb.append(System.lineSeparator());
      if (k == 0) {
        int total = 0;
        for (int x : w) {
          total += x;
        }
        sb.append("-".repeat(total + 2 * (w.length - 1))).append(System.lineSeparator());
      }
    }
    for (String n : notes) {
      sb.append("note: ").append(n).append(System.lineSeparator());
    }
    return sb.toString();
  }

  static String format(Double v, String unit) {
    if (v == null) {
      return "-";
    }
    if ("%".equals(unit)) {
      return String.format(Locale.ROOT, "%.1f%%", v * 100);
    }
    if ("count".equals(unit)) {
      return String.format(Locale.ROOT, "%d", Math.round(v));
    }
    return String.format(Locale.ROOT, v >= 100 ? "%.0f %s" : "%.2f %s", v, unit);
  }

  private static String pad(String s, int w, boolean right) {
    String fill = " ".repeat(Math.max(0, w - s.length()));
    return right ? fill + s : s + fill;
  }
}
