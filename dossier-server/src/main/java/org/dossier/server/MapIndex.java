package org.dossier.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.model.Geo;
import org.dossier.store.query.EventFilter;

/**
 * Events on the map: every stored event mention with a located place, grouped by place. An event's
 * place is its {@code location} actor when that actor has a {@code geo}; otherwise the most precise
 * located place mentioned inside its evidence span (the sentence that states it); otherwise it is not
 * on the map. The dateline is never used as a fallback.
 *
 * <p>Every located mention is read once, in {@link #load}, with its place, names and evidence
 * (a scan of the mentions and the compressed article texts: 0.4 s on the AFP/Xinhua store, which
 * a query per request made the slowest of the API); {@link #clusters} filters and groups in memory.
 *
 * <p>Immutable after {@link #load}; thread-safe.
 */
final class MapIndex {
  /** One event on the map. */
  record MapEvent(String document, String id, String cameo, String label, Integer quad, String date,
      List<String> source, List<String> target, String evidence, int start, int end) {}

  /** Events at one place. */
  record Cluster(String place, double lat, double lon, String precision, String countryCode, String admin1,
      int count, Map<Integer, Integer> quads, List<MapEvent> events) {}

  private record Located(String name, Geo geo, List<int[]> spans) {
    String key() {
      return geo.geonamesId() != null ? "g" + geo.geonamesId() : geo.precision() + "|" + geo.lat() + "|" + geo.lon();
    }
  }

  /** A located mention with what filters read, lower-cased actor names included. */
  private record Entry(MapEvent event, Located place, List<String> actorsLower) {}

  /** In document, then sentence order. */
  private final List<Entry> entries;

  private MapIndex(List<Entry> entries) {
    this.entries = entries;
  }

