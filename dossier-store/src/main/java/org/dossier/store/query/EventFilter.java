package org.dossier.store.query;

import java.time.LocalDate;

/**
 * Filters for event, quote, claim, goal and graph queries; every field may be null (no filter).
 *
 * @param actor an actor's name (or knowledge-base id); matches every actor of that name
 * @param from  first day, inclusive (events whose date range reaches it)
 * @param to    last day, inclusive
 * @param code  CAMEO code prefix ("04" matches 040–046)
 * @param limit most rows returned
 */
public record EventFilter(String actor, LocalDate from, LocalDate to, String code, int limit) {
  public EventFilter {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive, got: " + limit);
    }
    if (code != null && !code.matches("\\d{1,4}")) {
      throw new IllegalArgumentException("code must be a CAMEO code of digits, got: " + code);
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("--to " + to + " is before --from " + from);
    }
  }

  /** No filter, at most {@code limit} rows. */
  public static EventFilter all(int limit) {
    return new EventFilter(null, null, null, null, limit);
  }
}
