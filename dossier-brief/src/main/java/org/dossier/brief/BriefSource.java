package org.dossier.brief;

import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import org.dossier.model.Dossier;
import org.dossier.store.index.SearchIndex;
import org.dossier.store.query.ActorEvidence;
import org.dossier.store.query.ActorEvidence.StoredSpan;
import org.dossier.store.query.DocumentQuery;
import org.dossier.store.query.EventFilter;
import org.dossier.store.query.Rows;
import org.dossier.store.query.StoreQuery;

/**
 * What a brief across a store reads: the answers of {@link StoreQuery} and {@link ActorEvidence}
 * it needs. {@link #of} reads the store's database; a server answers most of them from memory.
 * Implementations answer exactly as the database would (same rows, same order).
 */
public interface BriefSource {
  /** As {@link StoreQuery#actor}. */
  Rows.ActorProfile actor(String name, EventFilter filter);

  /** As {@link StoreQuery#goals}. */
  List<Rows.GoalRow> goals(EventFilter filter);

  /** As {@link StoreQuery#quotes}. */
  List<Rows.QuoteRow> quotes(EventFilter filter);

  /** As {@link StoreQuery#claims}. */
  List<Rows.ClaimRow> claims(EventFilter filter);

  /** As {@link StoreQuery#mentions}. */
  List<Rows.MentionRow> mentions(int eventId);

  /** As {@link StoreQuery#search}. */
  List<Rows.SearchRow> search(String query, String kind, int limit);

  /** As {@link DocumentQuery#document}. */
  Optional<Dossier> document(String docId);

  /** As {@link ActorEvidence#mentions}. */
  List<StoredSpan> firstMentions(int actorId, int limit);

  /** As {@link ActorEvidence#role}. */
  Optional<StoredSpan> role(int actorId, String title);

  /** As {@link ActorEvidence#statement}. */
  Optional<StoredSpan> statement(String table, String docId, String text);

  /** The brief of one article, {@link Briefs#forArticle} by default (a server may keep them). */
  default Brief articleBrief(Dossier document) {
    return Briefs.forArticle(document);
  }

  /**
   * Reads {@code connection} (the store's database; not used by anyone else meanwhile) and
   * {@code index} (its full-text index).
   */
  static BriefSource of(Connection connection, SearchIndex index) {
    StoreQuery q = new StoreQuery(connection, index);
    ActorEvidence ev = new ActorEvidence(connection);
    return new BriefSource() {
      @Override
      public Rows.ActorProfile actor(String name, EventFilter filter) {
        return q.actor(name, filter);
      }

      @Override
      public List<Rows.GoalRow> goals(EventFilter filter) {
        return q.goals(filter);
      }

      @Override
      public List<Rows.QuoteRow> quotes(EventFilter filter) {
        return q.quotes(filter);
      }

      @Override
      public List<Rows.ClaimRow> claims(EventFilter filter) {
        return q.claims(filter);
      }

      @Override
      public List<Rows.MentionRow> mentions(int eventId) {
        return q.mentions(eventId);
      }

      @Override
      public List<Rows.SearchRow> search(String query, String kind, int limit) {
        return q.search(query, kind, limit);
      }

      @Override
      public Optional<Dossier> document(String docId) {
        return DocumentQuery.document(connection, docId);
      }

      @Override
      public List<StoredSpan> firstMentions(int actorId, int limit) {
        return ev.mentions(actorId, limit);
      }

      @Override
      public Optional<StoredSpan> role(int actorId, String title) {
        return ev.role(actorId, title);
      }

      @Override
      public Optional<StoredSpan> statement(String table, String docId, String text) {
        return ev.statement(table, docId, text);
      }
    };
  }
}
