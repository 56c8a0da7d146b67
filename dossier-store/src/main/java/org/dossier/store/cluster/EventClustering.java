package org.dossier.store.cluster;

import java.net.URI;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dossier.store.Rows;
import org.duckdb.DuckDBAppender;

/**
 * Groups event mentions (one per coded sentence) into real-world events, GDELT's Events/Mentions
 * split without its duplicates. A mention joins an event when
 * <ul>
 *   <li>its CAMEO root (first two digits) is the event's;</li>
 *   <li>its date range overlaps the event's ({@code 2022} contains {@code 2022-02-24}); a mention's
 *       date is the event date stated in the text, and the publication day only when none is, so
 *       "the 2022 invasion" in a 2024 article joins the 2022 event and never makes a 2024 one;</li>
 *   <li>each side of the dyad matches: the same cross-document actor, or the same country; an
 *       empty side only matches an empty side;</li>
 *   <li>locations are compatible: equal, same country, or one of them unknown.</li>
 * </ul>
 * Mentions are visited most precise date first, then by date, publication date, document and
 * position, so vaguer mentions join the precise events they fall within and the result does not
 * depend on ingestion order. Among several matching events the one with most mentions wins.
 * Only {@code asserted} and {@code reported} mentions form events; negated, hypothetical and
 * future ones stay in {@code mentions} only.
 *
 * <p>Writes {@code events}, {@code event_mentions} and {@code event_actors} inside the caller's
 * transaction; needs {@code actor_links} and {@code actors} to be current.
 */
public final class EventClustering {
  /** A mention dated this long before its article's publication is background. */
  static final int BACKGROUND_DAYS = 30;

  private EventClustering() {}

  /** One coded sentence, with its actors resolved across documents. */
  record Mention(String docId, String localId, int seq, String cameo, String plover, Integer quad, Double goldstein,
      String label, Set<Integer> sources, Set<Integer> targets, Set<String> sourceCountries,
      Set<String> targetCountries, Integer location, String locationCountry, DateRange date,
      LocalDate published, String outlet, boolean background, int start, int end, String text, String root) {
    Mention {
      root = cameo.substring(0, 2);
    }
  }

