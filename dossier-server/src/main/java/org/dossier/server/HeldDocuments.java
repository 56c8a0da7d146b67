package org.dossier.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.dossier.store.query.DocumentQuery;

/**
 * Every stored document's {@code dossier/1} JSON, serialised once and held in memory when it fits
 * a budget. Reading one document from the database takes a dozen point queries (about 20 ms on the
 * AFP/Xinhua store, several times that under concurrency, with a pooled connection held
 * meanwhile); held, it is a map lookup and the bytes go out as they are. Above the budget nothing
 * is held and {@link #json} answers null, so callers read the database.
 *
 * <p>Immutable after {@link #load}; thread-safe.
 */
final class HeldDocuments {
  private static final HeldDocuments NONE = new HeldDocuments(Map.of(), 0);

  private final Map<String, byte[]> json;
  private final long bytes;

  private HeldDocuments(Map<String, byte[]> json, long bytes) {
    this.json = json;
    this.bytes = bytes;
  }

  /** Thrown to stop reading once the budget is exceeded. */
  private static final class OverBudget extends RuntimeException {
    OverBudget() {
      super(null, null, false, false);
    }
  }

  /**
   * Every document of the store as {@code mapper} writes it when their JSON fits in
   * {@code budgetBytes} together; otherwise none (reading stops at the first document over it).
   */
  static HeldDocuments load(Connection c, ObjectMapper mapper, long budgetBytes) {
    return load(c, mapper, budgetBytes, () -> false);
  }

  /**
   * As {@link #load(Connection, ObjectMapper, long)}, asking {@code stop} between documents.
   *
   * @throws CancellationException when {@code stop} said so
   */
  static HeldDocuments load(Connection c, ObjectMapper mapper, long budgetBytes, BooleanSupplier stop) {
    if (budgetBytes < 0) {
      throw new IllegalArgumentException("budgetBytes must be >= 0, got: " + budgetBytes);
    }
    Map<String, byte[]> json = new HashMap<>();
    long[] total = {0};
    try {
      DocumentQuery.all(c, d -> {
        byte[] b;
        try {
          b = mapper.writeValueAsBytes(d);
        } catch (JsonProcessingException e) {
          throw new IllegalStateException("cannot write document " + d.document().id() + ": " + e.getMessage(), e);
        }
        total[0] += b.length;
        if (stop.getAsBoolean()) {
          throw new CancellationException("holding documents stopped");
        }
        if (total[0] > budgetBytes) {
          throw new OverBudget();
        }
        json.put(d.document().id(), b);
      });
    } catch (OverBudget e) {
      return NONE;
    }
    return new HeldDocuments(json, total[0]);
  }

  /** The default budget: an eighth of the largest heap the JVM may use. */
  static long defaultBudget() {
    return Runtime.getRuntime().maxMemory() / 8;
  }

  /** The JSON of document {@code docId} (not to be modified), or null when it is not held. */
  byte[] json(String docId) {
    return json.get(docId);
  }

  /** Whether the documents are held. */
  boolean held() {
    return !json.isEmpty();
  }

  /** Number of documents held. */
  int count() {
    return json.size();
  }

  /** Bytes of JSON held. */
  long bytes() {
    return bytes;
  }
}
