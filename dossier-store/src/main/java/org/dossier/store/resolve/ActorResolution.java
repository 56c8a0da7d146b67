package org.dossier.store.resolve;

import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.dossier.store.Rows;
import org.duckdb.DuckDBAppender;

/**
 * Cross-document actors. Document actors linked to the same knowledge-base id are one actor;
 * unlinked named ones merge when their normalised names and types are equal and their countries
 * are compatible (equal, or one of them unknown); generic groups merge only within one country,
 * by CAMEO code ("police" of Iraq with "Iraqi police": IRQCOP), and stay within their document
 * when they have no country (see {@link #identityKey}). An unlinked name equal to a linked actor's name
 * joins it. Roles are aggregated per actor with the first and last publication date they were
 * seen on.
 *
 * <p>Deterministic: documents are visited in (publication date, id) order, so the result does
 * not depend on the order of ingestion. Writes {@code actors}, {@code actor_links} and
 * {@code actor_roles} inside the caller's transaction.
 */
public final class ActorResolution {
  private ActorResolution() {}

  private static final class Group {
    final int id;
    final String kb;
    final String type;
    String country;
    final Map<String, Integer> names = new TreeMap<>();
    final Map<String, Integer> codes = new TreeMap<>();
    /** Countries documents gave a knowledge-base actor, "" for none. */
    final Map<String, Integer> countries = new TreeMap<>();
    final Set<String> docs = new HashSet<>();
    int mentions;
    LocalDate first;
    LocalDate last;

    Group(int id, String kb, String type, String country) {
      this.id = id;
      this.kb = kb;
      this.type = type;
      this.country = country;
    }
  }

