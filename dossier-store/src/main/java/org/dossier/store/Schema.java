package org.dossier.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The store's tables (documented in docs/store.md). Raw tables hold each document's extraction as
 * written by {@code ingest}; derived tables (actors, events, …) are recomputed from the raw ones
 * by {@link Store#refresh()} in one transaction, so they never disagree with them.
 */
final class Schema {
  /**
   * Bump when a table changes incompatibly. 2: extracted texts as spans (views {@code quotes} …
   * over {@code quote_rows} …), zstd article text, first evidence and normalised names precomputed.
   * 3: actors' countries and codes from the text (CountryEvidence) and generic groups keyed by
   * country and code; stores of version 2 hold the old countries and must be re-ingested.
   */
  static final String VERSION = "3";

  /** Stored raw tables, one row per extracted item, all keyed by {@code doc_id}. */
  static final List<String> RAW_TABLES = List.of("documents", "doc_actors", "actor_mentions", "roles",
      "mentions", "quote_rows", "claim_rows", "goal_rows", "time_rows", "amount_rows", "doc_actor_geo",
      "doc_actor_metonymy");
  static final List<String> DERIVED_TABLES = List.of("actors", "actor_links", "actor_roles", "events",
      "event_mentions", "event_actors");

  private static final List<String> DDL = List.of(
      "CREATE TABLE IF NOT EXISTS meta(key VARCHAR, value VARCHAR)",
      "CREATE TABLE IF NOT EXISTS documents(doc_id VARCHAR NOT NULL, hash VARCHAR NOT NULL, title VARCHAR,"
          // zstd: 40% smaller than DuckDB's default dictionary+FSST on news text; read a few rows at a time
          + " published DATE, source VARCHAR, url VARCHAR, language VARCHAR,"
          + " text VARCHAR NOT NULL USING COMPRESSION zstd,"
          + " chars INTEGER, batch BIGINT NOT NULL)",
      "CREATE TABLE IF NOT EXISTS doc_actors(doc_id VARCHAR NOT NULL, local_id VARCHAR NOT NULL,"
          + " name VARCHAR NOT NULL, type VARCHAR NOT NULL, kb VARCHAR, country VARCHAR, code VARCHAR,"
          + " aliases VARCHAR)",
      // where a place actor is (Actor.geo); a side table so doc_actors keeps its columns
      "CREATE TABLE IF NOT EXISTS doc_actor_geo(doc_id VARCHAR NOT NULL, local_id VARCHAR NOT NULL,"
          + " lat DOUBLE NOT NULL, lon DOUBLE NOT NULL, feature_class VARCHAR, country_code VARCHAR, admin1 VARCHAR,"
          + " geonames_id BIGINT, precision VARCHAR NOT NULL)",
      // where a place's name stands for another actor (Actor.metonymy): one row per span; added
      // within schema 2 (a store written before it has the table empty after its next open)
      "CREATE TABLE IF NOT EXISTS doc_actor_metonymy(doc_id VARCHAR NOT NULL, local_id VARCHAR NOT NULL,"
          + " stands_for VARCHAR NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL)",
      "CREATE TABLE IF NOT EXISTS actor_mentions(doc_id VARCHAR NOT NULL, local_id VARCHAR NOT NULL,"
          + " span_start INTEGER, span_end INTEGER)",
      "CREATE TABLE IF NOT EXISTS roles(doc_id VARCHAR NOT NULL, local_id VARCHAR NOT NULL,"
          + " title VARCHAR NOT NULL, of_name VARCHAR, source VARCHAR, span_start INTEGER, span_end INTEGER)",
      "CREATE TABLE IF NOT EXISTS mentions(doc_id VARCHAR NOT NULL, local_id VARCHAR NOT NULL,"
          + " cameo VARCHAR NOT NULL, plover VARCHAR, quad TINYINT, goldstein DOUBLE, label VARCHAR,"
          + " source_ids VARCHAR, target_ids VARCHAR, location VARCHAR, date VARCHAR, mode VARCHAR,"
          + " attributed_to VARCHAR, span_start INTEGER, span_end INTEGER, seq INTEGER)",
      // Extracted texts (quotes, claims, goals, times, amounts) are spans of the article: the *_rows
      // tables store text only where it differs from the span's text (NULL otherwise), and the views
      // of the documented names cut it from the article, so no text is stored twice.
      "CREATE TABLE IF NOT EXISTS quote_rows(doc_id VARCHAR NOT NULL, local_id VARCHAR NOT NULL,"
          + " text VARCHAR, speaker VARCHAR, kind VARCHAR, verb VARCHAR, span_start INTEGER, span_end INTEGER)",
      "CREATE TABLE IF NOT EXISTS claim_rows(doc_id VARCHAR NOT NULL, local_id VARCHAR NOT NULL,"
          + " text VARCHAR, source VARCHAR, source_text VARCHAR, certainty VARCHAR, negated BOOLEAN,"
          + " span_start INTEGER, span_end INTEGER)",
      "CREATE TABLE IF NOT EXISTS goal_rows(doc_id VARCHAR NOT NULL, local_id VARCHAR NOT NULL,"
          + " actor VARCHAR, text VARCHAR, negated BOOLEAN, span_start INTEGER, span_end INTEGER)",
      "CREATE TABLE IF NOT EXISTS time_rows(doc_id VARCHAR NOT NULL, text VARCHAR, value VARCHAR,"
          + " span_start INTEGER, span_end INTEGER)",
      "CREATE TABLE IF NOT EXISTS amount_rows(doc_id VARCHAR NOT NULL, text VARCHAR, value DOUBLE, unit VARCHAR,"
          + " span_start INTEGER, span_end INTEGER)",
      view("quotes", "quote_rows", "q.doc_id, q.local_id, %s AS text, q.speaker, q.kind, q.verb,"
          + " q.span_start, q.span_end"),
      view("claims", "claim_rows", "q.doc_id, q.local_id, %s AS text, q.source, q.source_text, q.certainty,"
          + " q.negated, q.span_start, q.span_end"),
      view("goals", "goal_rows", "q.doc_id, q.local_id, q.actor, %s AS text, q.negated, q.span_start, q.span_end"),
      view("times", "time_rows", "q.doc_id, %s AS text, q.value, q.span_start, q.span_end"),
      view("amounts", "amount_rows", "q.doc_id, %s AS text, q.value, q.unit, q.span_start, q.span_end"),
      "CREATE TABLE IF NOT EXISTS actors(actor_id INTEGER NOT NULL, name VARCHAR NOT NULL, type VARCHAR,"
          + " kb VARCHAR, country VARCHAR, code VARCHAR, docs INTEGER, mentions INTEGER, first_seen DATE,"
          + " last_seen DATE, names VARCHAR, norm VARCHAR)",
      "CREATE TABLE IF NOT EXISTS actor_links(doc_id VARCHAR NOT NULL, local_id VARCHAR NOT NULL,"
          + " actor_id INTEGER NOT NULL)",
      "CREATE TABLE IF NOT EXISTS actor_roles(actor_id INTEGER NOT NULL, title VARCHAR, of_name VARCHAR,"
          + " source VARCHAR, first_seen DATE, last_seen DATE, docs INTEGER)",
      "CREATE TABLE IF NOT EXISTS events(event_id INTEGER NOT NULL, date VARCHAR, date_start DATE,"
          + " date_end DATE, cameo VARCHAR, base_code VARCHAR, root_code VARCHAR, quad TINYINT,"
          + " goldstein DOUBLE, label VARCHAR, plover VARCHAR, actor1_id INTEGER, actor2_id INTEGER,"
          + " location_id INTEGER, num_mentions INTEGER, num_sources INTEGER, num_articles INTEGER,"
          + " first_seen DATE, last_seen DATE, first_doc VARCHAR,"
          // the first evidence sentence (non-background, earliest report), precomputed for timelines
          // and its text: cutting it from the zstd-compressed article texts per query cost 150-350 ms
          + " evidence_doc VARCHAR, evidence_start INTEGER, evidence_end INTEGER,"
          + " evidence VARCHAR USING COMPRESSION zstd)",
      "CREATE TABLE IF NOT EXISTS event_mentions(event_id INTEGER NOT NULL, doc_id VARCHAR NOT NULL,"
          + " local_id VARCHAR NOT NULL, background BOOLEAN)",
      "CREATE TABLE IF NOT EXISTS event_actors(event_id INTEGER NOT NULL, actor_id INTEGER NOT NULL,"
          + " side VARCHAR NOT NULL)");

  private Schema() {}

  private static String view(String name, String table, String columns) {
    return "CREATE VIEW IF NOT EXISTS " + name + " AS SELECT " + columns.formatted(
        "coalesce(q.text, substring(d.text, q.span_start + 1, q.span_end - q.span_start))")
        + " FROM " + table + " q JOIN documents d ON d.doc_id = q.doc_id";
  }

  /** The schema version stored in {@code connection}'s meta table, null for a new database. */
  static String storedVersion(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(DDL.get(0));
      try (var r = s.executeQuery("SELECT value FROM meta WHERE key = 'schema'")) {
        return r.next() ? r.getString(1) : null;
      }
    }
  }

  /**
   * The schema version stored in a database opened read-only (nothing is created).
   *
   * @throws StoreException when the database has no meta table: it is not a Dossier store
   */
  static String storedVersionReadOnly(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement();
        var t = s.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta'")) {
      if (!t.next() || t.getLong(1) == 0) {
        throw new StoreException("not a Dossier store (the database has no meta table)");
      }
    }
    try (Statement s = connection.createStatement();
        var r = s.executeQuery("SELECT value FROM meta WHERE key = 'schema'")) {
      return r.next() ? r.getString(1) : null;
    }
  }

  static void create(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement()) {
      for (String ddl : DDL) {
        s.execute(ddl);
      }
    }
  }
}
