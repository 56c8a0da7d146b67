package org.dossier.server;

import static org.dossier.store.query.SqlValues.date;
import static org.dossier.store.query.SqlValues.dbl;
import static org.dossier.store.query.SqlValues.integer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.store.index.SearchHit;
import org.dossier.store.index.SearchIndex;
import org.dossier.store.query.EventFilter;
import org.dossier.store.query.Rows.ActorProfile;
import org.dossier.store.query.Rows.ActorRow;
import org.dossier.store.query.Rows.ClaimRow;
import org.dossier.store.query.Rows.GoalRow;
import org.dossier.store.query.Rows.QuoteRow;
import org.dossier.store.query.Rows.EventRow;
import org.dossier.store.query.Rows.GraphEdge;
import org.dossier.store.query.Rows.MentionRow;
import org.dossier.store.query.Rows.RoleRow;
import org.dossier.store.query.Rows.SearchRow;
import org.dossier.store.query.Rows.Stats;
import org.dossier.store.resolve.Names;

/**
 * An in-memory copy of the store's derived tables that the hot API paths read: actors with their
 * roles, events with their first evidence sentence and their actors, totals, and the titles and
 * snippets full-text hits are shown with. Built once from the database (the store is read-only
 * while served); answers the same rows, in the same order, as the corresponding
 * {@link org.dossier.store.query.StoreQuery} methods, without a database round trip
 * ({@code ReadModelTest} checks the equivalence).
 *
 * <p>Immutable after {@link #load}; thread-safe.
 */
final class ReadModel {
  private static final Comparator<String> TEXT_NULLS_LAST = Comparator.nullsLast(Comparator.naturalOrder());

  /** An actor with what its name filter needs. */
  private record Actor(ActorRow row, String namesLower) {}

  /** An event with the columns filters and grouping need besides its row. */
  private record Event(EventRow row, LocalDate start, LocalDate end, String cameo, Integer actor1, Integer actor2,
      Double goldstein) {}

  /** Quotes, claims or goals in the order their queries answer, with their actor index. */
  private record Statements<T>(List<T> rows, List<LocalDate> published, Map<Integer, int[]> ofActor) {
    static <T> Statements<T> of(List<T> rows, List<LocalDate> published, List<Integer> actors) {
      Map<Integer, List<Integer>> at = new HashMap<>();
      for (int i = 0; i < actors.size(); i++) {
        if (actors.get(i) != null) {
          at.computeIfAbsent(actors.get(i), k -> new ArrayList<>()).add(i);
        }
      }
      Map<Integer, int[]> ofActor = new HashMap<>();
      at.forEach((k, v) -> ofActor.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
      return new Statements<>(List.copyOf(rows), published, ofActor);
    }
  }

  @FunctionalInterface
  private interface RowReader<T> {
    T read(ResultSet r) throws SQLException;
  }

  private final Stats stats;
  private final EventMentions mentions;
  private final MapIndex map;
  private final ActorSpans actorSpans;
  private final Statements<QuoteRow> quoteRows;
  private final Statements<ClaimRow> claimRows;
  private final Statements<GoalRow> goalRows;
  /** By docs descending, mentions descending, id: the order of {@code actors(name, limit)}. */
  private final List<Actor> byDocs;
  private final Map<Integer, Actor> actorsById;
  private final Map<Integer, List<RoleRow>> roles;
  /** By date_start (nulls last), event_id. */
  private final List<Event> events;
  /** The longest date range of an event, in days: bounds where a date filter's matches can start. */
  private final long maxSpanDays;
  /** Positions in {@link #events} of each actor's events, ascending. */
  private final Map<Integer, int[]> eventsOfActor;
  private final Map<String, String[]> articles;
  private final Map<String, String[]> quotes;
  private final Map<String, String[]> claims;
  private final SearchIndex index;
  /** Every actor's lower-cased names, in {@link #byDocs} order, each followed by {@link #SEPARATOR}. */
  private final String allNames;
  /** Where each actor's names start in {@link #allNames}. */
  private final int[] starts;
  /** Positions in {@link #byDocs} of the actors with each knowledge-base id. */
  private final Map<String, int[]> byKb;
  private static final char SEPARATOR = '\u0001';
  /** Names already resolved to actor ids; bounded by clearing (the answers never change). */
  private final Map<String, List<Integer>> resolved = new java.util.concurrent.ConcurrentHashMap<>();
  private static final int MAX_RESOLVED = 20_000;

