package org.dossier.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.dossier.store.query.ActorEvidence;
import org.dossier.store.query.ActorEvidence.StoredSpan;

/**
 * Every actor's earliest mention and the earliest place each of its roles is stated, read in two
 * passes: what {@link ActorEvidence#mentions(int, int) ActorEvidence.mentions(id, 1)} and
 * {@link ActorEvidence#role} answer, for a brief without a database query.
 *
 * <p>Immutable after {@link #load}; thread-safe.
 */
final class ActorSpans {
  private final Map<Integer, StoredSpan> firstMention;
  private final Map<String, StoredSpan> firstRole;

  private ActorSpans(Map<Integer, StoredSpan> firstMention, Map<String, StoredSpan> firstRole) {
    this.firstMention = firstMention;
    this.firstRole = firstRole;
  }

  /** Clamps a span to its document's text and cuts it, as {@code ActorEvidence} does. */
  private static final String CUT = "SELECT * EXCLUDE (text), substring(text, s + 1, e - s) FROM (SELECT *,"
      + " least(greatest(span_start, 0), length(text)) AS s,"
      + " least(greatest(span_end, least(greatest(span_start, 0), length(text))), length(text)) AS e FROM (%s))";

  static ActorSpans load(Connection c) throws SQLException {
    Map<Integer, StoredSpan> mentions = firstSpans(c, "SELECT actor_id, doc_id, span_start, span_end, text"
        + " FROM (SELECT al.actor_id, am.doc_id, am.span_start, am.span_end, d.text, row_number() OVER"
        + " (PARTITION BY al.actor_id ORDER BY d.published, am.doc_id, am.span_start) AS rn FROM actor_links al"
        + " JOIN actor_mentions am ON am.doc_id = al.doc_id AND am.local_id = al.local_id"
        + " JOIN documents d ON d.doc_id = am.doc_id) WHERE rn = 1", r -> r.getInt("actor_id"));
    Map<String, StoredSpan> roles = firstSpans(c, "SELECT actor_id, title, doc_id, span_start, span_end, text"
        + " FROM (SELECT al.actor_id, r.title, r.doc_id, r.span_start, r.span_end, d.text, row_number() OVER"
        + " (PARTITION BY al.actor_id, r.title ORDER BY d.published, r.doc_id, r.span_start) AS rn"
        + " FROM actor_links al JOIN roles r ON r.doc_id = al.doc_id AND r.local_id = al.local_id"
        + " JOIN documents d ON d.doc_id = r.doc_id WHERE r.span_start IS NOT NULL) WHERE rn = 1",
        r -> r.getInt("actor_id") + "\0" + r.getString("title"));
    return new ActorSpans(mentions, roles);
  }

  private interface Key<K> {
    K of(ResultSet r) throws SQLException;
  }

  /** The spans {@code sql} selects (doc_id, span_start, span_end and the document's text), cut, by key. */
  private static <K> Map<K, StoredSpan> firstSpans(Connection c, String sql, Key<K> key) throws SQLException {
    Map<K, StoredSpan> out = new HashMap<>();
    try (PreparedStatement p = c.prepareStatement(CUT.formatted(sql)); ResultSet r = p.executeQuery()) {
      while (r.next()) {
        out.put(key.of(r), span(r));
      }
    }
    return out;
  }

  private static StoredSpan span(ResultSet r) throws SQLException {
    int last = r.getMetaData().getColumnCount();
    return new StoredSpan(r.getString("doc_id"), r.getInt("s"), r.getInt("e"), r.getString(last));
  }

  /** As {@code ActorEvidence.mentions(actorId, 1)}, as an optional. */
  Optional<StoredSpan> firstMention(int actorId) {
    return Optional.ofNullable(firstMention.get(actorId));
  }

  /** As {@link ActorEvidence#role}. */
  Optional<StoredSpan> role(int actorId, String title) {
    return Optional.ofNullable(firstRole.get(actorId + "\0" + title));
  }
}
