package org.dossier.nlp.pipeline;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.dossier.nlp.InputException;

/**
 * The time budget of the document the current thread extracts. {@link #run} sets it; components
 * call {@link #check()} at their checkpoints (the {@link Pipeline} does between components), and
 * when the budget runs out the thread is also interrupted so that CoreNLP, which checks for
 * interrupts, stops too. The document then fails with one line and the thread is free again.
 *
 * <p>Thread-safe: the budget is per thread.
 */
public final class Deadline {
  private static final ThreadLocal<long[]> DUE = new ThreadLocal<>();
  private static final ScheduledExecutorService ALARMS = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "dossier-deadline");
    t.setDaemon(true);
    return t;
  });

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
   * Runs {@code work} within {@code budget}. Nested calls run under the outer budget.
   *
   * @param name the document, for the message
   * @throws InputException naming the document when the budget ran out (the work stopped at its
   *                        next checkpoint, or CoreNLP at its next interrupt check)
   */
  public static <T> T run(Duration budget, String name, Work<T> work) throws InputException {
    if (DUE.get() != null) {
      return work.run();
    }
    long due = System.nanoTime() + budget.toNanos();
    DUE.set(new long[] {due});
    Thread worker = Thread.currentThread();
    Object lock = new Object();
    boolean[] state = {false, false}; // finished, alarm fired
    ScheduledFuture<?> alarm = ALARMS.schedule(() -> {
      synchronized (lock) {
        if (!state[0]) {
          state[1] = true;
          worker.interrupt();
        }
      }
    }, budget.toNanos(), TimeUnit.NANOSECONDS);
    try {
      return work.run();
    } catch (RuntimeException e) {
      if (e instanceof Exceeded || System.nanoTime() - due >= 0) {
        String where = e instanceof Exceeded x ? " (stopped at '" + x.getMessage() + "')" : "";
        throw new InputException(name + ": over the time budget of " + seconds(budget) + " per document" + where
            + "; skipped", e);
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
      DUE.remove();
    }
  }

  /**
   * A checkpoint: throws {@link Exceeded} when the current thread's budget has run out.
   *
   * @param where what was about to run, for the message
   */
  public static void check(String where) {
    long[] due = DUE.get();
    if (due != null && System.nanoTime() - due[0] >= 0) {
      throw new Exceeded(where);
    }
  }

  /** Whether the current thread's budget has run out. */
  public static boolean expired() {
    long[] due = DUE.get();
    return due != null && System.nanoTime() - due[0] >= 0;
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }
}