  private ReadModel(Stats stats, List<Actor> byDocs, Map<Integer, List<RoleRow>> roles, List<Event> events,
      Map<Integer, int[]> eventsOfActor, Map<String, String[]> articles, Map<String, String[]> quotes,
      Map<String, String[]> claims, SearchIndex index, Statements<QuoteRow> quoteRows,
      Statements<ClaimRow> claimRows, Statements<GoalRow> goalRows, EventMentions mentions, MapIndex map,
      ActorSpans actorSpans) {
    this.stats = stats;
    this.mentions = mentions;
    this.map = map;
    this.actorSpans = actorSpans;
    this.quoteRows = quoteRows;
    this.claimRows = claimRows;
    this.goalRows = goalRows;
    this.byDocs = byDocs;
    this.actorsById = new HashMap<>();
    byDocs.forEach(a -> actorsById.put(a.row().id(), a));
    StringBuilder all = new StringBuilder();
    this.starts = new int[byDocs.size()];
    Map<String, List<Integer>> kb = new HashMap<>();
    for (int i = 0; i < byDocs.size(); i++) {
      starts[i] = all.length();
      Actor a = byDocs.get(i);
      all.append(a.namesLower() == null ? "" : a.namesLower().replace(SEPARATOR, ' ')).append(SEPARATOR);
      if (a.row().kb() != null) {
        kb.computeIfAbsent(a.row().kb(), k -> new ArrayList<>()).add(i);
      }
    }
    this.allNames = all.toString();
    this.byKb = new HashMap<>();
    kb.forEach((k, v) -> byKb.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    this.roles = roles;
    this.events = events;
    long span = 0;
    for (Event e : events) {
      if (e.start() != null && e.end() != null) {
        span = Math.max(span, java.time.temporal.ChronoUnit.DAYS.between(e.start(), e.end()));
      }
    }
    this.maxSpanDays = span;
    this.eventsOfActor = eventsOfActor;
    this.articles = articles;
    this.quotes = quotes;
    this.claims = claims;
    this.index = index;
  }

  /**
   * Reads the model from the store's database; {@code index} answers full-text queries.
   */
  static ReadModel load(Connection c, SearchIndex index) throws SQLException {
    Stats stats;
    try (PreparedStatement p = c.prepareStatement("SELECT (SELECT count(*) FROM documents),"
        + " (SELECT count(*) FROM actors), (SELECT count(*) FROM events), (SELECT count(*) FROM mentions),"
        + " (SELECT count(*) FROM quotes), (SELECT count(*) FROM claims), (SELECT count(*) FROM goals)");
        ResultSet r = p.executeQuery()) {
      r.next();
      stats = new Stats(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5), r.getLong(6),
          r.getLong(7), index.size());
    }
    List<Actor> actors = new ArrayList<>();
    Map<Integer, String> names = new HashMap<>();
    try (PreparedStatement p = c.prepareStatement("SELECT actor_id, name, type, kb, country, code, docs, mentions,"
        + " first_seen, last_seen, names FROM actors ORDER BY docs DESC, mentions DESC, actor_id");
        ResultSet r = p.executeQuery()) {
      while (r.next()) {
        ActorRow row = new ActorRow(r.getInt(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
            r.getString(6), r.getInt(7), r.getInt(8), date(r, 9), date(r, 10));
        String all = r.getString(11);
        actors.add(new Actor(row, all == null ? null : all.toLowerCase(Locale.ROOT)));
        names.put(row.id(), row.name());
      }
    }
    Map<Integer, List<RoleRow>> roles = new HashMap<>();
    try (PreparedStatement p = c.prepareStatement("SELECT actor_id, title, of_name, source, first_seen, last_seen,"
        + " docs FROM actor_roles ORDER BY actor_id, first_seen NULLS LAST, docs DESC, title");
        ResultSet r = p.executeQuery()) {
      while (r.next()) {
        roles.computeIfAbsent(r.getInt(1), k -> new ArrayList<>()).add(new RoleRow(r.getString(2), r.getString(3),
            r.getString(4), date(r, 5), date(r, 6), r.getInt(7)));
      }
    }
    EventMentions mentions = EventMentions.load(c);
    List<Event> events = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement("SELECT event_id, date, cameo, label, quad, goldstein,"
        + " actor1_id, actor2_id, location_id, num_mentions, num_sources, num_articles, first_seen, last_seen,"
        + " date_start, date_end, evidence FROM events ORDER BY date_start, event_id");
        ResultSet r = p.executeQuery()) {
      while (r.next()) {
        int id = r.getInt(1);
        Integer a1 = integer(r, 7);
        Integer a2 = integer(r, 8);
        Integer loc = integer(r, 9);
        Double goldstein = dbl(r, 6);
        EventRow row = new EventRow(id, r.getString(2), r.getString(3), r.getString(4), integer(r, 5), goldstein,
            a1 == null ? null : names.get(a1), a2 == null ? null : names.get(a2), loc == null ? null : names.get(loc),
            r.getInt(10), r.getInt(11), r.getInt(12), date(r, 13), date(r, 14), r.getString(17));
        events.add(new Event(row, date(r, 15), date(r, 16), r.getString(3), a1, a2, goldstein));
      }
    }
    Map<Integer, Integer> position = new HashMap<>();
    for (int i = 0; i < events.size(); i++) {
      position.put(events.get(i).row().id(), i);
    }
    Map<Integer, Set<Integer>> ofActor = new HashMap<>();
    try (PreparedStatement p = c.prepareStatement("SELECT event_id, actor_id FROM event_actors");
        ResultSet r = p.executeQuery()) {
      while (r.next()) {
        Integer at = position.get(r.getInt(1));
        if (at != null) {
          ofActor.computeIfAbsent(r.getInt(2), k -> new HashSet<>()).add(at);
        }
      }
    }
    Map<Integer, int[]> eventsOfActor = new HashMap<>();
    ofActor.forEach((actor, at) -> {
      int[] sorted = at.stream().mapToInt(Integer::intValue).toArray();
      Arrays.sort(sorted);
      eventsOfActor.put(actor, sorted);
    });
    Map<String, String[]> articles = texts(c, "SELECT doc_id, NULL, title, left(text, 200),"
        + " CAST(published AS VARCHAR) FROM documents");
    Map<String, String[]> quotes = texts(c, "SELECT q.doc_id, q.local_id, d.title, q.text, CAST(d.published AS VARCHAR)"
        + " FROM quotes q JOIN documents d USING (doc_id)");
    Map<String, String[]> claims = texts(c, "SELECT q.doc_id, q.local_id, d.title, q.text, CAST(d.published AS VARCHAR)"
        + " FROM claims q JOIN documents d USING (doc_id)");
    Statements<QuoteRow> quoteRows = statements(c, "q.kind, q.verb, q.text FROM quotes q", "q.speaker", "a.name",
        r -> new QuoteRow(r.getString(1), date(r, 2), r.getString(3), r.getString(4), r.getString(5),
            r.getString(6)));
    Statements<ClaimRow> claimRows = statements(c, "q.certainty, q.negated, q.text FROM claims q", "q.source",
        "coalesce(a.name, q.source_text)", r -> new ClaimRow(r.getString(1), date(r, 2), r.getString(3),
            r.getString(4), r.getBoolean(5), r.getString(6)));
    Statements<GoalRow> goalRows = statements(c, "q.negated, q.text FROM goals q", "q.actor", "a.name",
        r -> new GoalRow(r.getString(1), date(r, 2), r.getString(3), r.getBoolean(4), r.getString(5)));
    return new ReadModel(stats, List.copyOf(actors), roles, List.copyOf(events), eventsOfActor, articles, quotes,
        claims, index, quoteRows, claimRows, goalRows, mentions, MapIndex.load(c), ActorSpans.load(c));
  }

