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
 * Rebuilds one stored document's {@code dossier/1} record from the store's tables, for the article
 * view and the document API. Every value from the caller is bound as a parameter.
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
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT title, published, source, url, language, text FROM documents WHERE doc_id = ?")) {
        ps.setString(1, docId);
        try (ResultSet r = ps.executeQuery()) {
          if (r.next()) {
            Date published = r.getDate(2);
            info = new DocumentInfo(docId, r.getString(1), published == null ? null : published.toLocalDate(),
                r.getString(3), r.getString(4), r.getString(5), r.getString(6));
          }
        }
      }
      if (info == null) {
        return Optional.empty();
      }
      String text = info.text();
      int cpLength = text.codePointCount(0, text.length());
      Map<String, List<Span>> mentions = new LinkedHashMap<>();
      forEach(c, "SELECT local_id, span_start, span_end FROM actor_mentions WHERE doc_id = ? ORDER BY span_start",
          docId, r -> mentions.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
              .add(span(text, cpLength, r.getInt(2), r.getInt(3))));
      Map<String, List<Role>> roles = new LinkedHashMap<>();
      forEach(c, "SELECT local_id, title, of_name, source, span_start, span_end FROM roles WHERE doc_id = ?", docId,
          r -> {
            Integer s = (Integer) r.getObject(5);
            Integer e = (Integer) r.getObject(6);
            roles.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(new Role(r.getString(2), r.getString(3),
                r.getString(4), s == null || e == null ? null : span(text, cpLength, s, e)));
          });
      Map<String, Geo> geos = new LinkedHashMap<>();
      forEach(c, "SELECT local_id, lat, lon, feature_class, country_code, admin1, geonames_id, precision"
          + " FROM doc_actor_geo WHERE doc_id = ?", docId, r -> {
            Number gid = (Number) r.getObject(7);
            geos.put(r.getString(1), new Geo(r.getDouble(2), r.getDouble(3), r.getString(4), r.getString(5),
                r.getString(6), gid == null ? null : gid.longValue(), r.getString(8)));
          });
      Map<String, String> standsFor = new LinkedHashMap<>();
      Map<String, List<Span>> metonyms = new LinkedHashMap<>();
      forEach(c, "SELECT local_id, stands_for, span_start, span_end FROM doc_actor_metonymy WHERE doc_id = ?"
          + " ORDER BY span_start", docId, r -> {
            standsFor.put(r.getString(1), r.getString(2));
            metonyms.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                .add(span(text, cpLength, r.getInt(3), r.getInt(4)));
          });
      List<Actor> actors = new ArrayList<>();
      forEach(c, "SELECT local_id, name, type, kb, country, code, aliases FROM doc_actors WHERE doc_id = ?", docId,
          r -> {
            String local = r.getString(1);
            Metonymy metonymy = standsFor.containsKey(local) ? new Metonymy(standsFor.get(local), metonyms.get(local))
                : null;
            actors.add(new Actor(local, r.getString(2), ActorType.valueOf(r.getString(3)),
                r.getString(4), r.getString(5), r.getString(6), roles.getOrDefault(local, List.of()),
                aliases(r.getString(7)), mentions.getOrDefault(local, List.of()), geos.get(local), metonymy));
          });
      actors.sort((a, b) -> Integer.compare(localNumber(a.id()), localNumber(b.id())));
      List<Event> events = new ArrayList<>();
      forEach(c, "SELECT local_id, cameo, plover, quad, goldstein, label, source_ids, target_ids, location, date,"
          + " mode, attributed_to, span_start, span_end FROM mentions WHERE doc_id = ? ORDER BY seq", docId,
          r -> {
            Number quad = (Number) r.getObject(4);
            Number goldstein = (Number) r.getObject(5);
            events.add(new Event(r.getString(1), r.getString(2), r.getString(3), quad == null ? null : quad.intValue(),
                goldstein == null ? null : goldstein.doubleValue(), r.getString(6), ids(r.getString(7)),
                ids(r.getString(8)), r.getString(9), r.getString(10), r.getString(11), r.getString(12),
                span(text, cpLength, r.getInt(13), r.getInt(14))));
          });
      List<Quote> quotes = new ArrayList<>();
      forEach(c, "SELECT local_id, text, speaker, kind, verb, span_start, span_end FROM quote_rows WHERE doc_id = ?"
          + " ORDER BY span_start", docId, r -> quotes.add(new Quote(r.getString(1),
              cut(r.getString(2), text, cpLength, r.getInt(6), r.getInt(7)), r.getString(3),
              r.getString(4), r.getString(5), r.getInt(6), r.getInt(7))));
      List<Claim> claims = new ArrayList<>();
      forEach(c, "SELECT local_id, text, source, source_text, certainty, negated, span_start, span_end FROM claim_rows"
          + " WHERE doc_id = ? ORDER BY span_start", docId, r -> claims.add(new Claim(r.getString(1),
              cut(r.getString(2), text, cpLength, r.getInt(7), r.getInt(8)),
              r.getString(3), r.getString(4), r.getString(5), r.getBoolean(6), r.getInt(7), r.getInt(8))));
      List<Goal> goals = new ArrayList<>();
      forEach(c, "SELECT local_id, actor, text, negated, span_start, span_end FROM goal_rows WHERE doc_id = ?"
          + " ORDER BY span_start", docId, r -> goals.add(new Goal(r.getString(1), r.getString(2),
              cut(r.getString(3), text, cpLength, r.getInt(5), r.getInt(6)), r.getBoolean(4), r.getInt(5), r.getInt(6))));
      List<TimeMention> times = new ArrayList<>();
      forEach(c, "SELECT text, value, span_start, span_end FROM time_rows WHERE doc_id = ? ORDER BY span_start", docId,
          r -> times.add(new TimeMention(cut(r.getString(1), text, cpLength, r.getInt(3), r.getInt(4)), r.getString(2),
              r.getInt(3), r.getInt(4))));
      List<Amount> amounts = new ArrayList<>();
      forEach(c, "SELECT text, value, unit, span_start, span_end FROM amount_rows WHERE doc_id = ? ORDER BY span_start",
          docId, r -> {
            Number v = (Number) r.getObject(2);
            amounts.add(new Amount(cut(r.getString(1), text, cpLength, r.getInt(4), r.getInt(5)), v, r.getString(3),
                r.getInt(4), r.getInt(5)));
          });
      return Optional.of(Dossier.builder(info).actors(actors).events(events).quotes(quotes).claims(claims)
          .goals(goals).times(times).amounts(amounts).build());
    } catch (SQLException e) {
      throw new StoreException("cannot read document " + docId + " (" + e.getMessage() + ")", e);
    }
  }

  private interface RowConsumer {
    void accept(ResultSet r) throws SQLException;
  }

  private static void forEach(Connection c, String sql, String docId, RowConsumer consumer) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, docId);
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          consumer.accept(r);
        }
      }
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
