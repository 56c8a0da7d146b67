package org.dossier.server;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * A bounded cache of serialised API responses, keyed by the normalised request (path and sorted
 * query parameters). Entries are weighed by their size in bytes; the least recently useful go
 * first when {@code maxBytes} is reached. Only successful answers are cached: a supplier that
 * throws leaves nothing behind.
 *
 * <p>Thread-safe. Concurrent misses on one key may each compute the answer (the cache never
 * blocks a request behind another one's query).
 */
final class ResponseCache {
  /** An answer and whether it came from the cache. */
  record Answer(byte[] body, boolean hit) {}

  private final Cache<String, byte[]> cache; // null: caching disabled
  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();

  /** @throws IllegalArgumentException when {@code maxBytes} is negative (0 disables caching) */
  ResponseCache(long maxBytes) {
    if (maxBytes < 0) {
      throw new IllegalArgumentException("maxBytes must be >= 0, got: " + maxBytes);
    }
    this.cache = maxBytes == 0 ? null : Caffeine.newBuilder().maximumWeight(maxBytes)
        .weigher((String k, byte[] v) -> k.length() * 2 + v.length + 64).build();
  }

  /** The cached body for {@code key}, or the one {@code compute} makes (then cached). */
  Answer get(String key, Supplier<byte[]> compute) {
    byte[] body = cache == null ? null : cache.getIfPresent(key);
    if (body != null) {
      hits.increment();
      return new Answer(body, true);
    }
    misses.increment();
    body = compute.get();
    if (cache != null) {
      cache.put(key, body);
    }
    return new Answer(body, false);
  }

  /** Drops every entry (the store changed). */
  void clear() {
    if (cache != null) {
      cache.invalidateAll();
    }
  }

  long hits() {
    return hits.sum();
  }

  long misses() {
    return misses.sum();
  }
}
