package org.dossier.bench.hostile;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.dossier.bench.MemoryProbe;
import org.dossier.model.DocumentInfo;
import org.dossier.nlp.Extractor;
import org.dossier.nlp.InputException;

/**
 * The hostile-input benchmark behind {@code dossier bench --hostile}: every {@link HostileCase}
 * extracted at growing sizes, one document at a time, printing wall time and peak heap per size and
 * the time ratio to the previous size, so that linear scaling (10× the size for at most ~15× the
 * time) is visible. A document that fails (over its time budget, rejected, out of memory) is a row
 * with the reason, and the larger sizes of that case are skipped.
 *
 * <p>Not thread-safe; one benchmark per JVM at a time (it measures the JVM's heap).
 */
public final class HostileBench {
  /** Time ratios are taken against at least this many seconds, so that tiny times do not look like blow-ups. */
  static final double TIME_FLOOR_SECONDS = 0.1;
  /** The most a 10× larger document may cost, as a multiple of the smaller one's time. */
  static final double MAX_RATIO_PER_DECADE = 15.0;
  /** Size of the untimed warm-up document of each case. */
  static final int WARM_UP_BYTES = 100_000;

  /**
   * What to run.
   *
   * @param cases  the cases, in order
   * @param sizes  document sizes in bytes, ascending
   * @param guard  the harness's own limit per document; a document still running then is abandoned
   *               (the extractor's per-document budget should have ended it first)
   */
  public record Options(List<HostileCase> cases, List<Integer> sizes, Duration guard) {
    public Options {
      cases = List.copyOf(cases);
      sizes = List.copyOf(sizes);
      if (cases.isEmpty() || sizes.isEmpty()) {
        throw new IllegalArgumentException("need at least one case and one size, got: " + cases + " " + sizes);
      }
      for (int i = 0; i < sizes.size(); i++) {
        if (sizes.get(i) < 1 || i > 0 && sizes.get(i) <= sizes.get(i - 1)) {
          throw new IllegalArgumentException("sizes must be positive and ascending, got: " + sizes);
        }
      }
      Objects.requireNonNull(guard, "guard");
    }

    /** Every case at 10 KB, 100 KB and 1 MB. */
    public static Options defaults(Duration guard) {
      return new Options(List.of(HostileCase.values()), List.of(10_000, 100_000, 1_000_000), guard);
    }
  }

  /**
   * One measured document.
   *
   * @param seconds    wall time
   * @param cpuSeconds CPU time of the extracting thread (robust to other load on the machine; GC not
   *                   included), or the wall time when the JVM cannot tell
   * @param status     "ok", or why it failed
   */
  public record Row(HostileCase hostileCase, int bytes, double seconds, double cpuSeconds, long peakHeapBytes,
      String status) {
    public boolean ok() {
      return "ok".equals(status);
    }
  }

  private HostileBench() {}