  /**
   * Every quote, claim or goal as {@code StoreQuery}'s statement query reads them (document,
   * publication date, linked actor's name, then {@code columnsAndTable}), in its order, with the
   * linked actor's id last.
   */
  private static <T> Statements<T> statements(Connection c, String columnsAndTable, String actorColumn,
      String actorName, RowReader<T> reader) throws SQLException {
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
    return Statements.of(rows, published, actors);
  }

  /** As {@code StoreQuery.quotes(filter)}. */
  List<QuoteRow> quotes(EventFilter f) {
    return select(quoteRows, f);
  }

  /** As {@code StoreQuery.claims(filter)}. */
  List<ClaimRow> claims(EventFilter f) {
    return select(claimRows, f);
  }

  /** As {@code StoreQuery.goals(filter)}. */
  List<GoalRow> goals(EventFilter f) {
    return select(goalRows, f);
  }

  private <T> List<T> select(Statements<T> s, EventFilter f) {
    int[] at;
    if (f.actor() != null) {
      List<Integer> ids = actorIds(f.actor());
      if (ids.isEmpty()) {
        return List.of();
      }
      at = ids.stream().flatMapToInt(id -> Arrays.stream(s.ofActor().getOrDefault(id, new int[0])))
          .distinct().sorted().toArray();
    } else {
      at = null;
    }
    List<T> out = new ArrayList<>();
    int n = at == null ? s.rows().size() : at.length;
    for (int i = 0; i < n && out.size() < f.limit(); i++) {
      int k = at == null ? i : at[i];
      LocalDate d = s.published().get(k);
      if ((f.from() != null && (d == null || d.isBefore(f.from()))) || (f.to() != null && (d == null
          || d.isAfter(f.to())))) {
        continue;
      }
      out.add(s.rows().get(k));
    }
    return out;
  }

