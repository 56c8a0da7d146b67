package org.dossier.server;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.dossier.brief.Brief;
import org.dossier.brief.Briefs;
import org.dossier.model.Dossier;
import org.dossier.store.Store;
import org.dossier.store.query.DocumentQuery;
import org.dossier.store.query.EventFilter;
import org.dossier.store.query.Rows;
import org.dossier.store.query.StoreQuery;

/**
 * The read-only operations the API serves. The store's connection is not thread-safe, so calls are
 * serialised with a fair lock; each is a few milliseconds, which keeps tail latency bounded under
 * concurrent clients.
 *
 * <p>Thread-safe.
 */
final class StoreService {
  private final Store store;
  private final ReentrantLock lock = new ReentrantLock(true);

  StoreService(Store store) {
    this.store = store;
  }

  private <T> T read(Function<StoreQuery, T> f) {
    lock.lock();
    try {
      return f.apply(store.query());
    } finally {
      lock.unlock();
    }
  }

  Rows.Stats stats() {
    return read(StoreQuery::stats);
  }

  List<Rows.SearchRow> search(String q, String kind, int limit) {
    return read(s -> s.search(q, kind, limit));
  }

  List<Rows.ActorRow> actors(String name, int limit) {
    return read(s -> s.actors(name, limit));
  }

  Optional<Rows.ActorProfile> actor(String name, EventFilter filter) {
    return Optional.ofNullable(read(s -> s.actor(name, filter)));
  }

  List<Rows.EventRow> events(EventFilter filter) {
    return read(s -> s.events(filter));
  }

  List<Rows.MentionRow> mentions(int eventId) {
    return read(s -> s.mentions(eventId));
  }

  List<Rows.QuoteRow> quotes(EventFilter f) {
    return read(s -> s.quotes(f));
  }

  List<Rows.ClaimRow> claims(EventFilter f) {
    return read(s -> s.claims(f));
  }

  List<Rows.GoalRow> goals(EventFilter f) {
    return read(s -> s.goals(f));
  }

  List<Rows.GraphEdge> graph(EventFilter f) {
    return read(s -> s.graph(f));
  }

  Optional<Dossier> document(String id) {
    lock.lock();
    try {
      return DocumentQuery.document(store.connection(), id);
    } finally {
      lock.unlock();
    }
  }

  List<MapQuery.Cluster> map(EventFilter f) {
    lock.lock();
    try {
      return MapQuery.clusters(store.connection(), f);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("map query failed: " + e.getMessage(), e);
    } finally {
      lock.unlock();
    }
  }

  Optional<Brief> documentBrief(String id) {
    return document(id).map(Briefs::forArticle);
  }
}