  /**
   * Runs every case at every size, printing a Markdown table to {@code out}, and returns the rows.
   * The last line says whether every case scaled linearly.
   */
  public static List<Row> run(Extractor extractor, Options o, PrintWriter out) {
    ExecutorService worker = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "dossier-hostile");
      t.setDaemon(true);
      return t;
    });
    List<Row> rows = new ArrayList<>();
    try {
      for (HostileCase c : o.cases()) {
        // warm-up: the JIT compiles the paths this case takes (at a size where the big loops run
        // long enough to be compiled) before anything is timed
        measure(extractor, worker, c, Math.min(o.sizes().get(o.sizes().size() - 1), WARM_UP_BYTES), o.guard());
      }
      out.println("| case | size | wall s | CPU s | x CPU vs previous size | peak heap | status |");
      out.println("|---|---:|---:|---:|---:|---:|---|");
      out.flush();
      for (HostileCase c : o.cases()) {
        Row previous = null;
        for (int size : o.sizes()) {
          Row r = measure(extractor, worker, c, size, o.guard());
          rows.add(r);
          String ratio = previous == null ? "" : String.format(Locale.ROOT, "%.1f", ratio(previous, r));
          out.printf(Locale.ROOT, "| %s | %s | %.2f | %.2f | %s | %s | %s |%n", c.label(), size(size), r.seconds(),
              r.cpuSeconds(), ratio, mb(r.peakHeapBytes()), cell(r.status()));
          out.flush();
          if (!r.ok()) {
            break;
          }
          previous = r;
        }
      }
    } finally {
      worker.shutdownNow();
    }
    List<String> bad = verdicts(rows);
    out.println(bad.isEmpty() ? "hostile: every case finished and scaled linearly (10x the size for at most "
        + (int) MAX_RATIO_PER_DECADE + "x the time)" : "hostile: NOT LINEAR or failed: " + String.join("; ", bad));
    out.flush();
    return rows;
  }

  /** The cases that failed or grew faster than {@link #MAX_RATIO_PER_DECADE} per 10× of size. */
  public static List<String> verdicts(List<Row> rows) {
    List<String> bad = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      if (!r.ok()) {
        bad.add(r.hostileCase().label() + " at " + size(r.bytes()) + ": " + r.status());
        continue;
      }
      if (i > 0 && rows.get(i - 1).hostileCase() == r.hostileCase() && rows.get(i - 1).ok()) {
        Row p = rows.get(i - 1);
        double decades = Math.log10((double) r.bytes() / p.bytes());
        if (ratio(p, r) > Math.pow(MAX_RATIO_PER_DECADE, decades)) {
          bad.add(String.format(Locale.ROOT, "%s %s->%s: x%.1f CPU time", r.hostileCase().label(), size(p.bytes()),
              size(r.bytes()), ratio(p, r)));
        }
      }
    }
    return bad;
  }

  static double ratio(Row smaller, Row larger) {
    return Math.max(larger.cpuSeconds(), TIME_FLOOR_SECONDS) / Math.max(smaller.cpuSeconds(), TIME_FLOOR_SECONDS);
  }

  /** A status on one table cell: the first 120 chars, no pipes. */
  private static String cell(String status) {
    String s = status.replace('|', '/');
    return s.length() > 120 ? s.substring(0, 120) + "..." : s;
  }

  static Row measure(Extractor extractor, ExecutorService worker, HostileCase c, int size, Duration guard) {
    DocumentInfo doc = new DocumentInfo("hostile-" + c.label() + "-" + size, null, LocalDate.of(2024, 5, 17),
        null, null, "en", c.text(size));
    System.gc();
    Runtime rt = Runtime.getRuntime();
    long base = rt.totalMemory() - rt.freeMemory();
    String status;
    long start = System.nanoTime();
    try (MemoryProbe probe = MemoryProbe.start()) {
      double[] cpu = {Double.NaN};
      Future<String> f = worker.submit(() -> {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : -1;
        try {
          extractor.extract(doc);
          return "ok";
        } catch (InputException e) {
          return "failed: " + e.getMessage();
        } catch (OutOfMemoryError e) {
          return "out of memory";
        } catch (RuntimeException | StackOverflowError e) {
          return "internal error: " + e;
        } finally {
          if (cpu0 >= 0) {
            cpu[0] = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
          }
        }
      });
      try {
        status = f.get(guard.toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        f.cancel(true);
        status = "still running after " + guard.toSeconds() + " s (abandoned)";
      } catch (ExecutionException e) {
        status = "internal error: " + e.getCause();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpuSeconds = Double.isNaN(cpu[0]) ? seconds : cpu[0];
      return new Row(c, size, seconds, cpuSeconds, Math.max(0, probe.peakHeapBytes() - base), status);
    }
  }

  static String size(int bytes) {
    return bytes >= 1_000_000 && bytes % 1_000_000 == 0 ? bytes / 1_000_000 + " MB"
        : bytes >= 1_000 && bytes % 1_000 == 0 ? bytes / 1_000 + " KB" : bytes + " B";
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.0f MB", bytes / 1048576.0);
  }
}
