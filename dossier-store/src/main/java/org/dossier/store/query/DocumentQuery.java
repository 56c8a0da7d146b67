package org.dossier.store.query;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.dossier.model.Actor;
import org.dossier.model.ActorType;
import org.dossier.model.Amount;
import org.dossier.model.Claim;
import org.dossier.model.DocumentInfo;
import org.dossier.model.Dossier;
import org.dossier.model.Event;
import org.dossier.model.Geo;
import org.dossier.model.Goal;
import org.dossier.model.Metonymy;
import org.dossier.model.Quote;
import org.dossier.model.Role;
import org.dossier.model.Span;
import org.dossier.model.TimeMention;
import org.dossier.store.StoreException;

/**
 * Rebuilds stored documents' {@code dossier/1} records from the store's tables: one by id, for the
 * article view and the document API, or all of them in one pass. Every value from the caller is
 * bound as a parameter.
 *
 * <p>Not thread-safe (it uses the caller's connection).
 */
public final class DocumentQuery {
  private static final ObjectMapper JSON = new ObjectMapper();

  private DocumentQuery() {}

  /** The document {@code docId}, or empty when it is not stored. */
  public static Optional<Dossier> document(Connection c, String docId) {
    try {
      DocumentInfo info = null;
      try (PreparedStatement ps = c.prepareStatement(INFO + " WHERE doc_id = ?")) {
        ps.setString(1, docId);
        try (ResultSet r = ps.executeQuery()) {
          if (r.next()) {
            info = info(r);
          }
        }
      }
      if (info == null) {
        return Optional.empty();
      }
      Parts parts = new Parts(info.text());
      for (Table t : TABLES) {
        try (PreparedStatement ps = c.prepareStatement(t.select(" WHERE doc_id = ? ORDER BY " + t.order()))) {
          ps.setString(1, docId);
          try (ResultSet r = ps.executeQuery()) {
            while (r.next()) {
              t.reader().accept(parts, r);
            }
          }
        }
      }
      return Optional.of(parts.build(info));
    } catch (SQLException e) {
      throw new StoreException("cannot read document " + docId + " (" + e.getMessage() + ")", e);
    }
  }

