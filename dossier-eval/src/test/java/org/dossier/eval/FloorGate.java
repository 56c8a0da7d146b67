package org.dossier.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The regression gate of the CI evaluation slice: the floors of {@code eval-floors.tsv} (test
 * resources), one per metric, and the check of a suite's result against them. A {@code min}
 * floor fails when the metric drops below it, a {@code max} floor (counts of errors) when it rises
 * above it; a floored metric that the suite no longer reports fails too, so that a renamed metric
 * cannot silently leave the gate.
 *
 * <p>File format: tab-separated {@code suite, metric (as the table prints it), min|max, value};
 * values of percentage metrics are in percent ({@code 93.7} for 93.7%), counts as counts; {@code #}
 * starts a comment line. Immutable and thread-safe.
 */
final class FloorGate {
  /** The floors file in the test resources. */
  static final String RESOURCE = "/eval-floors.tsv";
  /** Rounding slack: a floor written as the figure rounded down always holds for that figure. */
  private static final double EPSILON = 1e-9;

  /** Whether a floor is a minimum (scores) or a maximum (counts of errors). */
  enum Bound { MIN, MAX }

  /** One floor: the metric of a suite must stay at or above (min) or at or below (max) value. */
  record Floor(String suite, String metric, Bound bound, double value) {
    Floor {
      Objects.requireNonNull(suite, "suite");
      Objects.requireNonNull(metric, "metric");
      Objects.requireNonNull(bound, "bound");
    }
  }

  private final List<Floor> floors;

  FloorGate(List<Floor> floors) {
    this.floors = List.copyOf(floors);
  }

  /** The gate of {@link #RESOURCE}. */
  static FloorGate load() {
    try (InputStream in = FloorGate.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the test class path");
      }
      return new FloorGate(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses the floors file's content. */
  static List<Floor> parse(String content) {
    List<Floor> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new java.io.StringReader(content))) {
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        if (line.isBlank() || line.stripLeading().startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 4) {
          throw new IllegalArgumentException("line " + n + ": want suite, metric, min|max, value (tab-separated): " + line);
        }
        Bound b = switch (f[2].strip()) {
          case "min" -> Bound.MIN;
          case "max" -> Bound.MAX;
          default -> throw new IllegalArgumentException("line " + n + ": bound must be min or max: " + f[2]);
        };
        out.add(new Floor(f[0].strip(), f[1].strip(), b, Double.parseDouble(f[3].strip())));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The floors. */
  List<Floor> floors() {
    return floors;
  }

  /** The floors of {@code suite}. */
  List<Floor> floors(String suite) {
    return floors.stream().filter(f -> f.suite().equals(suite)).toList();
  }

  /** One line per floor that {@code result} breaks; empty when it holds them all. */
  List<String> check(SuiteResult result) {
    List<String> failures = new ArrayList<>();
    for (Floor f : floors(result.suite())) {
      Metric m = result.metrics().stream().filter(x -> x.name().equals(f.metric())).findFirst().orElse(null);
      if (m == null || m.dossier() == null) {
        failures.add(f.suite() + " '" + f.metric() + "': not reported (the floor names a metric the suite no longer has)");
        continue;
      }
      boolean percent = "%".equals(m.unit());
      double have = percent ? m.dossier() * 100 : m.dossier();
      boolean ok = f.bound() == Bound.MIN ? have >= f.value() - EPSILON : have <= f.value() + EPSILON;
      if (!ok) {
        failures.add(String.format(Locale.ROOT, "%s '%s': %s is %s its floor %s", f.suite(), f.metric(),
            show(have, percent), f.bound() == Bound.MIN ? "below" : "above", show(f.value(), percent)));
      }
    }
    return failures;
  }

  /**
   * The floors file's lines for today's figures of {@code result}: every floored metric of its
   * suite with its current value rounded to one decimal of a percent (down for a minimum, up for
   * a maximum; counts as they are), for the change that raises floors to copy.
   */
  List<String> todayLines(SuiteResult result) {
    List<String> out = new ArrayList<>();
    for (Floor f : floors(result.suite())) {
      Metric m = result.metrics().stream().filter(x -> x.name().equals(f.metric())).findFirst().orElse(null);
      if (m == null || m.dossier() == null) {
        continue;
      }
      // a minimum rounds down, a maximum up, so that today's figure always holds its own floor
      double tenths = m.dossier() * 1000;
      String v = "%".equals(m.unit())
          ? String.format(Locale.ROOT, "%.1f", (f.bound() == Bound.MIN ? Math.floor(tenths + EPSILON)
              : Math.ceil(tenths - EPSILON)) / 10)
          : String.format(Locale.ROOT, "%d", Math.round(m.dossier()));
      out.add(f.suite() + "\t" + f.metric() + "\t" + f.bound().name().toLowerCase(Locale.ROOT) + "\t" + v);
    }
    return out;
  }

  private static String show(double v, boolean percent) {
    return percent ? String.format(Locale.ROOT, "%.2f%%", v) : String.format(Locale.ROOT, "%s", v);
  }
}
