package org.dossier.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * Notices when a store's files (the database, its write-ahead log and the search index) change:
 * a fingerprint of their names, sizes and modification times, taken at most once a second.
 *
 * <p>Thread-safe.
 */
final class StoreFiles {
  private static final long CHECK_NANOS = 1_000_000_000L;
  private final Path dir;
  private long fingerprint;
  private long nextCheck;

  StoreFiles(Path dir) {
    this.dir = dir;
    this.fingerprint = fingerprint();
    this.nextCheck = System.nanoTime() + CHECK_NANOS;
  }

  /** Whether the files changed since the last call that answered true (or since construction). */
  synchronized boolean changed() {
    long now = System.nanoTime();
    if (now - nextCheck < 0) {
      return false;
    }
    nextCheck = now + CHECK_NANOS;
    long f = fingerprint();
    if (f == fingerprint) {
      return false;
    }
    fingerprint = f;
    return true;
  }

  private long fingerprint() {
    long h = 17;
    h = 31 * h + of(dir.resolve("dossier.duckdb"));
    h = 31 * h + of(dir.resolve("dossier.duckdb.wal"));
    Path index = dir.resolve("index");
    if (Files.isDirectory(index)) {
      try (Stream<Path> s = Files.list(index)) {
        for (Path p : s.sorted().toList()) {
          h = 31 * h + p.getFileName().toString().hashCode();
          h = 31 * h + of(p);
        }
      } catch (IOException e) {
        h = 31 * h + 1; // unreadable now: counts as a change when it becomes readable again
      }
    }
    return h;
  }

  private static long of(Path p) {
    try {
      BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
      return a.size() * 1_000_003L + a.lastModifiedTime().toMillis();
    } catch (IOException e) {
      return 0;
    }
  }
}
