package org.dossier.server;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import org.dossier.brief.Brief;
import org.dossier.brief.Briefs;
import org.dossier.brief.StoreBriefs;
import org.dossier.model.Dossier;
import org.dossier.model.DossierJson;
import org.dossier.store.Store;
import org.duckdb.DuckDBConnection;
import org.dossier.store.query.DocumentQuery;
import org.dossier.store.query.EventFilter;
import org.dossier.store.query.FacetQuery;
import org.dossier.store.query.StoreQuery;
import org.dossier.store.query.Rows;

/**
 * The read-only operations the API serves, answered from a {@link ReadModel} built when the service
 * starts and rebuilt when the store's files change; documents (and their briefs) come from their
 * JSON held in memory ({@link HeldDocuments}, serialised in the background after each build), or
 * from the database until it is ready or when the store's documents are too many to hold.
 *
 * <p>A JDBC connection is not thread-safe, so each read borrows one of a fixed pool of connections
 * to the store's database (DuckDB connections duplicated from the store's, sharing one database
 * instance) and returns it when done: up to {@code connections} queries run in parallel, the rest
 * wait in line (fairly). The store's own connection is never used, so its owner may go on using it
 * while the service runs (the background read of the documents included).
 *
 * <p>Thread-safe. {@link #close} closes the duplicated connections, never the store's.
 */
final class StoreService implements AutoCloseable {
  /** Default pool size: DuckDB runs each query on several threads, so a few connections suffice. */
  static final int DEFAULT_CONNECTIONS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

  private final Store store;
  private final BlockingQueue<Connection> pool;
  private final List<Connection> duplicates = new ArrayList<>();
  private final StoreFiles files;
  private final List<Runnable> onChange = new ArrayList<>();
  private volatile ReadModel model;
  private volatile long modelMillis;
  private volatile CompletableFuture<HeldDocuments> documents;
  private volatile long documentsMillis;
  private volatile boolean closed;
  /**
   * Documents parsed from their JSON, and articles' briefs, kept: actor and topic briefs read the
   * same busy articles again and again. Cleared when the store changes.
   */
  private final Cache<String, Dossier> parsed = Caffeine.newBuilder().maximumSize(KEPT_DOCUMENTS).build();
  private final Cache<String, Brief> articleBriefs = Caffeine.newBuilder().maximumSize(KEPT_DOCUMENTS).build();
  /** Documents (and briefs) kept parsed: a few tens of MB for news articles. */
  private static final int KEPT_DOCUMENTS = 1_000;
  /** Incremented by each build; guarded by the builds' serialisation (the constructor, then {@code synchronized}). */
  private volatile long generation;

  StoreService(Store store) {
    this(store, DEFAULT_CONNECTIONS);
  }

  StoreService(Store store, int connections) {
    if (connections < 1 || connections > 256) {
      throw new IllegalArgumentException("connections must be 1..256, got: " + connections);
    }
    this.store = store;
    this.pool = new ArrayBlockingQueue<>(connections, true);
    try {
      DuckDBConnection main = store.connection().unwrap(DuckDBConnection.class);
      for (int i = 0; i < connections; i++) {
        Connection d = main.duplicate();
        duplicates.add(d);
        pool.add(d);
      }
    } catch (SQLException e) {
      close();
      throw new IllegalStateException("cannot open " + connections + " connections to the store: " + e.getMessage(), e);
    }
    this.files = new StoreFiles(store.dir());
    this.model = build();
  }

  private ReadModel build() {
    long t0 = System.nanoTime();
    ReadModel m = with(c -> ReadModel.load(c, store.index()));
    modelMillis = (System.nanoTime() - t0) / 1_000_000;
    documents = holdDocuments();
    return m;
  }