  private static Map<String, String[]> texts(Connection c, String sql) throws SQLException {
    Map<String, String[]> out = new HashMap<>();
    try (PreparedStatement p = c.prepareStatement(sql); ResultSet r = p.executeQuery()) {
      while (r.next()) {
        out.put(r.getString(1) + "\0" + r.getString(2), new String[] {r.getString(3), r.getString(4), r.getString(5)});
      }
    }
    return out;
  }

  /** Totals, as {@code StoreQuery.stats()}. */
  Stats stats() {
    return stats;
  }

  /** As {@code StoreQuery.mentions(eventId)}. */
  List<MentionRow> mentions(int eventId) {
    return mentions.of(eventId);
  }

  /** Actors' first mentions and role statements (see {@link ActorSpans}). */
  ActorSpans actorSpans() {
    return actorSpans;
  }

  /** Events on the map, grouped by place (see {@link MapIndex}). */
  List<MapIndex.Cluster> map(EventFilter f) {
    return map.clusters(f);
  }

  /** Number of events held, for start-up reporting. */
  int eventCount() {
    return events.size();
  }

  /** As {@code StoreQuery.actors(name, limit)}. */
  List<ActorRow> actors(String name, int limit) {
    List<ActorRow> out = new ArrayList<>();
    if (name == null || name.isBlank()) {
      for (int i = 0; i < byDocs.size() && out.size() < limit; i++) {
        out.add(byDocs.get(i).row());
      }
      return out;
    }
    int[] at = matching(name);
    for (int i = 0; i < at.length && out.size() < limit; i++) {
      out.add(byDocs.get(at[i]).row());
    }
    return out;
  }

  /**
   * Positions in {@link #byDocs}, ascending, of the actors one of whose names contains {@code name}
   * (ignoring case) or whose knowledge-base id is {@code name}: the SQL's
   * {@code contains(lower(names), lower(?)) OR kb = ?}, by one search through all names.
   */
  private int[] matching(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    List<Integer> found = new ArrayList<>();
    if (lower.indexOf(SEPARATOR) >= 0) {
      for (int i = 0; i < byDocs.size(); i++) {
        String names = byDocs.get(i).namesLower();
        if (names != null && names.contains(lower)) {
          found.add(i);
        }
      }
    } else if (!lower.isEmpty()) {
      int from = 0;
      int at;
      while ((at = allNames.indexOf(lower, from)) >= 0) {
        int i = Arrays.binarySearch(starts, at);
        i = i >= 0 ? i : -i - 2; // the actor whose names the match lies in (it cannot span a separator)
        found.add(i);
        from = i + 1 < starts.length ? starts[i + 1] : allNames.length();
      }
    } else {
      for (int i = 0; i < byDocs.size(); i++) {
        if (byDocs.get(i).namesLower() != null) {
          found.add(i);
        }
      }
    }
    int[] kb = byKb.getOrDefault(name, new int[0]);
    if (kb.length == 0) {
      return found.stream().mapToInt(Integer::intValue).toArray();
    }
    return java.util.stream.IntStream.concat(found.stream().mapToInt(Integer::intValue), Arrays.stream(kb))
        .distinct().sorted().toArray();
  }

