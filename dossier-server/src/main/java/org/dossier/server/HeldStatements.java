package org.dossier.server;

import static org.dossier.store.query.SqlValues.date;
import static org.dossier.store.query.SqlValues.integer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dossier.store.query.EventFilter;

/**
 * Every quote, claim or goal of the store in the order {@code StoreQuery}'s statement queries answer
 * them (publication date, document, position), with the index of each linked actor's rows.
 *
 * <p>Immutable after {@link #load}; thread-safe.
 *
 * @param <T> the row type
 */
final class HeldStatements<T> {
  @FunctionalInterface
  interface RowReader<T> {
    T read(ResultSet r) throws SQLException;
  }

  private final List<T> rows;
  private final List<LocalDate> published;
  private final Map<Integer, int[]> ofActor;

  private HeldStatements(List<T> rows, List<LocalDate> published, List<Integer> actors) {
    Map<Integer, List<Integer>> at = new HashMap<>();
    for (int i = 0; i < actors.size(); i++) {
      if (actors.get(i) != null) {
        at.computeIfAbsent(actors.get(i), k -> new ArrayList<>()).add(i);
      }
    }
    Map<Integer, int[]> index = new HashMap<>();
    at.forEach((k, v) -> index.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    this.rows = List.copyOf(rows);
    this.published = published;
    this.ofActor = index;
  }

  /**
   * Every quote, claim or goal as {@code StoreQuery}'s statement query reads them (document,
   * publication date, linked actor's name, then {@code columnsAndTable}), in its order, with the
   * linked actor's id last.
   */
  static <T> HeldStatements<T> load(Connection c, String columnsAndTable, String actorColumn, String actorName,
      RowReader<T> reader) throws SQLException {
    List<T> rows = new ArrayList<>();
    List<LocalDate> published = new ArrayList<>();
    List<Integer> actors = new ArrayList<>();
    String sql = "SELECT q.doc_id, d.published, " + actorName + ", " + columnsAndTable.replace(" FROM ",
        ", l.actor_id FROM ") + " JOIN documents d USING (doc_id)"
        + " LEFT JOIN actor_links l ON l.doc_id = q.doc_id AND l.local_id = " + actorColumn
        + " LEFT JOIN actors a ON a.actor_id = l.actor_id ORDER BY d.published, q.doc_id, q.span_start";
    try (PreparedStatement p = c.prepareStatement(sql); ResultSet r = p.executeQuery()) {
      int last = r.getMetaData().getColumnCount();
      while (r.next()) {
        rows.add(reader.read(r));
        published.add(date(r, 2));
        actors.add(integer(r, last));
      }
    }
    return new HeldStatements<>(rows, published, actors);
  }

  /**
   * The rows of the actors {@code actorIds} resolves {@code f.actor()} to (all rows when it is null)
   * published within {@code f}'s dates, at most {@code f.limit()}, in order.
   */
  List<T> select(EventFilter f, Function<String, List<Integer>> actorIds) {
    int[] at;
    if (f.actor() != null) {
      List<Integer> ids = actorIds.apply(f.actor());
      if (ids.isEmpty()) {
        return List.of();
      }
      at = ids.stream().flatMapToInt(id -> Arrays.stream(ofActor.getOrDefault(id, new int[0])))
          .distinct().sorted().toArray();
    } else {
      at = null;
    }
    List<T> out = new ArrayList<>();
    int n = at == null ? rows.size() : at.length;
    for (int i = 0; i < n && out.size() < f.limit(); i++) {
      int k = at == null ? i : at[i];
      LocalDate d = published.get(k);
      if ((f.from() != null && (d == null || d.isBefore(f.from()))) || (f.to() != null && (d == null
          || d.isAfter(f.to())))) {
        continue;
      }
      out.add(rows.get(k));
    }
    return out;
  }
}