  /** Rebuilds the actor tables from {@code doc_actors} and {@code roles}. */
  public static void rebuild(Connection c) throws SQLException {
    List<Group> groups = new ArrayList<>();
    Map<String, Group> byKb = new HashMap<>();
    Map<String, List<Group>> byName = new HashMap<>();
    Map<String, Integer> links = new LinkedHashMap<>();
    String sql = "SELECT a.doc_id, a.local_id, a.name, a.type, a.kb, a.country, a.code, d.published,"
        + " coalesce(m.n, 0) FROM doc_actors a JOIN documents d USING (doc_id)"
        + " LEFT JOIN (SELECT doc_id, local_id, count(*) AS n FROM actor_mentions GROUP BY doc_id, local_id) m"
        + " ON m.doc_id = a.doc_id AND m.local_id = a.local_id"
        + " ORDER BY d.published NULLS LAST, a.doc_id, a.local_id";
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        String doc = r.getString(1);
        String name = r.getString(3);
        String type = r.getString(4);
        String kb = r.getString(5);
        String country = r.getString(6);
        Date published = r.getDate(8);
        String key = identityKey(doc, name, type, country, r.getString(7));
        Group g;
        if (kb != null) {
          g = byKb.get(kb);
          if (g == null) {
            g = new Group(groups.size() + 1, kb, type, country);
            groups.add(g);
            byKb.put(kb, g);
            byName.computeIfAbsent(key, k -> new ArrayList<>()).add(g);
          }
        } else {
          g = "GROUP".equals(type) ? first(byName.get(key)) : pick(byName.get(key), country);
          if (g == null) {
            g = new Group(groups.size() + 1, null, type, country);
            groups.add(g);
            byName.computeIfAbsent(key, k -> new ArrayList<>()).add(g);
          }
        }
        if (g.country == null) {
          g.country = country;
        }
        g.countries.merge(country == null ? "" : country, 1, Integer::sum);
        g.names.merge(name, 1, Integer::sum);
        if (r.getString(7) != null) {
          g.codes.merge(r.getString(7), 1, Integer::sum);
        }
        g.docs.add(doc);
        g.mentions += Math.max(1, r.getInt(9));
        if (published != null) {
          LocalDate p = published.toLocalDate();
          g.first = g.first == null || p.isBefore(g.first) ? p : g.first;
          g.last = g.last == null || p.isAfter(g.last) ? p : g.last;
        }
        links.put(doc + "\t" + r.getString(2), g.id);
      }
    }
    try (DuckDBAppender actors = Rows.appender(c, "actors")) {
      for (Group g : groups) {
        String name = top(g.names);
        // a knowledge-base actor has the country most of its documents give it (none for the EU,
        // whichever article's context lent it Belgium); others keep their identity's country
        String country = g.kb == null ? g.country : emptyToNull(top(g.countries));
        Rows.row(actors, g.id, name, g.type, g.kb, country, g.codes.isEmpty() ? null : top(g.codes),
            g.docs.size(), g.mentions, g.first, g.last, String.join("; ", g.names.keySet()), norm(name));
      }
    }
    try (DuckDBAppender a = Rows.appender(c, "actor_links")) {
      for (Map.Entry<String, Integer> e : links.entrySet()) {
        int tab = e.getKey().indexOf('\t');
        Rows.row(a, e.getKey().substring(0, tab), e.getKey().substring(tab + 1), e.getValue());
      }
    }
    writeRoles(c);
  }

  /**
   * The key under which an unlinked document actor meets its namesakes. Named actors meet by
   * normalised name and type (countries are then compared by {@link #pick}). Generic groups
   * ("police", "troops", "reporters") are no world-wide actor: with a country they are keyed by
   * their CAMEO code (IRQCOP is the police of Iraq, whichever words named them) or by country and
   * name; without one they stay within their document.
   */
  static String identityKey(String doc, String name, String type, String country, String code) {
    if (!"GROUP".equals(type)) {
      return Names.normalise(name) + "\t" + type;
    }
    if (country == null) {
      return "doc\t" + doc + "\t" + Names.normalise(name);
    }
    boolean composed = code != null && code.length() > 3;
    return "group\t" + country + "\t" + (composed ? code : Names.normalise(name));
  }

  private static Group first(List<Group> candidates) {
    return candidates == null || candidates.isEmpty() ? null : candidates.get(0);
  }

  /** A group of the same name and type whose country is compatible, preferring an exact match. */
  private static Group pick(List<Group> candidates, String country) {
    if (candidates == null) {
      return null;
    }
    Group best = null;
    for (Group g : candidates) {
      if (country != null && country.equals(g.country)) {
        return g;
      }
      boolean compatible = country == null || g.country == null;
      if (compatible && (best == null || g.docs.size() > best.docs.size())) {
        best = g;
      }
    }
    return best;
  }

  /** The most frequent value; ties go to the longer, then the alphabetically first. */
  private static String emptyToNull(String s) {
    return s.isEmpty() ? null : s;
  }

  private static String top(Map<String, Integer> votes) {
    return votes.entrySet().stream()
        .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
            .thenComparingInt(e -> e.getKey().length())
            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .map(Map.Entry::getKey).orElseThrow();
  }

  /** The normalised name, or null when it is just the lower-cased name (most are: kept once). */
  private static String norm(String name) {
    String n = Names.normalise(name);
    return n.equals(name.toLowerCase(Locale.ROOT)) ? null : n;
  }

  private static void writeRoles(Connection c) throws SQLException {
    // roles are grouped case-insensitively; the most frequent spelling names the group
    String sql = "SELECT l.actor_id, r.title, r.of_name, r.source, d.published, r.doc_id FROM roles r"
        + " JOIN actor_links l ON l.doc_id = r.doc_id AND l.local_id = r.local_id"
        + " JOIN documents d ON d.doc_id = r.doc_id ORDER BY l.actor_id, d.published NULLS LAST, r.doc_id";
    record Key(int actor, String title, String of) {}
    final class Agg {
      final Map<String, Integer> titles = new TreeMap<>();
      final Map<String, Integer> ofs = new TreeMap<>();
      final Set<String> docs = new HashSet<>();
      String source;
      LocalDate first;
      LocalDate last;
    }
    Map<Key, Agg> aggs = new LinkedHashMap<>();
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        String title = r.getString(2);
        String of = r.getString(3);
        Key k = new Key(r.getInt(1), Names.normalise(title), of == null ? "" : Names.normalise(of));
        Agg a = aggs.computeIfAbsent(k, x -> new Agg());
        a.titles.merge(title, 1, Integer::sum);
        if (of != null) {
          a.ofs.merge(of, 1, Integer::sum);
        }
        a.docs.add(r.getString(6));
        String source = r.getString(4);
        a.source = a.source == null || "kb".equals(source) ? source : a.source;
        Date p = r.getDate(5);
        if (p != null) {
          LocalDate d = p.toLocalDate();
          a.first = a.first == null || d.isBefore(a.first) ? d : a.first;
          a.last = a.last == null || d.isAfter(a.last) ? d : a.last;
        }
      }
    }
    try (DuckDBAppender ap = Rows.appender(c, "actor_roles")) {
      for (Map.Entry<Key, Agg> e : aggs.entrySet()) {
        Agg a = e.getValue();
        Rows.row(ap, e.getKey().actor(), top(a.titles), a.ofs.isEmpty() ? null : top(a.ofs),
            Objects.requireNonNullElse(a.source, "text").toLowerCase(Locale.ROOT), a.first, a.last, a.docs.size());
      }
    }
  }
}
