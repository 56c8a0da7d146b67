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
  /** Bump when a table changes incompatibly. */
  static final String VERSION = "1";

  static final List<String> RAW_TABLES = List.of("documents", "doc_actors", "actor_mentions", "roles",
      "mentions", "quotes", "claims", "goals", "times", "amounts", "doc_actor_geo");
  static final List<String> DERIVED_TABLES = List.of("actors", "actor_links", "actor_roles", "events",
      "event_mentions", "event_actors");

  private static final List<String> DDL = List.of(
      "CREATE TABLE IF NOT EXISTS meta(key VARCHAR, value VARCHAR)",
      "CREATE TABLE IF NOT EXISTS documents(doc_id VARCHAR NOT NULL, hash VARCHAR NOT NULL, title VARCHAR,"
          + " published DATE, source VARCHAR, url VARCHAR, language VARCHAR, text VARCHAR NOT NULL,"
          + " chars INTEGER, batch BIGINT NOT NULL)",
      "CREATE TABLE IF NOT EXISTS doc_actors(doc_id VARCHAR NOT NULL, local_id VARCHAR NOT NULL,"
          + " name VARCHAR NOT NULL, type VARCHAR NOT NULL, kb VARCHAR, country VARCHAR, code VARCHAR,"
          + " aliases VARCHAR)",
      // where a place actor is (Actor.geo); a side table so doc_actors keeps its columns
      "CREATE TABLE IF NOT EXISTS doc_actor_geo(doc_id VARCHAR NOT NULL, local_id VARCHAR NOT NULL,"
          + " lat DOUBLE NOT NULL, lon DOUBLE NOT NULL, feature_class VARCHAR, country_code VARCHAR, admin1 VARCHAR,"
          + " geonames_id BIGINT, precision VARCHAR NOT NULL)",
      "CREATE TABLE IF NOT EXISTS actor_mentions(doc_id VARCHAR NOT NULL, local_id VARCHAR NOT NULL,"
          + " span_start INTEGER, span_end INTEGER)",
      "CREATE TABLE IF NOT EXISTS roles(doc_id VARCHAR NOT NULL, local_id VARCHAR NOT NULL,"
          + " title VARCHAR NOT NULL, of_name VARCHAR, source VARCHAR, span_start INTEGER, span_end INTEGER)",
      "CREATE TABLE IF NOT EXISTS mentions(doc_id VARCHAR NOT NULL, local_id VARCHAR NOT NULL,"
          + " cameo VARCHAR NOT NULL, plover VARCHAR, quad TINYINT, goldstein DOUBLE, label VARCHAR,"
          + " source_ids VARCHAR, target_ids VARCHAR, location VARCHAR, date VARCHAR, mode VARCHAR,"
          + " attributed_to VARCHAR, span_start INTEGER, span_end INTEGER, seq INTEGER)",
      "CREATE TABLE IF NOT EXISTS quotes(doc_id VARCHAR NOT NULL, local_id VARCHAR NOT NULL,"
          + " text VARCHAR, speaker VARCHAR, kind VARCHAR, verb VARCHAR, span_start INTEGER, span_end INTEGER)",
      "CREATE TABLE IF NOT EXISTS claims(doc_id VARCHAR NOT NULL, local_id VARCHAR NOT NULL,"
          + " text VARCHAR, source VARCHAR, source_text VARCHAR, certainty VARCHAR, negated BOOLEAN,"
          + " span_start INTEGER, span_end INTEGER)",
      "CREATE TABLE IF NOT EXISTS goals(doc_id VARCHAR NOT NULL, local_id VARCHAR NOT NULL,"
          + " actor VARCHAR, text VARCHAR, negated BOOLEAN, span_start INTEGER, span_end INTEGER)",
      "CREATE TABLE IF NOT EXISTS times(doc_id VARCHAR NOT NULL, text VARCHAR, value VARCHAR,"
          + " span_start INTEGER, span_end INTEGER)",
      "CREATE TABLE IF NOT EXISTS amounts(doc_id VARCHAR NOT NULL, text VARCHAR, value DOUBLE, unit VARCHAR,"
          + " span_start INTEGER, span_end INTEGER)",
      "CREATE TABLE IF NOT EXISTS actors(actor_id INTEGER NOT NULL, name VARCHAR NOT NULL, type VARCHAR,"
          + " kb VARCHAR, country VARCHAR, code VARCHAR, docs INTEGER, mentions INTEGER, first_seen DATE,"
          + " last_seen DATE, names VARCHAR)",
      "CREATE TABLE IF NOT EXISTS actor_links(doc_id VARCHAR NOT NULL, local_id VARCHAR NOT NULL,"
          + " actor_id INTEGER NOT NULL)",
      "CREATE TABLE IF NOT EXISTS actor_roles(actor_id INTEGER NOT NULL, title VARCHAR, of_name VARCHAR,"
          + " source VARCHAR, first_seen DATE, last_seen DATE, docs INTEGER)",
      "CREATE TABLE IF NOT EXISTS events(event_id INTEGER NOT NULL, date VARCHAR, date_start DATE,"
          + " date_end DATE, cameo VARCHAR, base_code VARCHAR, root_code VARCHAR, quad TINYINT,"
          + " goldstein DOUBLE, label VARCHAR, plover VARCHAR, actor1_id INTEGER, actor2_id INTEGER,"
          + " location_id INTEGER, num_mentions INTEGER, num_sources INTEGER, num_articles INTEGER,"
          + " first_seen DATE, last_seen DATE, first_doc VARCHAR)",
      "CREATE TABLE IF NOT EXISTS event_mentions(event_id INTEGER NOT NULL, doc_id VARCHAR NOT NULL,"
          + " local_id VARCHAR NOT NULL, background BOOLEAN)",
      "CREATE TABLE IF NOT EXISTS event_actors(event_id INTEGER NOT NULL, actor_id INTEGER NOT NULL,"
          + " side VARCHAR NOT NULL)");

  private Schema() {}

  static void create(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement()) {
      for (String ddl : DDL) {
        s.execute(ddl);
      }
    }
  }
}
