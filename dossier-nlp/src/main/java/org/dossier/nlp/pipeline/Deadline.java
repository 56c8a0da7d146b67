package org.dossier.nlp.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.dossier.nlp.InputException;

/**
 * The time budget of the document the current thread extracts, counted in that thread's CPU time:
 * whether a document fits its budget then depends on the document and the processor, not on what
 * else the machine is doing (on a loaded machine wall time is several times CPU time). As a
 * backstop, a document is also stopped after {@link #WALL_FACTOR} times its budget of wall time.
 * {@link #run} sets the budget; components call {@link #check(String)} at their checkpoints (the
 * {@link Pipeline} does between components), and when the budget runs out the thread is also
 * interrupted so that CoreNLP, which checks for interrupts, stops too. The document then fails
 * with one line and the thread is free again.
 *
 * <p>Thread-safe: the budget is per thread.
 */
public final class Deadline {
  /** Wall time allowed, as a multiple of the CPU budget, before a document is stopped anyway. */
  public static final int WALL_FACTOR = 10;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final boolean CPU_CLOCK = THREADS.isCurrentThreadCpuTimeSupported()
      && THREADS.isThreadCpuTimeSupported();
  private static final ThreadLocal<Budget> BUDGET = new ThreadLocal<>();
  private static final ScheduledExecutorService ALARMS = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "dossier-deadline");
    t.setDaemon(true);
    return t;
  });

  /** The running document's clocks: CPU time of its thread (when known) and wall time. */
  private record Budget(long cpuStart, long wallStart, long nanos) {
    boolean spentBy(long cpuNow, long wallNow) {
      return CPU_CLOCK && cpuNow - cpuStart >= nanos || wallNow - wallStart >= (CPU_CLOCK ? WALL_FACTOR : 1) * nanos;
    }

    boolean spent() {
      return spentBy(CPU_CLOCK ? THREADS.getCurrentThreadCpuTime() : 0, System.nanoTime());
    }
  }

  /** Thrown at a checkpoint past the budget; {@link #run} turns it into an {@link InputException}. */
  public static final class Exceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Exceeded(String where) {
      super(where, null, false, false);
    }
  }

  /** The work one document needs. */
  @FunctionalInterface
  public interface Work<T> {
    T run() throws InputException;
  }

  private Deadline() {}

  /**
   * Runs {@code work} within {@code budget} of this thread's CPU time. Nested calls run under the
   * outer budget.
   *
   * @param name the document, for the message
   * @throws InputException naming the document when the budget ran out (the work stopped at its
   *                        next checkpoint, or CoreNLP at its next interrupt check)
   */
  public static <T> T run(Duration budget, String name, Work<T> work) throws InputException {
    if (BUDGET.get() != null) {
      return work.run();
    }
    Thread worker = Thread.currentThread();
    Budget b = new Budget(CPU_CLOCK ? THREADS.getCurrentThreadCpuTime() : 0, System.nanoTime(),
        budget.toNanos());
    BUDGET.set(b);
    Object lock = new Object();
    boolean[] state = {false, false}; // finished, alarm fired
    long period = Math.max(1_000_000L, Math.min(budget.toNanos() / 4, 500_000_000L));
    ScheduledFuture<?> alarm = ALARMS.scheduleWithFixedDelay(() -> {
      long cpu = CPU_CLOCK ? THREADS.getThreadCpuTime(worker.getId()) : 0;
      synchronized (lock) {
        if (!state[0] && !state[1] && b.spentBy(cpu, System.nanoTime())) {
          state[1] = true;
          worker.interrupt();
        }
      }
    }, period, period, TimeUnit.NANOSECONDS);
    try {
      return work.run();
    } catch (RuntimeException e) {
      if (e instanceof Exceeded || b.spent()) {
        String where = e instanceof Exceeded x ? " (stopped at '" + x.getMessage() + "')" : "";
        throw new InputException(name + ": over the time budget of " + seconds(budget) + " of CPU per document"
            + where + "; skipped", e);
      }
      throw e;
    } finally {
      synchronized (lock) {
        state[0] = true;
        if (state[1]) {
          Thread.interrupted(); // the alarm's interrupt is ours: it must not reach the next document
        }
      }
      alarm.cancel(false);
      BUDGET.remove();
    }
  }

  /**
   * A checkpoint: throws {@link Exceeded} when the current thread's budget has run out.
   *
   * @param where what was about to run, for the message
   */
  public static void check(String where) {
    Budget b = BUDGET.get();
    if (b != null && b.spent()) {
      throw new Exceeded(where);
    }
  }

  /** Whether the current thread's budget has run out. */
  public static boolean expired() {
    Budget b = BUDGET.get();
    return b != null && b.spent();
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }
}
