package org.dossier.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.dossier.store.query.EventFilter;

/** Reads and validates query parameters; every problem is a 400 naming the parameter and value. */
final class Params {
  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 500;
  /** Graph rows are small aggregates; the graph page reads a whole store's (a few thousand) at once. */
  static final int MAX_GRAPH_LIMIT = 5000;
  private static final int MAX_TEXT = 200;

  private Params() {}

  static int limit(Context ctx) {
    return limit(ctx, MAX_LIMIT);
  }

  static int limit(Context ctx, int max) {
    String v = ctx.queryParam("limit");
    if (v == null) {
      return DEFAULT_LIMIT;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < 1 || n > max) {
        throw ApiError.badRequest("limit must be 1.." + max + ", got: " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw ApiError.badRequest("limit must be a number, got: " + v);
    }
  }

  /** Query parameter {@code name} as a whole number in {@code [min, max]}, {@code dflt} when absent. */
  static int number(Context ctx, String name, int dflt, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return dflt;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n < min || n > max) {
        throw ApiError.badRequest(name + " must be " + min + ".." + max + ", got: " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw ApiError.badRequest(name + " must be a number, got: " + v);
    }
  }

  /** The {@code offset} of a page: 0..100000, 0 when absent. */
  static int offset(Context ctx) {
    return number(ctx, "offset", 0, 0, 100_000);
  }

  static String text(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    if (v.length() > MAX_TEXT) {
      throw ApiError.badRequest(name + " is longer than " + MAX_TEXT + " characters");
    }
    return v.strip();
  }

  static LocalDate date(Context ctx, String name) {
    String v = text(ctx, name);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiError.badRequest(name + " must be a YYYY-MM-DD date, got: " + v);
    }
  }

  static EventFilter filter(Context ctx) {
    return filter(ctx, MAX_LIMIT);
  }

  static EventFilter filter(Context ctx, int maxLimit) {
    try {
      return new EventFilter(text(ctx, "actor"), date(ctx, "from"), date(ctx, "to"), text(ctx, "code"),
          limit(ctx, maxLimit));
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest(e.getMessage());
    }
  }
}