  /**
   * Serialises every document in the background (seconds on a store of a few thousand; with one
   * connection, queries wait meanwhile): until it is done, and when the documents are over the
   * budget, documents are read from the database.
   */
  private CompletableFuture<HeldDocuments> holdDocuments() {
    long budget = HeldDocuments.defaultBudget();
    long gen = ++generation; // a rebuild supersedes the documents of the model before
    return CompletableFuture.supplyAsync(() -> {
      long t0 = System.nanoTime();
      HeldDocuments d = with(c -> HeldDocuments.load(c, DossierJson.mapper(), budget,
          () -> closed || generation != gen));
      documentsMillis = (System.nanoTime() - t0) / 1_000_000;
      return d;
    }, r -> {
      Thread t = new Thread(r, "dossier-hold-documents");
      t.setDaemon(true);
      t.start();
    });
  }

  /** The documents held, or null while they are being read (or when reading them failed). */
  private HeldDocuments held() {
    CompletableFuture<HeldDocuments> d = documents;
    return d.isDone() && !d.isCompletedExceptionally() ? d.join() : null;
  }

  /**
   * Completes with a one-line description of the documents held in memory once they are (or why
   * they are not); completes exceptionally when reading them failed (documents are then read from
   * the database).
   */
  CompletableFuture<String> documentsHeld() {
    return documents.thenApply(d -> d.held() ? String.format(java.util.Locale.ROOT,
        "%,d documents held in memory (%,d MB of JSON) in %,d ms", d.count(), d.bytes() >> 20, documentsMillis)
        : "documents are read from the database: their JSON is over " + (HeldDocuments.defaultBudget() >> 20)
            + " MB, an eighth of the heap (raise it with DOSSIER_HEAP)");
  }

  /** Runs {@code r} whenever the store's files change (after the read model is rebuilt). */
  void onChange(Runnable r) {
    synchronized (onChange) {
      onChange.add(r);
    }
  }

  /**
   * Makes the next request rebuild the read model: the store's writer in this process (a watched
   * folder's ingest) calls it after each ingest, without waiting for the files' fingerprint.
   */
  void reload() {
    stale = true;
  }

  private volatile boolean stale;

  /** Rebuilds the read model (and empties the response cache) when the store changed since it was built. */
  void refreshIfChanged() {
    model();
  }

  /** The current read model, rebuilt first when the store's files have changed since it was built. */
  private ReadModel model() {
    boolean reload = stale;
    if (reload) {
      stale = false;
    }
    if (files.changed() | reload) {
      synchronized (this) {
        model = build();
        parsed.invalidateAll();
        articleBriefs.invalidateAll();
      }
      synchronized (onChange) {
        onChange.forEach(Runnable::run);
      }
    }
    return model;
  }

  /** What the read model holds and how long it took to build, for the start-up message. */
  String describe() {
    ReadModel m = model;
    return String.format(java.util.Locale.ROOT, "read model: %,d actors, %,d events in %,d ms; documents are"
        + " being serialised in the background", m.stats().actors(), m.eventCount(), modelMillis);
  }

  /** Number of connections queries can run on in parallel. */
  int connections() {
    return pool.remainingCapacity() + pool.size();
  }

  private <T> T with(SqlFunction<Connection, T> f) {
    Connection c;
    try {
      c = pool.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a store connection", e);
    }
    try {
      return f.apply(c);
    } catch (SQLException e) {
      throw new IllegalStateException("query failed: " + e.getMessage(), e);
    } finally {
      pool.add(c);
    }
  }

  @FunctionalInterface
  private interface SqlFunction<A, R> {
    R apply(A a) throws SQLException;
  }

