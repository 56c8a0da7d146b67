package org.dossier.store.query;

import static org.dossier.store.query.SqlValues.date;
import static org.dossier.store.query.SqlValues.dbl;
import static org.dossier.store.query.SqlValues.integer;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.dossier.store.StoreException;
import org.dossier.store.index.SearchHit;
import org.dossier.store.index.SearchIndex;
import org.dossier.store.query.Rows.ActorProfile;
import org.dossier.store.query.Rows.ActorRow;
import org.dossier.store.query.Rows.ClaimRow;
import org.dossier.store.query.Rows.EventRow;
import org.dossier.store.query.Rows.GoalRow;
import org.dossier.store.query.Rows.GraphEdge;
import org.dossier.store.query.Rows.MentionRow;
import org.dossier.store.query.Rows.QuoteRow;
import org.dossier.store.query.Rows.RoleRow;
import org.dossier.store.query.Rows.SearchRow;
import org.dossier.store.query.Rows.Stats;
import org.dossier.store.resolve.Names;

/**
 * Read queries over a store: totals, actors and their timelines, events with their evidence,
 * quotes, claims, goals, the actor relation graph and full-text search. Every value from the
 * caller is bound as a parameter.
 *
 * <p>Not thread-safe (it shares the store's connection); use from one thread at a time.
 */
public final class StoreQuery {
  // The events are selected (filtered, ordered, limited) first, then joined with their names and
  // their first evidence sentence, which clustering stored (events.evidence): finding it per query
  // from event_mentions, mentions and documents made a busy actor's timeline cost 250-600 ms on
  // the AFP/Xinhua store.
  private static final String EVENT_SELECT = "SELECT e.event_id, e.date, e.cameo, e.label, e.quad, e.goldstein,"
      + " a1.name, a2.name, al.name, e.num_mentions, e.num_sources, e.num_articles, e.first_seen, e.last_seen,"
      + " e.evidence"
      + " FROM sel e LEFT JOIN actors a1 ON a1.actor_id = e.actor1_id"
      + " LEFT JOIN actors a2 ON a2.actor_id = e.actor2_id LEFT JOIN actors al ON al.actor_id = e.location_id"
      + " ORDER BY e.date_start, e.event_id";

  private final Connection c;
  private final SearchIndex index;

  public StoreQuery(Connection connection, SearchIndex index) {
    this.c = connection;
    this.index = index;
  }