  /** As {@code StoreQuery.actorIds(name)}: exact name or id matches first, else partial ones, busiest first. */
  List<Integer> actorIds(String name) {
    // every actor-filtered request resolves its name; a scan of all actors' names is the costliest step
    List<Integer> known = resolved.get(name);
    if (known != null) {
      return known;
    }
    if (resolved.size() >= MAX_RESOLVED) {
      resolved.clear();
    }
    List<Integer> ids = List.copyOf(scanActorIds(name));
    resolved.put(name, ids);
    return ids;
  }

  private List<Integer> scanActorIds(String name) {
    String norm = Names.normalise(name);
    List<Actor> found = new ArrayList<>();
    for (int i : matching(name)) {
      found.add(byDocs.get(i));
    }
    // the SQL orders these by docs and id only (not mentions)
    found.sort(Comparator.comparingInt((Actor a) -> -a.row().docs()).thenComparingInt(a -> a.row().id()));
    List<Integer> exact = new ArrayList<>();
    List<Integer> partial = new ArrayList<>();
    for (Actor a : found) {
      boolean same = name.equals(a.row().kb()) || Names.normalise(a.row().name()).equals(norm);
      (same ? exact : partial).add(a.row().id());
    }
    return exact.isEmpty() ? partial : exact;
  }

  /** As {@code StoreQuery.actor(name, filter)}; null when no actor matches. */
  ActorProfile actor(String name, EventFilter filter) {
    List<Integer> ids = actorIds(name);
    if (ids.isEmpty()) {
      return null;
    }
    int id = ids.get(0);
    return new ActorProfile(actorsById.get(id).row(), roles.getOrDefault(id, List.of()),
        eventsOf(List.of(id), filter));
  }

  /** As {@code StoreQuery.events(filter)}. */
  List<EventRow> events(EventFilter filter) {
    if (filter.actor() != null) {
      List<Integer> ids = actorIds(filter.actor());
      return ids.isEmpty() ? List.of() : eventsOf(ids, filter);
    }
    return eventsOf(null, filter);
  }

  /**
   * Events of a dyad: those of {@code filter.actor()} (which must be set) with the actor named
   * {@code with} on the other side, in either direction, or only from the first to the second when
   * {@code directed}; otherwise as {@link #events}.
   */
  List<EventRow> eventsBetween(EventFilter filter, String with, boolean directed) {
    if (filter.actor() == null || with == null) {
      throw new IllegalArgumentException("a dyad needs both actors, got: " + filter.actor() + ", " + with);
    }
    Set<Integer> a = new HashSet<>(actorIds(filter.actor()));
    Set<Integer> b = new HashSet<>(actorIds(with));
    List<EventRow> out = new ArrayList<>();
    if (a.isEmpty() || b.isEmpty()) {
      return out;
    }
    int[] at = positions(List.copyOf(a.size() <= b.size() ? a : b));
    for (int i = 0; i < at.length && out.size() < filter.limit(); i++) {
      Event e = events.get(at[i]);
      boolean forward = a.contains(e.actor1()) && b.contains(e.actor2());
      boolean backward = !directed && b.contains(e.actor1()) && a.contains(e.actor2());
      if ((forward || backward) && keep(e, filter)) {
        out.add(e.row());
      }
    }
    return out;
  }

  private List<EventRow> eventsOf(List<Integer> actorIds, EventFilter f) {
    List<EventRow> out = new ArrayList<>();
    if (actorIds == null) {
      int[] range = range(f);
      for (int i = range[0]; i < range[1] && out.size() < f.limit(); i++) {
        Event e = events.get(i);
        if (keep(e, f)) {
          out.add(e.row());
        }
      }
      return out;
    }
    int[] at = positions(actorIds);
    for (int i = 0; i < at.length && out.size() < f.limit(); i++) {
      Event e = events.get(at[i]);
      if (keep(e, f)) {
        out.add(e.row());
      }
    }
    return out;
  }

  /** Positions of the events of any of {@code actorIds}, ascending and distinct. */
  private int[] positions(List<Integer> actorIds) {
    if (actorIds.size() == 1) {
      return eventsOfActor.getOrDefault(actorIds.get(0), new int[0]);
    }
    return actorIds.stream().flatMapToInt(id -> Arrays.stream(eventsOfActor.getOrDefault(id, new int[0])))
        .distinct().sorted().toArray();
  }