  /** Which report's sentence stands for an event: a current one first, then the earliest published. */
  private static final Comparator<Mention> EVIDENCE_ORDER = Comparator.comparing(Mention::background)
      .thenComparing(Mention::published, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(Mention::docId).thenComparingInt(Mention::seq);

  /** An event under construction. */
  static final class Cluster {
    int id;
    final Mention seed;
    final List<Mention> members = new ArrayList<>();

    Cluster(Mention seed) {
      this.seed = seed;
      members.add(seed);
    }
  }

  /** Rebuilds the event tables from {@code mentions}. */
  public static void rebuild(Connection c) throws SQLException {
    List<Mention> mentions = load(c);
    List<Cluster> clusters = cluster(mentions);
    write(c, clusters);
  }

  static List<Cluster> cluster(List<Mention> mentions) {
    List<Mention> order = new ArrayList<>(mentions);
    order.sort(Comparator.comparingInt((Mention m) -> -m.date().precision())
        .thenComparing(m -> m.date().start())
        .thenComparing(Mention::published, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(Mention::docId).thenComparingInt(Mention::seq));
    // Blocked by CAMEO root and period: an event dated to a day, week or month sits in the block of
    // each month its range touches, a year-dated one in its year's block, so a mention only meets
    // events whose dates can overlap its own.
    Map<String, List<Cluster>> blocks = new HashMap<>();
    List<Cluster> clusters = new ArrayList<>();
    for (Mention m : order) {
      Cluster best = null;
      for (String key : lookupKeys(m)) {
        for (Cluster k : blocks.getOrDefault(key, List.of())) {
          if ((best == null || k.members.size() > best.members.size()
              || k.members.size() == best.members.size() && k.id < best.id) && matches(k.seed, m)) {
            best = k;
          }
        }
      }
      if (best == null) {
        best = new Cluster(m);
        best.id = clusters.size();
        clusters.add(best);
        for (String key : homeKeys(m)) {
          blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(best);
        }
      } else {
        best.members.add(m);
      }
    }
    return clusters;
  }

  /** The blocks an event seeded by {@code m} lives in. */
  private static List<String> homeKeys(Mention m) {
    List<String> keys = new ArrayList<>();
    DateRange d = m.date();
    if (d.precision() == 1) {
      keys.add(m.root() + ":" + d.start().getYear());
    } else {
      for (YearMonth ym = YearMonth.from(d.start()); !ym.isAfter(YearMonth.from(d.end())); ym = ym.plusMonths(1)) {
        keys.add(m.root() + ":" + ym);
      }
    }
    return keys;
  }

  /** The blocks holding every event whose date range can overlap {@code m}'s. */
  private static List<String> lookupKeys(Mention m) {
    List<String> keys = new ArrayList<>();
    DateRange d = m.date();
    for (YearMonth ym = YearMonth.from(d.start()); !ym.isAfter(YearMonth.from(d.end())); ym = ym.plusMonths(1)) {
      keys.add(m.root() + ":" + ym);
    }
    for (int y = d.start().getYear(); y <= d.end().getYear(); y++) {
      keys.add(m.root() + ":" + y);
    }
    return keys;
  }

  static boolean matches(Mention event, Mention m) {
    return event.root().equals(m.root())
        && event.date().overlaps(m.date())
        && side(event.sources(), event.sourceCountries(), m.sources(), m.sourceCountries())
        && side(event.targets(), event.targetCountries(), m.targets(), m.targetCountries())
        && location(event, m);
  }

  private static boolean side(Set<Integer> a, Set<String> ac, Set<Integer> b, Set<String> bc) {
    if (a.isEmpty() || b.isEmpty()) {
      return a.isEmpty() && b.isEmpty();
    }
    return !Collections.disjoint(a, b) || !Collections.disjoint(ac, bc);
  }

  private static boolean location(Mention a, Mention b) {
    if (a.location() == null || b.location() == null || a.location().equals(b.location())) {
      return true;
    }
    return a.locationCountry() != null && a.locationCountry().equals(b.locationCountry());
  }

  private static List<Mention> load(Connection c) throws SQLException {
    Map<String, Integer> links = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT doc_id, local_id, actor_id FROM actor_links")) {
      while (r.next()) {
        links.put(r.getString(1) + "\t" + r.getString(2), r.getInt(3));
      }
    }
    Map<Integer, String> countries = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT actor_id, country FROM actors WHERE country IS NOT NULL")) {
      while (r.next()) {
        countries.put(r.getInt(1), r.getString(2));
      }
    }
    List<Mention> out = new ArrayList<>();
    String sql = "SELECT m.doc_id, m.local_id, m.seq, m.cameo, m.plover, m.quad, m.goldstein, m.label,"
        + " m.source_ids, m.target_ids, m.location, m.date, d.published, d.source, d.url, m.span_start, m.span_end,"
        + " substring(d.text, m.span_start + 1, m.span_end - m.span_start)"
        + " FROM mentions m JOIN documents d USING (doc_id)"
        + " WHERE m.mode IN ('asserted', 'reported') AND length(m.cameo) >= 2";
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        String doc = r.getString(1);
        Date pub = r.getDate(13);
        LocalDate published = pub == null ? null : pub.toLocalDate();
        DateRange date = DateRange.parse(r.getString(12));
        boolean background = false;
        if (date == null) {
          if (published == null) {
            continue; // an event with no date at all cannot be placed in time
          }
          date = DateRange.day(published);
        } else if (published != null) {
          background = date.end().isBefore(published.minusDays(BACKGROUND_DAYS));
        }
        Set<Integer> sources = resolve(links, doc, r.getString(9));
        Set<Integer> targets = resolve(links, doc, r.getString(10));
        Integer location = r.getString(11) == null ? null : links.get(doc + "\t" + r.getString(11));
        int quad = r.getInt(6);
        Integer quadValue = r.wasNull() ? null : quad;
        double g = r.getDouble(7);
        Double goldstein = r.wasNull() ? null : g;
        out.add(new Mention(doc, r.getString(2), r.getInt(3), r.getString(4), r.getString(5), quadValue, goldstein,
            r.getString(8), sources, targets, countriesOf(sources, countries), countriesOf(targets, countries),
            location, location == null ? null : countries.get(location), date, published,
            outlet(doc, r.getString(14), r.getString(15)), background, r.getInt(16), r.getInt(17),
            r.getString(18), null));
      }
    }
    return out;
  }

  private static Set<Integer> resolve(Map<String, Integer> links, String doc, String ids) {
    Set<Integer> out = new LinkedHashSet<>();
    if (ids != null && !ids.isBlank()) {
      for (String id : ids.split(" ")) {
        Integer a = links.get(doc + "\t" + id);
        if (a != null) {
          out.add(a);
        }
      }
    }
    return out;
  }

  private static Set<String> countriesOf(Set<Integer> actors, Map<Integer, String> countries) {
    Set<String> out = new HashSet<>();
    for (Integer a : actors) {
      String c = countries.get(a);
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  /** The outlet for NumSources: the source field, else the URL's host, else the document itself. */
  public static String outlet(String docId, String source, String url) {
    if (source != null && !source.isBlank()) {
      return source;
    }
    if (url != null) {
      try {
        String host = URI.create(url).getHost();
        if (host != null) {
          return host.startsWith("www.") ? host.substring(4) : host;
        }
      } catch (IllegalArgumentException e) {
        // an unparsable URL: fall through to the document id
      }
    }
    return "doc:" + docId;
  }

  private static void write(Connection c, List<Cluster> clusters) throws SQLException {
    List<Cluster> ordered = new ArrayList<>(clusters);
    ordered.sort(Comparator.comparing((Cluster k) -> k.seed.date().start())
        .thenComparing(k -> k.seed.docId()).thenComparingInt(k -> k.seed.seq()));
    try (DuckDBAppender events = Rows.appender(c, "events");
        DuckDBAppender em = Rows.appender(c, "event_mentions");
        DuckDBAppender ea = Rows.appender(c, "event_actors")) {
      int id = 0;
      for (Cluster k : ordered) {
        id++;
        Map<String, Integer> votes = new TreeMap<>();
        Set<String> docs = new HashSet<>();
        Set<String> outlets = new HashSet<>();
        LocalDate first = null;
        LocalDate last = null;
        Integer location = k.seed.location();
        Set<Integer> sources = new LinkedHashSet<>();
        Set<Integer> targets = new LinkedHashSet<>();
        for (Mention m : k.members) {
          votes.merge(m.cameo(), 1, Integer::sum);
          docs.add(m.docId());
          outlets.add(m.outlet());
          if (m.published() != null) {
            first = first == null || m.published().isBefore(first) ? m.published() : first;
            last = last == null || m.published().isAfter(last) ? m.published() : last;
          }
          location = location == null ? m.location() : location;
          sources.addAll(m.sources());
          targets.addAll(m.targets());
          Rows.row(em, id, m.docId(), m.localId(), m.background());
        }
        String code = votes.entrySet().stream()
            .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                .thenComparingInt(e -> e.getKey().length())
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
            .orElseThrow().getKey();
        Mention rep = k.members.stream().filter(m -> m.cameo().equals(code)).findFirst().orElse(k.seed);
        Mention evidence = k.members.stream().min(EVIDENCE_ORDER).orElseThrow();
        DateRange d = k.seed.date();
        Rows.row(events, id, d.value(), d.start(), d.end(), code, code.substring(0, Math.min(3, code.length())),
            code.substring(0, 2), rep.quad() == null ? null : rep.quad().byteValue(), rep.goldstein(), rep.label(),
            rep.plover(), k.seed.sources().stream().findFirst().orElse(null),
            k.seed.targets().stream().findFirst().orElse(null), location, k.members.size(), outlets.size(),
            docs.size(), first, last, k.seed.docId(), evidence.docId(), evidence.start(), evidence.end(),
            evidence.text());
        for (Integer a : sources) {
          Rows.row(ea, id, a, "source");
        }
        for (Integer a : targets) {
          Rows.row(ea, id, a, "target");
        }
      }
    }
  }
}