  /**
   * Every stored document, in {@code doc_id} order, each as {@link #document} reads it, passed to
   * {@code each} one at a time: one ordered scan per table, merged by document (memory for one
   * document at a time; on the AFP/Xinhua store about a second for 2,452 documents, where reading
   * them one by one takes a minute).
   */
  public static void all(Connection c, Consumer<Dossier> each) {
    List<PreparedStatement> statements = new ArrayList<>();
    try {
      List<ResultSet> cursors = new ArrayList<>();
      for (Table t : TABLES) {
        PreparedStatement ps = c.prepareStatement(t.select(" ORDER BY doc_id, " + t.order()));
        statements.add(ps);
        ResultSet r = ps.executeQuery();
        cursors.add(r.next() ? r : null);
      }
      PreparedStatement docs = c.prepareStatement(INFO + " ORDER BY doc_id");
      statements.add(docs);
      try (ResultSet d = docs.executeQuery()) {
        while (d.next()) {
          DocumentInfo info = info(d);
          Parts parts = new Parts(info.text());
          for (int i = 0; i < TABLES.size(); i++) {
            ResultSet r = cursors.get(i);
            // rows of documents that are not stored (none in a consistent store) sort before and are skipped
            while (r != null && compareCodePoints(r.getString("doc_id"), info.id()) < 0) {
              r = r.next() ? r : null;
            }
            while (r != null && r.getString("doc_id").equals(info.id())) {
              TABLES.get(i).reader().accept(parts, r);
              r = r.next() ? r : null;
            }
            cursors.set(i, r);
          }
          each.accept(parts.build(info));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the stored documents (" + e.getMessage() + ")", e);
    } finally {
      for (PreparedStatement ps : statements) {
        try {
          ps.close();
        } catch (SQLException e) {
          // a read-only statement: closing cannot lose data
        }
      }
    }
  }

  /** DuckDB orders text by its UTF-8 bytes, that is by code point (String.compareTo is by UTF-16 unit). */
  static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int x = a.codePointAt(i);
      int y = b.codePointAt(j);
      if (x != y) {
        return Integer.compare(x, y);
      }
      i += Character.charCount(x);
      j += Character.charCount(y);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }

  private static final String INFO = "SELECT doc_id, title, published, source, url, language, text FROM documents";

  private static DocumentInfo info(ResultSet r) throws SQLException {
    Date published = r.getDate(3);
    return new DocumentInfo(r.getString(1), r.getString(2), published == null ? null : published.toLocalDate(),
        r.getString(4), r.getString(5), r.getString(6), r.getString(7));
  }

  private interface RowReader {
    void accept(Parts parts, ResultSet r) throws SQLException;
  }

  /**
   * One table of a document's parts: its columns (read by position, {@code doc_id} last), their
   * order within a document ({@code rowid}, the order of writing, breaks ties), and what a row adds.
   */
  private record Table(String name, String columns, String order, RowReader reader) {
    String select(String rest) {
      return "SELECT " + columns + ", doc_id FROM " + name + rest;
    }
  }

  private static final List<Table> TABLES = List.of(
      new Table("actor_mentions", "local_id, span_start, span_end", "span_start, rowid",
          (p, r) -> p.mentions.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(p.span(r.getInt(2),
              r.getInt(3)))),
      new Table("roles", "local_id, title, of_name, source, span_start, span_end", "rowid", (p, r) -> {
        Integer s = (Integer) r.getObject(5);
        Integer e = (Integer) r.getObject(6);
        p.roles.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(new Role(r.getString(2), r.getString(3),
            r.getString(4), s == null || e == null ? null : p.span(s, e)));
      }),
      new Table("doc_actor_geo", "local_id, lat, lon, feature_class, country_code, admin1, geonames_id, precision",
          "rowid", (p, r) -> {
            Number gid = (Number) r.getObject(7);
            p.geos.put(r.getString(1), new Geo(r.getDouble(2), r.getDouble(3), r.getString(4), r.getString(5),
                r.getString(6), gid == null ? null : gid.longValue(), r.getString(8)));
          }),
      new Table("doc_actor_metonymy", "local_id, stands_for, span_start, span_end", "span_start, rowid", (p, r) -> {
        p.standsFor.put(r.getString(1), r.getString(2));
        p.metonyms.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(p.span(r.getInt(3), r.getInt(4)));
      }),
      new Table("doc_actors", "local_id, name, type, kb, country, code, aliases", "rowid",
          (p, r) -> p.actors.add(new String[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4),
              r.getString(5), r.getString(6), r.getString(7)})),
      new Table("mentions", "local_id, cameo, plover, quad, goldstein, label, source_ids, target_ids, location,"
          + " date, mode, attributed_to, span_start, span_end", "seq, rowid", (p, r) -> {
            Number quad = (Number) r.getObject(4);
            Number goldstein = (Number) r.getObject(5);
            p.events.add(new Event(r.getString(1), r.getString(2), r.getString(3), quad == null ? null : quad.intValue(),
                goldstein == null ? null : goldstein.doubleValue(), r.getString(6), ids(r.getString(7)),
                ids(r.getString(8)), r.getString(9), r.getString(10), r.getString(11), r.getString(12),
                p.span(r.getInt(13), r.getInt(14))));
          }),
      new Table("quote_rows", "local_id, text, speaker, kind, verb, span_start, span_end", "span_start, rowid",
          (p, r) -> p.quotes.add(new Quote(r.getString(1), p.cut(r.getString(2), r.getInt(6), r.getInt(7)),
              r.getString(3), r.getString(4), r.getString(5), r.getInt(6), r.getInt(7)))),
      new Table("claim_rows", "local_id, text, source, source_text, certainty, negated, span_start, span_end",
          "span_start, rowid", (p, r) -> p.claims.add(new Claim(r.getString(1), p.cut(r.getString(2), r.getInt(7),
              r.getInt(8)), r.getString(3), r.getString(4), r.getString(5), r.getBoolean(6), r.getInt(7),
              r.getInt(8)))),
      new Table("goal_rows", "local_id, actor, text, negated, span_start, span_end", "span_start, rowid",
          (p, r) -> p.goals.add(new Goal(r.getString(1), r.getString(2), p.cut(r.getString(3), r.getInt(5),
              r.getInt(6)), r.getBoolean(4), r.getInt(5), r.getInt(6)))),
      new Table("time_rows", "text, value, span_start, span_end", "span_start, rowid",
          (p, r) -> p.times.add(new TimeMention(p.cut(r.getString(1), r.getInt(3), r.getInt(4)), r.getString(2),
              r.getInt(3), r.getInt(4)))),
      new Table("amount_rows", "text, value, unit, span_start, span_end", "span_start, rowid", (p, r) -> {
        Number v = (Number) r.getObject(2);
        p.amounts.add(new Amount(p.cut(r.getString(1), r.getInt(4), r.getInt(5)), v, r.getString(3), r.getInt(4),
            r.getInt(5)));
      }));

