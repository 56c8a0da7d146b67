package org.dossier.store.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.store.StoreException;

/**
 * Evidence spans behind cross-document facts, for briefs: where an actor is mentioned, where a
 * role of it is stated, and where a stored quote, claim or goal stands in its article. Every
 * value from the caller is bound as a parameter.
 *
 * <p>Not thread-safe (it uses the caller's connection).
 */
public final class ActorEvidence {
  /** A span of a stored document: code points {@code [start, end)} and the text they cover. */
  public record StoredSpan(String docId, int start, int end, String text) {}

  private final Connection c;

  public ActorEvidence(Connection connection) {
    this.c = connection;
  }

  /** The cross-document actor id best matching {@code name}, as {@link StoreQuery#actor} chooses. */
  public Optional<Integer> actorId(String name) {
    return first("SELECT actor_id FROM actors WHERE lower(name) = lower(?) OR kb = ?"
        + " ORDER BY docs DESC, actor_id LIMIT 1", List.of(name, name), r -> r.getInt(1));
  }

  /** The earliest mentions of actor {@code actorId}, at most {@code limit}. */
  public List<StoredSpan> mentions(int actorId, int limit) {
    return spans("SELECT am.doc_id, am.span_start, am.span_end FROM actor_links al"
        + " JOIN actor_mentions am ON am.doc_id = al.doc_id AND am.local_id = al.local_id"
        + " JOIN documents d ON d.doc_id = am.doc_id WHERE al.actor_id = ?"
        + " ORDER BY d.published, am.doc_id, am.span_start LIMIT ?", List.of(actorId, limit));
  }

  /** Where the role {@code title} of actor {@code actorId} is stated in a text, if anywhere. */
  public Optional<StoredSpan> role(int actorId, String title) {
    List<StoredSpan> s = spans("SELECT r.doc_id, r.span_start, r.span_end FROM actor_links al"
        + " JOIN roles r ON r.doc_id = al.doc_id AND r.local_id = al.local_id"
        + " JOIN documents d ON d.doc_id = r.doc_id WHERE al.actor_id = ? AND r.title = ?"
        + " AND r.span_start IS NOT NULL ORDER BY d.published, r.doc_id, r.span_start LIMIT 1", List.of(actorId, title));
    return s.stream().findFirst();
  }

  /** Where a stored quote, claim or goal ({@code table}) with this text stands in {@code docId}. */
  public Optional<StoredSpan> statement(String table, String docId, String text) {
    if (!List.of("quotes", "claims", "goals").contains(table)) {
      throw new IllegalArgumentException("table must be quotes, claims or goals, got: " + table);
    }
    return spans("SELECT doc_id, span_start, span_end FROM " + table + " WHERE doc_id = ? AND text = ?"
        + " ORDER BY span_start LIMIT 1", List.of(docId, text)).stream().findFirst();
  }

  private interface Reader<T> {
    T read(ResultSet r) throws SQLException;
  }

  private <T> Optional<T> first(String sql, List<Object> params, Reader<T> reader) {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        ps.setObject(i + 1, params.get(i));
      }
      try (ResultSet r = ps.executeQuery()) {
        return r.next() ? Optional.of(reader.read(r)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new StoreException("evidence query failed (" + e.getMessage() + ")", e);
    }
  }

  /** Spans from rows of (doc_id, span_start, span_end), with their text cut from the document. */
  private List<StoredSpan> spans(String sql, List<Object> params) {
    List<StoredSpan> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        ps.setObject(i + 1, params.get(i));
      }
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          out.add(new StoredSpan(r.getString(1), r.getInt(2), r.getInt(3), null));
        }
      }
      List<StoredSpan> withText = new ArrayList<>(out.size());
      try (PreparedStatement t = c.prepareStatement("SELECT text FROM documents WHERE doc_id = ?")) {
        for (StoredSpan s : out) {
          t.setString(1, s.docId());
          try (ResultSet r = t.executeQuery()) {
            if (r.next()) {
              String text = r.getString(1);
              int cps = text.codePointCount(0, text.length());
              int start = Math.max(0, Math.min(s.start(), cps));
              int end = Math.max(start, Math.min(s.end(), cps));
              int b = text.offsetByCodePoints(0, start);
              int e = text.offsetByCodePoints(b, end - start);
              withText.add(new StoredSpan(s.docId(), start, end, text.substring(b, e)));
            }
          }
        }
      }
      return withText;
    } catch (SQLException e) {
      throw new StoreException("evidence query failed (" + e.getMessage() + ")", e);
    }
  }
}
