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
import java.util.HashMap;
import java.util.HashSet;
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

  /** An actor with what its name filter needs. */
  private record Actor(ActorRow row, String namesLower) {}


  private final Stats stats;
  private final EventMentions mentions;
  private final MapIndex map;
  private final ActorSpans actorSpans;
  private final PublicationRange published;
  private final HeldStatements<QuoteRow> quoteRows;
  private final HeldStatements<ClaimRow> claimRows;
  private final HeldStatements<GoalRow> goalRows;
  /** By docs descending, mentions descending, id: the order of {@code actors(name, limit)}. */
  private final List<Actor> byDocs;
  private final Map<Integer, Actor> actorsById;
  private final Map<Integer, List<RoleRow>> roles;
  /** By date_start (nulls last), event_id. */
  private final List<HeldEvent> events;
  /** The longest date range of an event, in days: bounds where a date filter's matches can start. */
  private final long maxSpanDays;
  private final Map<Integer, Integer> eventPosition;
  private final Relations relations;
  /** Positions in {@link #events} of each actor's events, ascending. */
  private final Map<Integer, int[]> eventsOfActor;
  private final Map<String, String[]> articles;
  private final Map<String, String[]> quotes;
  private final Map<String, String[]> claims;
  private final SearchIndex index;
  private final ActorNames names;

  private ReadModel(Stats stats, List<Actor> byDocs, Map<Integer, List<RoleRow>> roles, List<HeldEvent> events,
      Map<Integer, int[]> eventsOfActor, Map<String, String[]> articles, Map<String, String[]> quotes,
      Map<String, String[]> claims, SearchIndex index, HeldStatements<QuoteRow> quoteRows,
      HeldStatements<ClaimRow> claimRows, HeldStatements<GoalRow> goalRows, EventMentions mentions, MapIndex map,
      ActorSpans actorSpans, PublicationRange published) {
    this.published = published;
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
    this.names = new ActorNames(byDocs.stream().map(Actor::row).toList(),
        byDocs.stream().map(Actor::namesLower).toList());
    this.roles = roles;
    this.events = events;
    long span = 0;
    for (HeldEvent e : events) {
      if (e.start() != null && e.end() != null) {
        span = Math.max(span, java.time.temporal.ChronoUnit.DAYS.between(e.start(), e.end()));
      }
    }
    this.maxSpanDays = span;
    this.eventPosition = new HashMap<>();
    for (int i = 0; i < events.size(); i++) {
      eventPosition.put(events.get(i).row().id(), i);
    }
    this.relations = new Relations(this);
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
    List<HeldEvent> events = new ArrayList<>();
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
        events.add(new HeldEvent(row, date(r, 15), date(r, 16), r.getString(3), a1, a2, goldstein));
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
        + " CAST(published AS VARCHAR), source FROM documents");
    Map<String, String[]> quotes = texts(c, "SELECT q.doc_id, q.local_id, d.title, q.text, CAST(d.published AS VARCHAR)"
        + " FROM quotes q JOIN documents d USING (doc_id)");
    Map<String, String[]> claims = texts(c, "SELECT q.doc_id, q.local_id, d.title, q.text, CAST(d.published AS VARCHAR)"
        + " FROM claims q JOIN documents d USING (doc_id)");
    HeldStatements<QuoteRow> quoteRows = HeldStatements.load(c, "q.kind, q.verb, q.text FROM quotes q", "q.speaker", "a.name",
        r -> new QuoteRow(r.getString(1), date(r, 2), r.getString(3), r.getString(4), r.getString(5),
            r.getString(6)));
    HeldStatements<ClaimRow> claimRows = HeldStatements.load(c, "q.certainty, q.negated, q.text FROM claims q", "q.source",
        "coalesce(a.name, q.source_text)", r -> new ClaimRow(r.getString(1), date(r, 2), r.getString(3),
            r.getString(4), r.getBoolean(5), r.getString(6)));
    HeldStatements<GoalRow> goalRows = HeldStatements.load(c, "q.negated, q.text FROM goals q", "q.actor", "a.name",
        r -> new GoalRow(r.getString(1), date(r, 2), r.getString(3), r.getBoolean(4), r.getString(5)));
    return new ReadModel(stats, List.copyOf(actors), roles, List.copyOf(events), eventsOfActor, articles, quotes,
        claims, index, quoteRows, claimRows, goalRows, mentions, MapIndex.load(c), ActorSpans.load(c),
        PublicationRange.load(c));
  }

  /** As {@code StoreQuery.quotes(filter)}. */
  List<QuoteRow> quotes(EventFilter f) {
    return quoteRows.select(f, this::actorIds);
  }

  /** As {@code StoreQuery.claims(filter)}. */
  List<ClaimRow> claims(EventFilter f) {
    return claimRows.select(f, this::actorIds);
  }

  /** As {@code StoreQuery.goals(filter)}. */
  List<GoalRow> goals(EventFilter f) {
    return goalRows.select(f, this::actorIds);
  }

  private static Map<String, String[]> texts(Connection c, String sql) throws SQLException {
    Map<String, String[]> out = new HashMap<>();
    try (PreparedStatement p = c.prepareStatement(sql); ResultSet r = p.executeQuery()) {
      while (r.next()) {
        int n = r.getMetaData().getColumnCount();
        String[] fields = new String[n - 2];
        for (int i = 3; i <= n; i++) {
          fields[i - 3] = r.getString(i);
        }
        out.put(r.getString(1) + "\0" + r.getString(2), fields);
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
    return actors(name, null, null, limit);
  }

  /**
   * As {@code StoreQuery.actors(name, limit)} among the actors of type {@code type} and country
   * {@code country} (ISO3, or {@code FacetQuery.UNDATED} for none); null filters match every actor.
   * Filtered over every actor, never over a first page.
   */
  List<ActorRow> actors(String name, String type, String country, int limit) {
    List<ActorRow> out = new ArrayList<>();
    boolean all = name == null || name.isBlank();
    int[] at = all ? null : matching(name);
    int n = all ? byDocs.size() : at.length;
    for (int i = 0; i < n && out.size() < limit; i++) {
      ActorRow row = byDocs.get(all ? i : at[i]).row();
      if ((type == null || type.equals(row.type())) && (country == null
          || country.equals(row.country() == null ? org.dossier.store.query.FacetQuery.UNDATED : row.country()))) {
        out.add(row);
      }
    }
    return out;
  }

  /** When the store's documents were published (see {@link PublicationRange}). */
  PublicationRange published() {
    return published;
  }

  /** Timelines newest first and events with their reports (see {@link Timeline}). */
  Timeline timeline() {
    return new Timeline(this);
  }


  private int[] matching(String name) {
    return names.matching(name);
  }

  /** As {@code StoreQuery.actorIds(name)}: exact name or id matches first, else partial ones, busiest first. */
  List<Integer> actorIds(String name) {
    return names.actorIds(name);
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
      HeldEvent e = events.get(at[i]);
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
        HeldEvent e = events.get(i);
        if (keep(e, f)) {
          out.add(e.row());
        }
      }
      return out;
    }
    int[] at = positions(actorIds);
    for (int i = 0; i < at.length && out.size() < f.limit(); i++) {
      HeldEvent e = events.get(at[i]);
      if (keep(e, f)) {
        out.add(e.row());
      }
    }
    return out;
  }

  /** Positions of the events of any of {@code actorIds}, ascending and distinct. */
  int[] positions(List<Integer> actorIds) {
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
  int[] range(EventFilter f) {
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

  static boolean keep(HeldEvent e, EventFilter f) {
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
    return relations.graph(f);
  }

  /** Relations among actors: the graph's rows, neighbourhoods, dyads (see {@link Relations}). */
  Relations relations() {
    return relations;
  }

  /** Every event, by date_start (nulls last) then id. */
  List<HeldEvent> heldEvents() {
    return events;
  }

  /** The held event of id {@code id}, or null. */
  HeldEvent event(int id) {
    Integer at = eventPosition.get(id);
    return at == null ? null : events.get(at);
  }

  /** The actor of id {@code id}, or null. */
  ActorRow actorRow(Integer id) {
    Actor a = id == null ? null : actorsById.get(id);
    return a == null ? null : a.row();
  }

  /** The title, the first 200 characters, the publication date (ISO) and the source of document {@code docId}, or null. */
  String[] article(String docId) {
    return articles.get(docId + "\0" + null);
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