  /**
   * The slice {@code [from, to)} of {@link #events} (sorted by start date, undated last) that can
   * hold events meeting the filter's dates: none starts after its last day, and none ends before its
   * first day if it started more than the longest event range before it.
   */
  private int[] range(EventFilter f) {
    int hi = events.size();
    if (f.to() != null) {
      hi = firstStartingAfter(f.to());
    }
    int lo = 0;
    if (f.from() != null) {
      lo = firstStartingAfter(f.from().minusDays(maxSpanDays + 1));
    }
    return new int[] {Math.min(lo, hi), hi};
  }

  /** The first position whose event starts after {@code day} or has no start date. */
  private int firstStartingAfter(LocalDate day) {
    int lo = 0;
    int hi = events.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      LocalDate start = events.get(mid).start();
      if (start != null && !start.isAfter(day)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static boolean keep(Event e, EventFilter f) {
    if (f.from() != null && (e.end() == null || e.end().isBefore(f.from()))) {
      return false;
    }
    if (f.to() != null && (e.start() == null || e.start().isAfter(f.to()))) {
      return false;
    }
    return f.code() == null || (e.cameo() != null && e.cameo().startsWith(f.code()));
  }

  /** As {@code StoreQuery.graph(filter)}: per month and actor pair, counts by QuadClass and mean Goldstein. */
  List<GraphEdge> graph(EventFilter f) {
    Set<Integer> ids = null;
    if (f.actor() != null) {
      ids = new HashSet<>(actorIds(f.actor()));
      if (ids.isEmpty()) {
        return List.of();
      }
    }
    record Key(String period, int actor1, int actor2) {}
    final class Acc {
      final int[] quads = new int[5];
      int count;
      double sum;
      int scored;
    }
    Map<Key, Acc> groups = new LinkedHashMap<>();
    // an actor's graph reads only its events (grouping order does not matter: the edges are sorted)
    int[] range = range(f);
    List<Event> candidates = events.subList(range[0], range[1]);
    if (ids != null) {
      int[] at = positions(List.copyOf(ids));
      candidates = new ArrayList<>(at.length);
      for (int i : at) {
        candidates.add(events.get(i));
      }
    }
    for (Event e : candidates) {
      if (e.actor1() == null || e.actor2() == null || !actorsById.containsKey(e.actor1())
          || !actorsById.containsKey(e.actor2())) {
        continue;
      }
      if (ids != null && !ids.contains(e.actor1()) && !ids.contains(e.actor2())) {
        continue;
      }
      if (!keep(e, f)) {
        continue;
      }
      String period = e.start() == null ? null : e.start().toString().substring(0, 7);
      Acc acc = groups.computeIfAbsent(new Key(period, e.actor1(), e.actor2()), k -> new Acc());
      acc.count++;
      Integer quad = e.row().quad();
      if (quad != null && quad >= 1 && quad <= 4) {
        acc.quads[quad]++;
      }
      if (e.goldstein() != null) {
        acc.sum += e.goldstein();
        acc.scored++;
      }
    }
    List<GraphEdge> out = new ArrayList<>(groups.size());
    groups.forEach((k, a) -> out.add(new GraphEdge(k.period(), actorsById.get(k.actor1()).row().name(),
        actorsById.get(k.actor2()).row().name(), a.count, a.quads[1], a.quads[2], a.quads[3], a.quads[4],
        a.scored == 0 ? null : a.sum / a.scored)));
    out.sort(Comparator.comparing(GraphEdge::period, TEXT_NULLS_LAST)
        .thenComparing(Comparator.comparingInt(GraphEdge::events).reversed())
        .thenComparing(GraphEdge::actor1).thenComparing(GraphEdge::actor2));
    return out.size() > f.limit() ? List.copyOf(out.subList(0, f.limit())) : out;
  }

  /** As {@code StoreQuery.search(query, kind, limit)}: Lucene hits with titles and snippets from memory. */
  List<SearchRow> search(String query, String kind, int limit) {
    List<SearchRow> out = new ArrayList<>();
    for (SearchHit h : index.search(query, kind, limit)) {
      String k = "quote".equals(h.kind()) || "claim".equals(h.kind()) ? h.kind() : "article";
      String[] f = switch (k) {
        case "quote" -> quotes.get(h.docId() + "\0" + h.localId());
        case "claim" -> claims.get(h.docId() + "\0" + h.localId());
        default -> articles.get(h.docId() + "\0" + null);
      };
      if (f != null) {
        out.add(new SearchRow(h.kind(), h.docId(), h.localId(), h.score(), f[0], f[1],
            org.dossier.store.query.SqlValues.isoDate(f[2])));
      }
    }
    return out;
  }
}
