package org.dossier.store.ingest;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.dossier.model.Dossier;
import org.dossier.nlp.Extractor;
import org.dossier.nlp.InputException;
import org.dossier.nlp.input.InputRecord;
import org.dossier.store.Store;

/**
 * Reads inputs, extracts them in parallel and writes them to a store in batches: one database
 * transaction per batch, so a crash loses at most the batch in flight, and a re-run skips every
 * document already stored (by content hash, before extraction) and completes the rest. Actors and
 * events are refreshed once at the end.
 *
 * <p>Not thread-safe: one ingest per store at a time.
 */
public final class Ingester {
  /** Documents per transaction. */
  public static final int DEFAULT_BATCH = 64;
  /** A batch is also written when it has waited this long, so a slow corpus still commits often. */
  private static final long MAX_BATCH_NANOS = 10_000_000_000L;

  private final Store store;
  private final Extractor extractor;
  private final int threads;
  private final int batchSize;
  private final boolean followLinks;

  /**
   * As {@link #Ingester(Store, Extractor, int, int, boolean)}, staying inside directories.
   *
   * @param threads   documents extracted in parallel, at least 1
   * @param batchSize documents per transaction, at least 1
   */
  public Ingester(Store store, Extractor extractor, int threads, int batchSize) {
    this(store, extractor, threads, batchSize, false);
  }

  /**
   * @param threads     documents extracted in parallel, at least 1
   * @param batchSize   documents per transaction, at least 1
   * @param followLinks whether symbolic links in a directory that lead out of it are read (else
   *                    they are skipped with a notice)
   */
  public Ingester(Store store, Extractor extractor, int threads, int batchSize, boolean followLinks) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got: " + threads);
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1, got: " + batchSize);
    }
    this.store = store;
    this.extractor = extractor;
    this.threads = threads;
    this.batchSize = batchSize;
    this.followLinks = followLinks;
  }

  private record Outcome(Dossier dossier, String error) {}

  /** Ingests every document under {@code paths}. */
  public IngestSummary ingest(List<Path> paths, IngestListener listener) {
    long start = System.nanoTime();
    long total = Inputs.estimate(paths, followLinks);
    long[] counts = new long[4]; // ingested, replaced, unchanged, failed
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "dossier-ingest");
      t.setDaemon(true);
      return t;
    });
    Deque<Future<Outcome>> window = new ArrayDeque<>();
    List<Dossier> batch = new ArrayList<>();
    long[] batchStarted = {System.nanoTime()};
    try {
      for (Path path : paths) {
        try (Stream<InputRecord> records = Inputs.read(path, followLinks, listener::notice)) {
          for (InputRecord record : (Iterable<InputRecord>) records::iterator) {
            if (!record.ok()) {
              counts[3]++;
              listener.failed(record.error());
            } else if (store.status(record.document()) == Store.Status.UNCHANGED) {
              counts[2]++;
            } else {
              window.add(pool.submit(() -> extract(record)));
            }
            while (window.size() >= threads * 4) {
              collect(window.poll(), batch, counts, listener);
              flushIfDue(batch, counts, batchStarted, false, listener);
            }
            listener.progress(counts[0] + counts[1] + counts[2] + counts[3] + batch.size(), total, seconds(start));
          }
        } catch (java.io.UncheckedIOException | SecurityException e) {
          // an unreadable file or directory: report it, keep what was read, go on with the next path
          counts[3]++;
          listener.failed(path + ": cannot be read (" + e.getMessage() + ")");
        }
      }
      while (!window.isEmpty()) {
        collect(window.poll(), batch, counts, listener);
        flushIfDue(batch, counts, batchStarted, false, listener);
        listener.progress(counts[0] + counts[1] + counts[2] + counts[3] + batch.size(), total, seconds(start));
      }
      flushIfDue(batch, counts, batchStarted, true, listener);
    } finally {
      pool.shutdownNow();
    }
    if (store.dirty()) {
      store.refresh();
    }
    return new IngestSummary(counts[0], counts[2], counts[1], counts[3], seconds(start));
  }

  private Outcome extract(InputRecord record) {
    try {
      return new Outcome(extractor.extract(record.document()), null);
    } catch (InputException e) {
      String m = e.getMessage();
      return new Outcome(null, m.startsWith(record.origin()) ? m : record.origin() + ": " + m);
    } catch (RuntimeException | StackOverflowError e) {
      return new Outcome(null, record.origin() + ": internal error (" + e + ")");
    }
  }

  private static void collect(Future<Outcome> future, List<Dossier> batch, long[] counts, IngestListener listener) {
    Outcome o;
    try {
      o = future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      o = new Outcome(null, "internal error (" + e.getCause() + ")");
    }
    if (o.error() != null) {
      counts[3]++;
      listener.failed(o.error());
      return;
    }
    batch.add(o.dossier());
  }

  private void flushIfDue(List<Dossier> batch, long[] counts, long[] started, boolean force, IngestListener listener) {
    boolean due = batch.size() >= batchSize || System.nanoTime() - started[0] > MAX_BATCH_NANOS;
    if (batch.isEmpty() || !(force || due)) {
      return;
    }
    int[] written = store.write(batch, listener::failed); // a document the store cannot hold fails alone
    counts[0] += written[0];
    counts[1] += written[1];
    counts[2] += written[2];
    counts[3] += written[3];
    batch.clear();
    started[0] = System.nanoTime();
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
