package org.dossier.store.query;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.store.StoreException;

/**
 * Facet counts over a whole store, by SQL aggregation: how many actors of each type and country,
 * how many events of each CAMEO root and year, how many documents of each source and publication
 * year. A count is what the matching list query would return without a limit: the events of root
 * {@code 04} are {@code StoreQuery.events} with code {@code 04}; an event counts in every year its
 * date range reaches (as the date filter matches it), undated events under {@link #UNDATED}.
 *
 * <p>Not thread-safe (one connection).
 */
public final class FacetQuery {
  /** The facet value of an event or document without a date, or an actor without a country. */
  public static final String UNDATED = "none";

  /**
   * Counts per value of each facet, values ordered by count (descending) then value.
   *
   * @param actorTypes       actors by type (PERSON, ORGANIZATION...)
   * @param actorCountries   actors by ISO3 country ({@link #UNDATED} when none)
   * @param eventRoots       events by CAMEO root (two digits)
   * @param eventYears       events by year of their date range
   * @param documentSources  documents by source: the stored source, else the agency prefix of a
   *                         Gigaword-style id ({@code AFP_ENG_…} is AFP), else {@link #UNDATED}
   * @param documentYears    documents by publication year
   */
  public record Facets(Map<String, Long> actorTypes, Map<String, Long> actorCountries, Map<String, Long> eventRoots,
      Map<String, Long> eventYears, Map<String, Long> documentSources, Map<String, Long> documentYears) {}

  /** The source of a document as the source facet counts it (SQL over {@code documents}). */
  public static final String SOURCE_SQL = "coalesce(nullif(trim(source), ''),"
      + " nullif(regexp_extract(doc_id, '^([A-Z]{2,10})_[A-Z]{3}_', 1), ''), '" + UNDATED + "')";

  private final Connection c;
  private final StoreQuery query;

  public FacetQuery(Connection connection, StoreQuery query) {
    this.c = connection;
    this.query = query;
  }

  /**
   * The facets: event counts among the events {@code f} selects (its actor, dates and code; not its
   * limit), document counts among the documents published within its dates, actor counts over all
   * actors.
   */
  public Facets facets(EventFilter f) {
    List<Object> params = new ArrayList<>();
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    boolean any = true;
    if (f.actor() != null) {
      List<Integer> ids = query.actorIds(f.actor());
      any = !ids.isEmpty();
      where.append(" AND e.event_id IN (SELECT event_id FROM event_actors WHERE actor_id IN (")
          .append(String.join(", ", Collections.nCopies(Math.max(1, ids.size()), "?"))).append("))");
      params.addAll(ids.isEmpty() ? List.of(-1) : ids);
    }
    if (f.from() != null) {
      where.append(" AND e.date_end >= ?");
      params.add(Date.valueOf(f.from()));
    }
    if (f.to() != null) {
      where.append(" AND e.date_start <= ?");
      params.add(Date.valueOf(f.to()));
    }
    if (f.code() != null) {
      where.append(" AND starts_with(e.cameo, ?)");
      params.add(f.code());
    }
    String events = "FROM events e" + where;
    Map<String, Long> roots = any ? counts("SELECT coalesce(left(e.cameo, 2), '" + UNDATED + "') AS v, count(*) "
        + events + " GROUP BY v", params) : Map.of();
    // an event in every year its range reaches, as a date filter over that year matches it
    Map<String, Long> years = any ? counts("SELECT v, count(*) FROM (SELECT CASE WHEN e.date_start IS NULL"
        + " OR e.date_end IS NULL THEN ['" + UNDATED + "'] ELSE list_transform(range(year(e.date_start),"
        + " year(e.date_end) + 1), y -> CAST(y AS VARCHAR)) END AS ys " + events + "), unnest(ys) AS t(v)"
        + " GROUP BY v", params) : Map.of();
    List<Object> docParams = new ArrayList<>();
    StringBuilder docWhere = new StringBuilder(" WHERE 1 = 1");
    if (f.from() != null) {
      docWhere.append(" AND published >= ?");
      docParams.add(Date.valueOf(f.from()));
    }
    if (f.to() != null) {
      docWhere.append(" AND published <= ?");
      docParams.add(Date.valueOf(f.to()));
    }
    Map<String, Long> sources = counts("SELECT " + SOURCE_SQL + " AS v, count(*) FROM documents" + docWhere
        + " GROUP BY v", docParams);
    Map<String, Long> docYears = counts("SELECT coalesce(CAST(year(published) AS VARCHAR), '" + UNDATED
        + "') AS v, count(*) FROM documents" + docWhere + " GROUP BY v", docParams);
    Map<String, Long> types = counts("SELECT type AS v, count(*) FROM actors GROUP BY v", List.of());
    Map<String, Long> countries = counts("SELECT coalesce(country, '" + UNDATED + "') AS v, count(*) FROM actors"
        + " GROUP BY v", List.of());
    return new Facets(types, countries, roots, years, sources, docYears);
  }

  private Map<String, Long> counts(String sql, List<Object> params) {
    try (PreparedStatement p = c.prepareStatement("SELECT * FROM (" + sql + ") ORDER BY 2 DESC, 1")) {
      for (int i = 0; i < params.size(); i++) {
        p.setObject(i + 1, params.get(i));
      }
      Map<String, Long> out = new LinkedHashMap<>();
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.put(r.getString(1), r.getLong(2));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("facet query failed: " + e.getMessage(), e);
    }
  }
}