  static MapIndex load(Connection c) throws SQLException {
    Map<String, Map<String, Located>> placesByDoc = new HashMap<>();
    Map<String, Map<String, String>> namesByDoc = new HashMap<>();
    try (PreparedStatement p = c.prepareStatement("SELECT a.doc_id, a.local_id, a.name, g.lat, g.lon, g.feature_class,"
        + " g.country_code, g.admin1, g.geonames_id, g.precision FROM doc_actors a LEFT JOIN doc_actor_geo g"
        + " ON g.doc_id = a.doc_id AND g.local_id = a.local_id"
        + " WHERE a.doc_id IN (SELECT DISTINCT doc_id FROM mentions)");
        ResultSet r = p.executeQuery()) {
      while (r.next()) {
        namesByDoc.computeIfAbsent(r.getString(1), k -> new HashMap<>()).put(r.getString(2), r.getString(3));
        if (r.getObject(4) != null) {
          Number gid = (Number) r.getObject(9);
          Geo g = new Geo(r.getDouble(4), r.getDouble(5), r.getString(6), r.getString(7), r.getString(8),
              gid == null ? null : gid.longValue(), r.getString(10));
          placesByDoc.computeIfAbsent(r.getString(1), k -> new HashMap<>())
              .put(r.getString(2), new Located(r.getString(3), g, new ArrayList<>()));
        }
      }
    }
    try (PreparedStatement p = c.prepareStatement("SELECT m.doc_id, m.local_id, m.span_start, m.span_end"
        + " FROM actor_mentions m JOIN doc_actor_geo g ON g.doc_id = m.doc_id AND g.local_id = m.local_id");
        ResultSet r = p.executeQuery()) {
      while (r.next()) {
        Located l = placesByDoc.getOrDefault(r.getString(1), Map.of()).get(r.getString(2));
        if (l != null) {
          l.spans().add(new int[] {r.getInt(3), r.getInt(4)});
        }
      }
    }
    List<Entry> entries = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement("SELECT m.doc_id, m.local_id, m.cameo, m.label, m.quad,"
        + " coalesce(m.date, CAST(d.published AS VARCHAR)), m.source_ids, m.target_ids, m.location, m.span_start,"
        + " m.span_end, substring(d.text, m.span_start + 1, m.span_end - m.span_start)"
        + " FROM mentions m JOIN documents d USING (doc_id) ORDER BY m.doc_id, m.seq");
        ResultSet r = p.executeQuery()) {
      while (r.next()) {
        String doc = r.getString(1);
        Map<String, Located> places = placesByDoc.getOrDefault(doc, Map.of());
        int start = r.getInt(10);
        int end = r.getInt(11);
        Located at = r.getString(9) == null ? null : places.get(r.getString(9));
        if (at == null) {
          at = places.values().stream()
              .filter(l -> l.spans().stream().anyMatch(s -> s[0] >= start && s[1] <= end))
              .min(Comparator.comparingInt((Located l) -> Geo.PRECISIONS.indexOf(l.geo().precision())))
              .orElse(null);
        }
        if (at == null) {
          continue;
        }
        Map<String, String> names = namesByDoc.getOrDefault(doc, Map.of());
        List<String> source = names(r.getString(7), names);
        List<String> target = names(r.getString(8), names);
        List<String> lower = new ArrayList<>();
        for (String n : source) {
          lower.add(n.toLowerCase(Locale.ROOT));
        }
        for (String n : target) {
          lower.add(n.toLowerCase(Locale.ROOT));
        }
        Number quad = (Number) r.getObject(5);
        entries.add(new Entry(new MapEvent(doc, r.getString(2), r.getString(3), r.getString(4),
            quad == null ? null : quad.intValue(), r.getString(6), source, target, r.getString(12), start, end),
            at, List.copyOf(lower)));
      }
    }
    return new MapIndex(List.copyOf(entries));
  }

  /**
   * The located events matching {@code f} (date range, CAMEO code prefix, an actor on either side by
   * exact name), the first {@code f.limit()} in document order, grouped by place, most events first.
   */
  List<Cluster> clusters(EventFilter f) {
    Map<String, List<MapEvent>> byPlace = new LinkedHashMap<>();
    Map<String, Located> placeOf = new HashMap<>();
    String actor = f.actor() == null ? null : f.actor().toLowerCase(Locale.ROOT);
    int kept = 0;
    for (Entry e : entries) {
      if (kept >= f.limit()) {
        break;
      }
      MapEvent m = e.event();
      if (!inRange(m.date(), f.from(), f.to()) || (f.code() != null && !m.cameo().startsWith(f.code()))
          || (actor != null && !e.actorsLower().contains(actor))) {
        continue;
      }
      String key = e.place().key();
      placeOf.putIfAbsent(key, e.place());
      byPlace.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
      kept++;
    }
    List<Cluster> out = new ArrayList<>();
    for (Map.Entry<String, List<MapEvent>> e : byPlace.entrySet()) {
      Located l = placeOf.get(e.getKey());
      Map<Integer, Integer> quads = new java.util.TreeMap<>();
      for (MapEvent m : e.getValue()) {
        if (m.quad() != null) {
          quads.merge(m.quad(), 1, Integer::sum);
        }
      }
      Geo g = l.geo();
      out.add(new Cluster(l.name(), g.lat(), g.lon(), g.precision(), g.countryCode(), g.admin1(),
          e.getValue().size(), quads, e.getValue()));
    }
    out.sort(Comparator.comparingInt(Cluster::count).reversed());
    return out;
  }

  private static List<String> names(String ids, Map<String, String> names) {
    if (ids == null || ids.isBlank()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String id : ids.trim().split(" ")) {
      out.add(names.getOrDefault(id, id));
    }
    return out;
  }

  /** Whether a possibly reduced-precision ISO date ("2024", "2024-05", "2024-05-17") meets [from, to]. */
  static boolean inRange(String date, LocalDate from, LocalDate to) {
    if (from == null && to == null) {
      return true;
    }
    if (date == null || date.length() < 4) {
      return false;
    }
    String d = date.length() > 10 ? date.substring(0, 10) : date;
    String lo = d.length() == 4 ? d + "-01-01" : d.length() == 7 ? d + "-01" : d;
    String hi = d.length() == 4 ? d + "-12-31" : d.length() == 7 ? d + "-31" : d;
    return (from == null || hi.compareTo(from.toString()) >= 0) && (to == null || lo.compareTo(to.toString()) <= 0);
  }
}
