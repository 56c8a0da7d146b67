package org.dossier.server;

import static org.dossier.store.query.SqlValues.date;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.store.query.Rows.MentionRow;

/**
 * Every event's mentions with their evidence sentences, read in one pass: answers
 * {@code StoreQuery.mentions(eventId)} (same rows, same order) without a query that joins the
 * compressed article texts.
 *
 * <p>Immutable after {@link #load}; thread-safe.
 */
final class EventMentions {
  private final Map<Integer, List<MentionRow>> byEvent;

  private EventMentions(Map<Integer, List<MentionRow>> byEvent) {
    this.byEvent = byEvent;
  }

  static EventMentions load(Connection c) throws SQLException {
    Map<Integer, List<MentionRow>> byEvent = new HashMap<>();
    try (PreparedStatement p = c.prepareStatement("SELECT em.event_id, em.doc_id, d.published, em.local_id, m.cameo,"
        + " m.date, em.background, m.span_start, m.span_end,"
        + " substring(d.text, m.span_start + 1, m.span_end - m.span_start)"
        + " FROM event_mentions em JOIN mentions m ON m.doc_id = em.doc_id AND m.local_id = em.local_id"
        + " JOIN documents d ON d.doc_id = em.doc_id ORDER BY em.event_id, d.published, em.doc_id, m.seq");
        ResultSet r = p.executeQuery()) {
      while (r.next()) {
        byEvent.computeIfAbsent(r.getInt(1), k -> new ArrayList<>()).add(new MentionRow(r.getInt(1),
            r.getString(2), date(r, 3), r.getString(4), r.getString(5), r.getString(6), r.getBoolean(7),
            r.getInt(8), r.getInt(9), r.getString(10)));
      }
    }
    byEvent.replaceAll((k, v) -> List.copyOf(v));
    return new EventMentions(byEvent);
  }

  /** The mentions of event {@code eventId}, earliest report first; empty for an unknown event. */
  List<MentionRow> of(int eventId) {
    return byEvent.getOrDefault(eventId, List.of());
  }
}
