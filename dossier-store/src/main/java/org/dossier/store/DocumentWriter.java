package org.dossier.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.model.Actor;
import org.dossier.model.Amount;
import org.dossier.model.Claim;
import org.dossier.model.DocumentInfo;
import org.dossier.model.Dossier;
import org.dossier.model.Event;
import org.dossier.model.Geo;
import org.dossier.model.Goal;
import org.dossier.model.Quote;
import org.dossier.model.Role;
import org.dossier.model.Span;
import org.dossier.model.TimeMention;
import org.duckdb.DuckDBAppender;

/** Writes documents' raw rows inside the caller's transaction. Not thread-safe. */
final class DocumentWriter {
  private static final ObjectMapper JSON = new ObjectMapper();

  private DocumentWriter() {}

  /**
   * Appends {@code dossiers} in order, replacing earlier versions by id and skipping content
   * already stored; updates the two hash views to match and adds the documents written to
   * {@code kept}.
   *
   * @return counts of new, replaced and unchanged documents
   */
  static int[] write(Connection c, List<Dossier> dossiers, long batch, Map<String, String> hashById,
      Set<String> hashes, List<Dossier> kept) throws SQLException {
    int[] counts = new int[3];
    for (Dossier d : dossiers) {
      String id = d.document().id();
      String hash = ContentHash.of(d.document());
      if (hashes.contains(hash)) {
        counts[2]++;
        continue;
      }
      String old = hashById.get(id);
      if (old != null) {
        delete(c, id);
        hashes.remove(old);
        kept.removeIf(k -> k.document().id().equals(id));
        counts[1]++;
      } else {
        counts[0]++;
      }
      hashById.put(id, hash);
      hashes.add(hash);
      kept.add(d);
    }
    if (kept.isEmpty()) {
      return counts;
    }
    try (DuckDBAppender docs = Rows.appender(c, "documents");
        DuckDBAppender actors = Rows.appender(c, "doc_actors");
        DuckDBAppender actorMentions = Rows.appender(c, "actor_mentions");
        DuckDBAppender roles = Rows.appender(c, "roles");
        DuckDBAppender mentions = Rows.appender(c, "mentions");
        DuckDBAppender quotes = Rows.appender(c, "quote_rows");
        DuckDBAppender claims = Rows.appender(c, "claim_rows");
        DuckDBAppender goals = Rows.appender(c, "goal_rows");
        DuckDBAppender times = Rows.appender(c, "time_rows");
        DuckDBAppender amounts = Rows.appender(c, "amount_rows");
        DuckDBAppender geos = Rows.appender(c, "doc_actor_geo");
        DuckDBAppender metonyms = Rows.appender(c, "doc_actor_metonymy")) {
      for (Dossier d : kept) {
        DocumentInfo doc = d.document();
        String id = doc.id();
        String hash = hashById.get(id);
        String text = doc.text();
        int cps = text.codePointCount(0, text.length());
        Rows.row(docs, id, hash, doc.title(), doc.published(), doc.source(), doc.url(), doc.language(),
            text, cps, batch);
        for (Actor a : d.actors()) {
          Rows.row(actors, id, a.id(), a.name(), a.type().name(), a.kb(), a.country(), a.code(),
              a.aliases().isEmpty() ? null : json(a.aliases()));
          if (a.geo() != null) {
            Geo g = a.geo();
            Rows.row(geos, id, a.id(), g.lat(), g.lon(), g.featureClass(), g.countryCode(), g.admin1(),
                g.geonamesId(), g.precision());
          }
          if (a.metonymy() != null) {
            for (Span m : a.metonymy().mentions()) {
              Rows.row(metonyms, id, a.id(), a.metonymy().standsFor(), m.start(), m.end());
            }
          }
          for (Span m : a.mentions()) {
            Rows.row(actorMentions, id, a.id(), m.start(), m.end());
          }
          for (Role r : a.roles()) {
            Span e = r.evidence();
            Rows.row(roles, id, a.id(), r.title(), r.of(), r.source(), e == null ? null : e.start(),
                e == null ? null : e.end());
          }
        }
        int seq = 0;
        for (Event e : d.events()) {
          Rows.row(mentions, id, e.id(), e.cameo(), e.plover(), e.quad() == null ? null : e.quad().byteValue(),
              e.goldstein(), e.label(), String.join(" ", e.source()), String.join(" ", e.target()),
              e.location(), e.date(), e.mode(), e.attributedTo(), e.evidence().start(), e.evidence().end(), seq++);
        }
        for (Quote q : d.quotes()) {
          Rows.row(quotes, id, q.id(), unlessSpan(q.text(), text, cps, q.start(), q.end()), q.speaker(), q.kind(),
              q.verb(), q.start(), q.end());
        }
        for (Claim cl : d.claims()) {
          Rows.row(claims, id, cl.id(), unlessSpan(cl.text(), text, cps, cl.start(), cl.end()), cl.source(),
              cl.sourceText(), cl.certainty(), cl.negated(), cl.start(), cl.end());
        }
        for (Goal g : d.goals()) {
          Rows.row(goals, id, g.id(), g.actor(), unlessSpan(g.text(), text, cps, g.start(), g.end()), g.negated(),
              g.start(), g.end());
        }
        for (TimeMention t : d.times()) {
          Rows.row(times, id, unlessSpan(t.text(), text, cps, t.start(), t.end()), t.value(), t.start(), t.end());
        }
        for (Amount am : d.amounts()) {
          Rows.row(amounts, id, unlessSpan(am.text(), text, cps, am.start(), am.end()),
              am.value() == null ? null : am.value().doubleValue(), am.unit(), am.start(), am.end());
        }
      }
    }
    return counts;
  }

  /**
   * {@code value}, or null when it equals the document's text at code points {@code [start, end)}:
   * the store's views then cut it from the article instead of keeping a second copy.
   */
  static String unlessSpan(String value, String text, int codePoints, int start, int end) {
    if (value == null || start < 0 || end < start || end > codePoints) {
      return value;
    }
    int b;
    int e;
    if (codePoints == text.length()) { // no surrogate pairs: code points are chars
      b = start;
      e = end;
    } else {
      b = text.offsetByCodePoints(0, start);
      e = text.offsetByCodePoints(b, end - start);
    }
    return e - b == value.length() && text.regionMatches(b, value, 0, value.length()) ? null : value;
  }

  private static void delete(Connection c, String docId) throws SQLException {
    for (String table : Schema.RAW_TABLES) {
      try (PreparedStatement p = c.prepareStatement("DELETE FROM " + table + " WHERE doc_id = ?")) {
        p.setString(1, docId);
        p.executeUpdate();
      }
    }
  }

  private static String json(List<String> values) {
    try {
      return JSON.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise aliases " + values, e);
    }
  }
}