  /** What the tables hold of one document, gathered row by row, then built into its record. */
  private static final class Parts {
    private final String text;
    private final int cpLength;
    final Map<String, List<Span>> mentions = new LinkedHashMap<>();
    final Map<String, List<Role>> roles = new LinkedHashMap<>();
    final Map<String, Geo> geos = new LinkedHashMap<>();
    final Map<String, String> standsFor = new LinkedHashMap<>();
    final Map<String, List<Span>> metonyms = new LinkedHashMap<>();
    /** doc_actors rows: local id, name, type, kb, country, code, aliases (JSON). */
    final List<String[]> actors = new ArrayList<>();
    final List<Event> events = new ArrayList<>();
    final List<Quote> quotes = new ArrayList<>();
    final List<Claim> claims = new ArrayList<>();
    final List<Goal> goals = new ArrayList<>();
    final List<TimeMention> times = new ArrayList<>();
    final List<Amount> amounts = new ArrayList<>();

    Parts(String text) {
      this.text = text;
      this.cpLength = text.codePointCount(0, text.length());
    }

    Span span(int start, int end) {
      return DocumentQuery.span(text, cpLength, start, end);
    }

    String cut(String stored, int start, int end) {
      return DocumentQuery.cut(stored, text, cpLength, start, end);
    }

    Dossier build(DocumentInfo info) {
      List<Actor> built = new ArrayList<>();
      for (String[] a : actors) {
        String local = a[0];
        Metonymy metonymy = standsFor.containsKey(local) ? new Metonymy(standsFor.get(local), metonyms.get(local))
            : null;
        built.add(new Actor(local, a[1], ActorType.valueOf(a[2]), a[3], a[4], a[5], roles.getOrDefault(local, List.of()),
            aliases(a[6]), mentions.getOrDefault(local, List.of()), geos.get(local), metonymy));
      }
      built.sort((x, y) -> Integer.compare(localNumber(x.id()), localNumber(y.id())));
      return Dossier.builder(info).actors(built).events(events).quotes(quotes).claims(claims).goals(goals)
          .times(times).amounts(amounts).build();
    }
  }

  /**
   * An extracted text: as stored when it differs from its span, else cut from the article here (the
   * {@code *_rows} tables keep spans only; reading them beside the article we already hold skips the
   * views' join with the compressed article texts, which cost most of a document's read).
   */
  private static String cut(String stored, String text, int cpLength, int start, int end) {
    return stored != null ? stored : span(text, cpLength, start, end).text();
  }

  private static Span span(String text, int cpLength, int start, int end) {
    int s = Math.max(0, Math.min(start, cpLength));
    int e = Math.max(s, Math.min(end, cpLength));
    return Span.of(text, s, e);
  }

  private static List<String> ids(String joined) {
    return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(" "));
  }

  private static List<String> aliases(String json) {
    if (json == null) {
      return List.of();
    }
    try {
      return JSON.readValue(json, new TypeReference<List<String>>() {});
    } catch (IOException e) {
      return List.of();
    }
  }

  private static int localNumber(String id) {
    try {
      return Integer.parseInt(id.replaceAll("\\D", ""));
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }
}
