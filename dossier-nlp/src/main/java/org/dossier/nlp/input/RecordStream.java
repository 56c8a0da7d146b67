package org.dossier.nlp.input;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy, ordered stream of records read one at a time from a file-backed source (JSONL lines,
 * WARC records), closing the file when the stream is closed. Not thread-safe, like the source.
 */
public final class RecordStream {
  /** Reads the next record. */
  @FunctionalInterface
  public interface Source {
    /** The next record, or null when there are no more. */
    InputRecord next() throws IOException;
  }

  private RecordStream() {}

  /** The records of {@code source}; closing the stream closes {@code resource}. */
  public static Stream<InputRecord> of(Source source, Closeable resource) {
    Iterator<InputRecord> it = new Iterator<>() {
      InputRecord next;
      boolean done;

      @Override
      public boolean hasNext() {
        if (next == null && !done) {
          try {
            next = source.next();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          done = next == null;
        }
        return next != null;
      }

      @Override
      public InputRecord next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        InputRecord r = next;
        next = null;
        return r;
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false)
        .onClose(() -> {
          try {
            resource.close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