  /** Totals of documents, actors, events (clusters), mentions (coded sentences) and more. */
  public Stats stats() {
    return one("SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM actors),"
        + " (SELECT count(*) FROM events), (SELECT count(*) FROM mentions), (SELECT count(*) FROM quotes),"
        + " (SELECT count(*) FROM claims), (SELECT count(*) FROM goals)", List.of(),
        r -> new Stats(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5), r.getLong(6),
            r.getLong(7), index.size()));
  }

  /** Actors whose names contain {@code name} (all when null), most documents first. */
  public List<ActorRow> actors(String name, int limit) {
    return actors(name, limit, false);
  }

  /**
   * Actors whose names contain {@code name} (all when null), most documents first; with
   * {@code acting}, only actors that act (persons, organisations, groups, countries): places
   * ("Beijing" of "in Beijing", "Asia") are where things happen, and a seat that acts ("Beijing
   * said") is already a mention of its country.
   */
  public List<ActorRow> actors(String name, int limit, boolean acting) {
    List<Object> params = new ArrayList<>();
    String where = "";
    if (name != null && !name.isBlank()) {
      where = " WHERE (contains(lower(names), lower(?)) OR kb = ?)";
      params.add(name);
      params.add(name);
    }
    if (acting) {
      where += (where.isEmpty() ? " WHERE" : " AND") + " type IS DISTINCT FROM 'LOCATION'";
    }
    params.add(limit);
    return list("SELECT actor_id, name, type, kb, country, code, docs, mentions, first_seen, last_seen FROM actors"
        + where + " ORDER BY docs DESC, mentions DESC, actor_id LIMIT ?", params, StoreQuery::actorRow);
  }

  /**
   * The actor best matching {@code name} (an exact name or id match first, then the one in most
   * documents) with its roles and its events in date order, or null when there is none.
   */
  public ActorProfile actor(String name, EventFilter filter) {
    List<Integer> ids = actorIds(name);
    if (ids.isEmpty()) {
      return null;
    }
    int id = ids.get(0);
    ActorRow actor = one("SELECT actor_id, name, type, kb, country, code, docs, mentions, first_seen, last_seen"
        + " FROM actors WHERE actor_id = ?", List.of(id), StoreQuery::actorRow);
    List<RoleRow> roles = list("SELECT title, of_name, source, first_seen, last_seen, docs FROM actor_roles"
        + " WHERE actor_id = ? ORDER BY first_seen NULLS LAST, docs DESC, title", List.of(id),
        r -> new RoleRow(r.getString(1), r.getString(2), r.getString(3), date(r, 4), date(r, 5), r.getInt(6)));
    List<EventRow> timeline = eventsOf(List.of(id), filter);
    return new ActorProfile(actor, roles, timeline);
  }

  /** Events matching {@code filter}, in date order. */
  public List<EventRow> events(EventFilter filter) {
    if (filter.actor() != null) {
      List<Integer> ids = actorIds(filter.actor());
      return ids.isEmpty() ? List.of() : eventsOf(ids, filter);
    }
    return eventsOf(null, filter);
  }

  private List<EventRow> eventsOf(List<Integer> actorIds, EventFilter f) {
    // only the columns shown: the selection is materialised, and events has 24 columns
    StringBuilder sql = new StringBuilder("WITH sel AS (SELECT e.event_id, e.date, e.date_start, e.cameo, e.label,"
        + " e.quad, e.goldstein, e.actor1_id, e.actor2_id, e.location_id, e.num_mentions, e.num_sources,"
        + " e.num_articles, e.first_seen, e.last_seen, e.evidence FROM events e WHERE 1 = 1");
    List<Object> params = new ArrayList<>();
    if (actorIds != null) {
      sql.append(" AND e.event_id IN (SELECT event_id FROM event_actors WHERE actor_id IN (")
          .append(String.join(", ", Collections.nCopies(actorIds.size(), "?"))).append("))");
      params.addAll(actorIds);
    }
    dateFilter(sql, params, "e.date_end", "e.date_start", f);
    if (f.code() != null) {
      sql.append(" AND starts_with(e.cameo, ?)");
      params.add(f.code());
    }
    sql.append(" ORDER BY e.date_start, e.event_id LIMIT ?) ").append(EVENT_SELECT);
    params.add(f.limit());
    return list(sql.toString(), params, r -> new EventRow(r.getInt(1), r.getString(2), r.getString(3),
        r.getString(4), integer(r, 5), dbl(r, 6), r.getString(7), r.getString(8), r.getString(9), r.getInt(10),
        r.getInt(11), r.getInt(12), date(r, 13), date(r, 14), r.getString(15)));
  }

  /** Every mention (report) of an event with its evidence sentence. */
  public List<MentionRow> mentions(int eventId) {
    return list("SELECT em.event_id, em.doc_id, d.published, em.local_id, m.cameo, m.date, em.background,"
        + " m.span_start, m.span_end, substring(d.text, m.span_start + 1, m.span_end - m.span_start)"
        + " FROM event_mentions em JOIN mentions m ON m.doc_id = em.doc_id AND m.local_id = em.local_id"
        + " JOIN documents d ON d.doc_id = em.doc_id WHERE em.event_id = ? ORDER BY d.published, em.doc_id, m.seq",
        List.of(eventId), r -> new MentionRow(r.getInt(1), r.getString(2), date(r, 3), r.getString(4),
            r.getString(5), r.getString(6), r.getBoolean(7), r.getInt(8), r.getInt(9), r.getString(10)));
  }

  /** Quotes, filtered by speaker and publication date. */
  public List<QuoteRow> quotes(EventFilter f) {
    return statements("q.kind, q.verb, q.text FROM quotes q", "q.speaker", f,
        r -> new QuoteRow(r.getString(1), date(r, 2), r.getString(3), r.getString(4), r.getString(5),
            r.getString(6)));
  }

  /** Claims, filtered by source actor and publication date. */
  public List<ClaimRow> claims(EventFilter f) {
    return statements("q.certainty, q.negated, q.text FROM claims q", "q.source", f,
        r -> new ClaimRow(r.getString(1), date(r, 2), r.getString(3), r.getString(4), r.getBoolean(5),
            r.getString(6)), "coalesce(a.name, q.source_text)");
  }

  /** Goals, filtered by actor and publication date. */
  public List<GoalRow> goals(EventFilter f) {
    return statements("q.negated, q.text FROM goals q", "q.actor", f,
        r -> new GoalRow(r.getString(1), date(r, 2), r.getString(3), r.getBoolean(4), r.getString(5)));
  }

  private <T> List<T> statements(String columnsAndTable, String actorColumn, EventFilter f, RowMapper<T> reader) {
    return statements(columnsAndTable, actorColumn, f, reader, "a.name");
  }

  /**
   * Quotes, claims or goals: document id, publication date and the linked actor's name first,
   * then {@code columnsAndTable} (table aliased {@code q}), filtered by the actor linked through
   * {@code actorColumn} and by date, in date and text order.
   */
  private <T> List<T> statements(String columnsAndTable, String actorColumn, EventFilter f, RowMapper<T> reader,
      String actorName) {
    StringBuilder sql = new StringBuilder("SELECT q.doc_id, d.published, " + actorName + ", " + columnsAndTable
        + " JOIN documents d USING (doc_id)"
        + " LEFT JOIN actor_links l ON l.doc_id = q.doc_id AND l.local_id = " + actorColumn
        + " LEFT JOIN actors a ON a.actor_id = l.actor_id WHERE 1 = 1");
    List<Object> params = new ArrayList<>();
    if (!actorFilter(sql, params, "l.actor_id", f)) {
      return List.of();
    }
    dateFilter(sql, params, "d.published", "d.published", f);
    sql.append(" ORDER BY d.published, q.doc_id, q.span_start LIMIT ?");
    params.add(f.limit());
    return list(sql.toString(), params, reader);
  }

  /**
   * The relation graph: for each month and ordered actor pair (source → target), the number of
   * events by QuadClass and their mean Goldstein score, busiest pairs first.
   */
  public List<GraphEdge> graph(EventFilter f) {
    StringBuilder sql = new StringBuilder("SELECT strftime(e.date_start, '%Y-%m') AS period, a1.name, a2.name,"
        + " count(*), count(*) FILTER (WHERE e.quad = 1), count(*) FILTER (WHERE e.quad = 2),"
        + " count(*) FILTER (WHERE e.quad = 3), count(*) FILTER (WHERE e.quad = 4), avg(e.goldstein)"
        + " FROM events e JOIN actors a1 ON a1.actor_id = e.actor1_id JOIN actors a2 ON a2.actor_id = e.actor2_id"
        + " WHERE 1 = 1");
    List<Object> params = new ArrayList<>();
    if (f.actor() != null) {
      List<Integer> ids = actorIds(f.actor());
      if (ids.isEmpty()) {
        return List.of();
      }
      String in = String.join(", ", Collections.nCopies(ids.size(), "?"));
      sql.append(" AND (e.actor1_id IN (").append(in).append(") OR e.actor2_id IN (").append(in).append("))");
      params.addAll(ids);
      params.addAll(ids);
    }
    dateFilter(sql, params, "e.date_end", "e.date_start", f);
    if (f.code() != null) {
      sql.append(" AND starts_with(e.cameo, ?)");
      params.add(f.code());
    }
    sql.append(" GROUP BY period, e.actor1_id, e.actor2_id, a1.name, a2.name"
        + " ORDER BY period, count(*) DESC, a1.name, a2.name LIMIT ?");
    params.add(f.limit());
    return list(sql.toString(), params, r -> new GraphEdge(r.getString(1), r.getString(2), r.getString(3),
        r.getInt(4), r.getInt(5), r.getInt(6), r.getInt(7), r.getInt(8), dbl(r, 9)));
  }

  /** Full-text search over articles, quotes and claims (Lucene syntax), best first. */
  public List<SearchRow> search(String query, String kind, int limit) {
    List<SearchHit> hits = index.search(query, kind, limit);
    // one lookup per kind for all hits (not one per hit): titles and snippets keyed by doc and local id
    java.util.Map<String, java.util.Map<String, String[]>> found = new java.util.HashMap<>();
    for (String k : List.of("article", "quote", "claim")) {
      List<Object> docIds = hits.stream().filter(h -> kindOf(h).equals(k)).map(h -> (Object) h.docId())
          .distinct().toList();
      if (docIds.isEmpty()) {
        continue;
      }
      String in = String.join(", ", Collections.nCopies(docIds.size(), "?"));
      String sql = switch (k) {
        case "quote" -> "SELECT q.doc_id, q.local_id, d.title, q.text, CAST(d.published AS VARCHAR) FROM quotes q"
            + " JOIN documents d USING (doc_id)"
            + " WHERE q.doc_id IN (" + in + ")";
        case "claim" -> "SELECT q.doc_id, q.local_id, d.title, q.text, CAST(d.published AS VARCHAR) FROM claims q"
            + " JOIN documents d USING (doc_id)"
            + " WHERE q.doc_id IN (" + in + ")";
        default -> "SELECT doc_id, NULL, title, left(text, 200), CAST(published AS VARCHAR) FROM documents"
            + " WHERE doc_id IN (" + in + ")";
      };
      java.util.Map<String, String[]> byKey = new java.util.HashMap<>();
      list(sql, docIds, r -> byKey.put(r.getString(1) + "\0" + r.getString(2),
          new String[] {r.getString(3), r.getString(4), r.getString(5)}));
      found.put(k, byKey);
    }
    List<SearchRow> out = new ArrayList<>();
    for (SearchHit h : hits) {
      String k = kindOf(h);
      String[] f = found.getOrDefault(k, java.util.Map.of())
          .get(h.docId() + "\0" + (k.equals("article") ? null : h.localId()));
      if (f != null) {
        out.add(new SearchRow(h.kind(), h.docId(), h.localId(), h.score(), f[0], f[1],
            SqlValues.isoDate(f[2])));
      }
    }
    return out;
  }

  private static String kindOf(SearchHit h) {
    return "quote".equals(h.kind()) || "claim".equals(h.kind()) ? h.kind() : "article";
  }

  /**
   * Actor ids for a name: exact normalised-name or knowledge-base id matches first (most
   * documents first), else actors whose names contain it.
   */
  public List<Integer> actorIds(String name) {
    // exact matches through the precomputed normalised name first: a scan of every spelling
    // (lower-cased per query) cost 80 ms on the AFP/Xinhua store
    String norm = Names.normalise(name);
    List<Integer> exact = list("SELECT actor_id FROM actors WHERE coalesce(norm, lower(name)) = ? OR kb = ?"
        + " ORDER BY docs DESC, actor_id",
        List.of(norm.isEmpty() ? name : norm, name), r -> r.getInt(1));
    if (!exact.isEmpty()) {
      return exact;
    }
    return list("SELECT actor_id FROM actors WHERE contains(lower(names), lower(?)) ORDER BY docs DESC, actor_id",
        List.of(name), r -> r.getInt(1));
  }

  private boolean actorFilter(StringBuilder sql, List<Object> params, String column, EventFilter f) {
    if (f.actor() == null) {
      return true;
    }
    List<Integer> ids = actorIds(f.actor());
    if (ids.isEmpty()) {
      return false;
    }
    sql.append(" AND ").append(column).append(" IN (")
        .append(String.join(", ", Collections.nCopies(ids.size(), "?"))).append(")");
    params.addAll(ids);
    return true;
  }

  private static void dateFilter(StringBuilder sql, List<Object> params, String endColumn, String startColumn,
      EventFilter f) {
    if (f.from() != null) {
      sql.append(" AND ").append(endColumn).append(" >= ?");
      params.add(Date.valueOf(f.from()));
    }
    if (f.to() != null) {
      sql.append(" AND ").append(startColumn).append(" <= ?");
      params.add(Date.valueOf(f.to()));
    }
  }

  private static ActorRow actorRow(ResultSet r) throws SQLException {
    return new ActorRow(r.getInt(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
        r.getString(6), r.getInt(7), r.getInt(8), date(r, 9), date(r, 10));
  }

  @FunctionalInterface
  interface RowMapper<T> {
    T map(ResultSet r) throws SQLException;
  }

  private <T> List<T> list(String sql, List<?> params, RowMapper<T> mapper) {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        p.setObject(i + 1, params.get(i));
      }
      List<T> out = new ArrayList<>();
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(mapper.map(r));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("query failed (" + e.getMessage() + ")", e);
    }
  }

  private <T> T one(String sql, List<?> params, RowMapper<T> mapper) {
    List<T> rows = list(sql, params, mapper);
    return rows.isEmpty() ? null : rows.get(0);
  }
}