  @Override
  public void close() {
    closed = true;
    CompletableFuture<HeldDocuments> pending = documents;
    if (pending != null) {
      try { // the background read stops at its next document; its connection must not close under it
        pending.get(30, java.util.concurrent.TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
        // nothing held then; the connections close either way
      }
    }
    for (Connection d : duplicates) {
      try {
        d.close();
      } catch (SQLException e) {
        // closing a read connection cannot lose data; the store's own connection stays open
      }
    }
    duplicates.clear();
  }

  Rows.Stats stats() {
    return model().stats();
  }

  List<Rows.SearchRow> search(String q, String kind, int limit) {
    return model().search(q, kind, limit);
  }

  /** Hits a search's facets count over: every hit up to this many (far more than a page). */
  static final int SEARCH_FACET_HITS = 10_000;

  /** The hits of {@code q} published in {@code year} (all when null), filtered over all hits, at most {@code limit}. */
  List<Rows.SearchRow> search(String q, String kind, String year, int limit) {
    if (year == null) {
      return search(q, kind, limit);
    }
    return model().search(q, kind, SEARCH_FACET_HITS).stream()
        .filter(h -> year.equals(h.published() == null ? FacetQuery.UNDATED : String.valueOf(h.published().getYear())))
        .limit(limit).toList();
  }

  /** Counts of a search's hits (up to {@link #SEARCH_FACET_HITS}) by kind and by publication year. */
  record SearchFacets(int hits, java.util.Map<String, Integer> kinds, java.util.Map<String, Integer> years) {}

  SearchFacets searchFacets(String q, String kind) {
    java.util.Map<String, Integer> kinds = new java.util.TreeMap<>();
    java.util.Map<String, Integer> years = new java.util.TreeMap<>();
    List<Rows.SearchRow> hits = model().search(q, kind, SEARCH_FACET_HITS);
    for (Rows.SearchRow h : hits) {
      kinds.merge(h.kind(), 1, Integer::sum);
      years.merge(h.published() == null ? FacetQuery.UNDATED : String.valueOf(h.published().getYear()), 1, Integer::sum);
    }
    return new SearchFacets(hits.size(), kinds, years);
  }

  List<Rows.ActorRow> actors(String name, int limit) {
    return model().actors(name, limit);
  }

  Optional<Rows.ActorProfile> actor(String name, EventFilter filter) {
    return Optional.ofNullable(model().actor(name, filter));
  }

  List<Rows.EventRow> events(EventFilter filter) {
    return model().events(filter);
  }

  List<Rows.EventRow> eventsBetween(EventFilter filter, String with, boolean directed) {
    return model().eventsBetween(filter, with, directed);
  }

  List<Rows.MentionRow> mentions(int eventId) {
    return model().mentions(eventId);
  }

  List<Rows.QuoteRow> quotes(EventFilter f) {
    return model().quotes(f);
  }

  List<Rows.ClaimRow> claims(EventFilter f) {
    return model().claims(f);
  }

  List<Rows.GoalRow> goals(EventFilter f) {
    return model().goals(f);
  }

  List<Rows.GraphEdge> graph(EventFilter f) {
    return model().graph(f);
  }

  /** Actors of a type and country, filtered over all of them (see {@link ReadModel#actors(String, String, String, int)}). */
  List<Rows.ActorRow> actors(String name, String type, String country, int limit) {
    return model().actors(name, type, country, limit);
  }

  /** Facet counts over the whole store, by the store's own SQL ({@link FacetQuery}). */
  FacetQuery.Facets facets(EventFilter f) {
    model();
    return with(c -> new FacetQuery(c, new StoreQuery(c, store.index())).facets(f));
  }

  /** When the store's documents were published. */
  PublicationRange published() {
    return model().published();
  }

  /** A timeline page, newest first (see {@link Timeline#page}). */
  Timeline.Page timeline(EventFilter f, Timeline.Band band, int offset) {
    ReadModel m = model();
    return m.timeline().page(f, band, offset, m.published());
  }

  /** Event {@code id} with every report of it. */
  Optional<Timeline.EventView> event(int id) {
    return Optional.ofNullable(model().timeline().event(id));
  }

  /**
   * The network answering a question (see {@link Relations#network}) over {@code f}'s dates, or the
   * events the dense publication range reports when it has none; empty when a named actor is unknown.
   */
  Optional<Relations.Network> network(EventFilter f, String with, boolean dyads, int nodes) {
    ReadModel m = model();
    if (f.from() == null && f.to() == null) { // no dates asked: the news of the store, never its background
      f = new EventFilter(f.actor(), m.published().eventsFrom(), m.published().to(), f.code(), f.limit());
    }
    return Optional.ofNullable(m.relations().network(f, with, dyads, nodes));
  }

  /** A dyad's trend over the dense publication range and its events within {@code f}'s dates. */
  Optional<Relations.Dyad> dyad(EventFilter f, String with) {
    ReadModel m = model();
    return Optional.ofNullable(m.relations().dyad(f, with, m.published().eventsFrom(), m.published().to()));
  }

  /** An actor's goals, claims and quotes grouped and ranked by how many articles state them. */
  record Statements(String actor, List<StatementGroups.Group> goals, List<StatementGroups.Group> claims,
      List<StatementGroups.Group> quotes) {}

  /** The statements of the actor best matching {@code name} within {@code f}'s dates, or empty. */
  Optional<Statements> statements(String name, EventFilter f, int limit) {
    ReadModel m = model();
    Rows.ActorProfile p = m.actor(name, EventFilter.all(1));
    if (p == null) {
      return Optional.empty();
    }
    EventFilter all = new EventFilter(p.actor().name(), f.from(), f.to(), null, Integer.MAX_VALUE);
    return Optional.of(new Statements(p.actor().name(),
        StatementGroups.group(m.goals(all), Rows.GoalRow::text, g -> g.negated() ? "negated" : null,
            Rows.GoalRow::docId, Rows.GoalRow::published, limit),
        StatementGroups.group(m.claims(all), Rows.ClaimRow::text,
            c -> c.certainty() + (c.negated() ? ", negated" : ""), Rows.ClaimRow::docId, Rows.ClaimRow::published, limit),
        StatementGroups.group(m.quotes(all), Rows.QuoteRow::text, Rows.QuoteRow::kind, Rows.QuoteRow::docId,
            Rows.QuoteRow::published, limit)));
  }

  /** The JSON of document {@code id} as the API writes it (not to be modified), or null when not held in memory. */
  byte[] documentJson(String id) {
    model();
    HeldDocuments d = held();
    return d == null ? null : d.json(id);
  }

  /** Document {@code id}: parsed from the JSON held, or read from the database. */
  Optional<Dossier> document(String id) {
    byte[] held = documentJson(id);
    return held != null ? Optional.of(parsed.get(id, k -> parse(held))) : with(c -> DocumentQuery.document(c, id));
  }

  private static Dossier parse(byte[] json) {
    return DossierJson.fromJson(new String(json, java.nio.charset.StandardCharsets.UTF_8));
  }

  List<MapIndex.Cluster> map(EventFilter f) {
    return model().map(f);
  }

  /** The brief of the actor best matching {@code name} over {@code [from, to]}, or empty when there is none. */
  Optional<Brief> actorBrief(String name, java.time.LocalDate from, java.time.LocalDate to) {
    ReadModel m = model();
    if (m.actor(name, EventFilter.all(1)) == null) {
      return Optional.empty();
    }
    return Optional.of(StoreBriefs.forActor(new ServedBriefSource(m, this::document, this::articleBrief), name, from, to));
  }

  /** The brief of the articles a full-text query finds over {@code [from, to]}. */
  Brief topicBrief(String query, java.time.LocalDate from, java.time.LocalDate to) {
    ReadModel m = model();
    return StoreBriefs.forTopic(new ServedBriefSource(m, this::document, this::articleBrief), query, from, to);
  }

  Optional<Brief> documentBrief(String id) {
    return document(id).map(this::articleBrief);
  }

  /** The brief of {@code d}, kept for the next request. */
  private Brief articleBrief(Dossier d) {
    return articleBriefs.get(d.document().id(), k -> Briefs.forArticle(d));
  }
}
