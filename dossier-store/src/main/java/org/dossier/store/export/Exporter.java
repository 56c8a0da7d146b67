package org.dossier.store.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dossier.store.StoreException;

/**
 * Writes a store's contents in formats other tools read: table dumps (JSONL, CSV, Parquet, via
 * DuckDB's COPY) and GDELT 2.0 Events (61 columns) and Mentions (16 columns) plus a GKG-like
 * per-document table as tab-separated files. Column names and what we fill are in docs/store.md.
 *
 * <p>Not thread-safe (it uses the store's connection).
 */
public final class Exporter {
  /** The GDELT 2.0 Events columns, in order. */
  public static final List<String> GDELT_EVENT_COLUMNS = gdeltEventColumns();
  /** The GDELT 2.0 Mentions columns, in order. */
  public static final List<String> GDELT_MENTION_COLUMNS = List.of("GLOBALEVENTID", "EventTimeDate",
      "MentionTimeDate", "MentionType", "MentionSourceName", "MentionIdentifier", "SentenceID",
      "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen",
      "MentionDocTone", "MentionDocTranslationInfo", "Extras");
  /** The GKG-like columns, in order. */
  public static final List<String> GKG_COLUMNS = List.of("GKGRECORDID", "DATE", "SourceCommonName",
      "DocumentIdentifier", "Persons", "Organizations", "Locations", "Themes", "Quotations", "Amounts", "Dates",
      "Title");
  /** Tables dumped by the JSONL, CSV and Parquet exports. */
  public static final List<String> TABLES = List.of("documents", "actors", "actor_roles", "actor_links", "events",
      "event_mentions", "event_actors", "mentions", "quotes", "claims", "goals", "times", "amounts");

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private static final Pattern UNSAFE = Pattern.compile("[\\t\\r\\n\"]");
  private final Connection c;

  public Exporter(Connection connection) {
    this.c = connection;
  }

  private static List<String> gdeltEventColumns() {
    List<String> cols = new ArrayList<>(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"));
    for (String a : List.of("Actor1", "Actor2")) {
      for (String f : List.of("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
          "Religion2Code", "Type1Code", "Type2Code", "Type3Code")) {
        cols.add(a + f);
      }
    }
    cols.addAll(List.of("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone"));
    for (String g : List.of("Actor1Geo", "Actor2Geo", "ActionGeo")) {
      for (String f : List.of("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
          "FeatureID")) {
        cols.add(g + "_" + f);
      }
    }
    cols.addAll(List.of("DATEADDED", "SOURCEURL"));
    return List.copyOf(cols);
  }

  /**
   * Writes {@code format} to {@code out}: a directory for the table dumps, a file for the
   * tab-separated formats.
   *
   * @param header whether tab-separated files start with a header row of column names
   * @return rows written (tables: total over all tables)
   */
  public long export(ExportFormat format, Path out, boolean header) {
    try {
      return switch (format) {
        case JSONL -> dump(out, "json", "(FORMAT JSON)");
        case CSV -> dump(out, "csv", "(FORMAT CSV, HEADER)");
        case PARQUET -> dump(out, "parquet", "(FORMAT PARQUET)");
        case GDELT_EVENTS -> tsv(out, header, GDELT_EVENT_COLUMNS, EVENTS_SQL, Exporter::eventRow);
        case GDELT_MENTIONS -> tsv(out, header, GDELT_MENTION_COLUMNS, MENTIONS_SQL, Exporter::mentionRow);
        case GKG -> tsv(out, header, GKG_COLUMNS, GKG_SQL, Exporter::gkgRow);
      };
    } catch (SQLException e) {
      throw new StoreException("export " + format.cliName() + " failed (" + e.getMessage() + ")", e);
    } catch (IOException e) {
      throw new StoreException(out + ": cannot write (" + e.getMessage() + ")", e);
    }
  }

  private long dump(Path dir, String ext, String options) throws IOException, SQLException {
    Files.createDirectories(dir);
    long rows = 0;
    try (Statement s = c.createStatement()) {
      for (String table : TABLES) {
        // COPY cannot take its target as a parameter: the path is the user's own and is quoted
        String target = dir.resolve(table + "." + (ext.equals("json") ? "jsonl" : ext)).toAbsolutePath().toString();
        s.execute("COPY (" + select(table, ext.equals("csv")) + ") TO '" + target.replace("'", "''") + "' " + options);
        try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
          r.next();
          rows += r.getLong(1);
        }
      }
    }
    return rows;
  }

  /**
   * The files {@link #export} writes for {@code format} at {@code out}: one per table in the
   * directory, or {@code out} itself.
   */
  public static List<Path> targets(ExportFormat format, Path out) {
    String ext = switch (format) {
      case JSONL -> "jsonl";
      case CSV -> "csv";
      case PARQUET -> "parquet";
      default -> null;
    };
    return ext == null ? List.of(out) : TABLES.stream().map(t -> out.resolve(t + "." + ext)).toList();
  }

  /**
   * The query dumping {@code table}; for a spreadsheet format every text column is neutralised
   * in SQL as {@link #neutralise} does it.
   */
  private String select(String table, boolean spreadsheet) throws SQLException {
    if (!spreadsheet) {
      return "SELECT * FROM " + table;
    }
    List<String> columns = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM " + table)) {
      while (r.next()) {
        String name = "\"" + r.getString(1).replace("\"", "\"\"") + "\"";
        columns.add(r.getString(2).equals("VARCHAR")
            ? "CASE WHEN regexp_matches(" + name + ", '^[-=+@\\t\\r]') AND NOT regexp_matches(" + name
                + ", '^[+-]?[0-9]+(\\.[0-9]+)?$') THEN '''' || " + name + " ELSE " + name + " END AS " + name
            : name);
      }
    }
    return "SELECT " + String.join(", ", columns) + " FROM " + table;
  }

  /**
   * A text cell as a spreadsheet may safely open it: one starting with {@code = + - @} (or a tab
   * or carriage return) would be read as a formula — article text is untrusted — so it gets a
   * leading single quote, as OWASP recommends against CSV injection; numbers ({@code -1},
   * {@code -2.5}) are left as they are.
   */
  static String neutralise(String s) {
    if (s.isEmpty() || "=+-@\t\r".indexOf(s.charAt(0)) < 0 || NUMBER.matcher(s).matches()) {
      return s;
    }
    return "'" + s;
  }

  private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");

  @FunctionalInterface
  private interface RowFormatter {
    List<Object> format(ResultSet r) throws SQLException;
  }

  private long tsv(Path out, boolean header, List<String> columns, String sql, RowFormatter formatter)
      throws IOException, SQLException {
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    long rows = 0;
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      if (header) {
        w.write(String.join("\t", columns));
        w.write('\n');
      }
      while (r.next()) {
        List<Object> values = formatter.format(r);
        if (values.size() != columns.size()) {
          throw new IllegalStateException("row has " + values.size() + " values for " + columns.size() + " columns");
        }
        for (int i = 0; i < values.size(); i++) {
          if (i > 0) {
            w.write('\t');
          }
          w.write(clean(values.get(i)));
        }
        w.write('\n');
        rows++;
      }
    }
    return rows;
  }

  /**
   * Tabs, line breaks and double quotes would break a tab-separated row or a CSV reader's quoting;
   * text that a spreadsheet would run as a formula is neutralised ({@link #neutralise}).
   */
  static String clean(Object v) {
    if (v == null) {
      return "";
    }
    String s = v.toString();
    s = UNSAFE.matcher(s).find() ? s.replace('"', '\'').replaceAll("[\\t\\r\\n]+", " ") : s;
    return v instanceof Number ? s : neutralise(s);
  }

  private static final String EVENTS_SQL = "SELECT e.event_id, e.date_start, a1.code, a1.name, a1.country,"
      + " a2.code, a2.name, a2.country, e.cameo, e.base_code, e.root_code, e.quad, e.goldstein, e.num_mentions,"
      + " e.num_sources, e.num_articles, l.type, l.name, l.country, e.first_seen, coalesce(d.url, d.doc_id),"
      + " (SELECT bool_or(m.seq = 0) FROM event_mentions em JOIN mentions m"
      + "   ON m.doc_id = em.doc_id AND m.local_id = em.local_id WHERE em.event_id = e.event_id),"
      + " a1.type, a2.type"
      + " FROM events e LEFT JOIN actors a1 ON a1.actor_id = e.actor1_id LEFT JOIN actors a2 ON a2.actor_id = e.actor2_id"
      + " LEFT JOIN actors l ON l.actor_id = e.location_id LEFT JOIN documents d ON d.doc_id = e.first_doc"
      + " ORDER BY e.event_id";

  private static List<Object> eventRow(ResultSet r) throws SQLException {
    List<Object> v = new ArrayList<>(61);
    LocalDate date = r.getDate(2).toLocalDate();
    v.add(r.getInt(1));
    v.add(date.format(DAY));
    v.add(date.format(DAY).substring(0, 6));
    v.add(date.getYear());
    v.add(String.format(Locale.ROOT, "%.4f", date.getYear() + (date.getDayOfYear() - 1) / 365.0));
    actor(v, r.getString(3), r.getString(4), r.getString(5), r.getString(23));
    actor(v, r.getString(6), r.getString(7), r.getString(8), r.getString(24));
    v.add(r.getBoolean(22) ? 1 : 0);
    v.add(r.getString(9));
    v.add(r.getString(10));
    v.add(r.getString(11));
    int quad = r.getInt(12);
    v.add(r.wasNull() ? null : quad);
    double g = r.getDouble(13);
    v.add(r.wasNull() ? null : g);
    v.add(r.getInt(14));
    v.add(r.getInt(15));
    v.add(r.getInt(16));
    v.add(null); // AvgTone: Dossier does not score tone
    for (int i = 0; i < 16; i++) {
      v.add(null); // Actor1Geo, Actor2Geo: actors are not geocoded
    }
    String locType = r.getString(17);
    if (r.getString(18) != null) {
      v.add("COUNTRY".equals(locType) ? 1 : 4);
      v.add(r.getString(18));
      v.add(r.getString(19));
    } else {
      v.add(null);
      v.add(null);
      v.add(null);
    }
    for (int i = 0; i < 5; i++) {
      v.add(null); // ADM1, ADM2, Lat, Long, FeatureID
    }
    Date firstSeen = r.getDate(20);
    v.add(firstSeen == null ? null : firstSeen.toLocalDate().format(DAY) + "000000");
    v.add(r.getString(21));
    return v;
  }

  private static void actor(List<Object> v, String code, String name, String country, String type) {
    v.add(code != null ? code : country);
    v.add(name == null ? null : name.toUpperCase(Locale.ROOT));
    v.add(country);
    v.add(null); // KnownGroupCode
    v.add(null); // EthnicCode
    v.add(null); // Religion1Code
    v.add(null); // Religion2Code
    // CAMEO actor codes are a three-letter country followed by three-letter role codes (CHNGOV)
    for (int i = 0; i < 3; i++) {
      int from = 3 + 3 * i;
      v.add(code != null && code.length() >= from + 3 ? code.substring(from, from + 3) : null);
    }
  }

  private static final String MENTIONS_SQL = "SELECT em.event_id, e.date_start, d.published, d.source, d.url,"
      + " d.doc_id, m.span_start, m.span_end, d.chars, em.background, m.mode, em.local_id,"
      + " 1 + len(regexp_extract_all(substring(d.text, 1, m.span_start), '[.!?][\"'')\\]]*\\s+')),"
      + " (SELECT min(am.span_start) FROM actor_mentions am WHERE am.doc_id = m.doc_id"
      + "   AND am.local_id = split_part(m.source_ids, ' ', 1) AND am.span_start >= m.span_start"
      + "   AND am.span_start < m.span_end),"
      + " (SELECT min(am.span_start) FROM actor_mentions am WHERE am.doc_id = m.doc_id"
      + "   AND am.local_id = split_part(m.target_ids, ' ', 1) AND am.span_start >= m.span_start"
      + "   AND am.span_start < m.span_end)"
      + " FROM event_mentions em JOIN events e USING (event_id)"
      + " JOIN mentions m ON m.doc_id = em.doc_id AND m.local_id = em.local_id"
      + " JOIN documents d ON d.doc_id = em.doc_id ORDER BY em.event_id, d.published, d.doc_id, m.seq";

  private static List<Object> mentionRow(ResultSet r) throws SQLException {
    List<Object> v = new ArrayList<>(16);
    v.add(r.getInt(1));
    v.add(r.getDate(2).toLocalDate().format(DAY) + "000000");
    Date published = r.getDate(3);
    v.add(published == null ? null : published.toLocalDate().format(DAY) + "000000");
    v.add(1); // MentionType 1: a web document
    String url = r.getString(5);
    v.add(org.dossier.store.cluster.EventClustering.outlet(r.getString(6), r.getString(4), url));
    v.add(url != null ? url : r.getString(6));
    v.add(r.getInt(13));
    int a1 = r.getInt(14);
    v.add(r.wasNull() ? -1 : a1);
    int a2 = r.getInt(15);
    v.add(r.wasNull() ? -1 : a2);
    v.add(r.getInt(7));
    v.add(1); // InRawText: coded from the text as written
    v.add("reported".equals(r.getString(11)) ? 50 : 100);
    v.add(r.getInt(9));
    v.add(null); // MentionDocTone
    v.add(null); // MentionDocTranslationInfo
    v.add("<DOSSIER>" + r.getString(12) + (r.getBoolean(10) ? ";background" : "") + "</DOSSIER>");
    return v;
  }

  private static final String GKG_SQL = "SELECT d.doc_id, d.published, d.source, coalesce(d.url, d.doc_id),"
      + " (SELECT string_agg(DISTINCT a.name, ';' ORDER BY a.name) FROM doc_actors a WHERE a.doc_id = d.doc_id"
      + "   AND a.type = 'PERSON'),"
      + " (SELECT string_agg(DISTINCT a.name, ';' ORDER BY a.name) FROM doc_actors a WHERE a.doc_id = d.doc_id"
      + "   AND a.type IN ('ORGANIZATION', 'GROUP')),"
      + " (SELECT string_agg(DISTINCT a.name || '#' || coalesce(a.country, ''), ';' ORDER BY a.name || '#' || coalesce(a.country, ''))"
      + "   FROM doc_actors a WHERE a.doc_id = d.doc_id AND a.type IN ('LOCATION', 'COUNTRY')),"
      + " (SELECT string_agg(DISTINCT 'CAMEO_' || m.cameo, ';' ORDER BY 'CAMEO_' || m.cameo) FROM mentions m"
      + "   WHERE m.doc_id = d.doc_id),"
      + " (SELECT string_agg(q.span_start || '|' || (q.span_end - q.span_start) || '|' || coalesce(a.name, '')"
      + "   || '|' || coalesce(q.verb, '') || '|' || replace(replace(q.text, '#', ' '), '|', ' '), '#' ORDER BY q.span_start)"
      + "   FROM quotes q LEFT JOIN doc_actors a ON a.doc_id = q.doc_id AND a.local_id = q.speaker"
      + "   WHERE q.doc_id = d.doc_id AND q.kind <> 'term'),"
      + " (SELECT string_agg(coalesce(CAST(am.value AS VARCHAR), '') || ',' || replace(coalesce(am.unit, ''), ';', ' ')"
      + "   || ',' || am.span_start, ';' ORDER BY am.span_start) FROM amounts am WHERE am.doc_id = d.doc_id),"
      + " (SELECT string_agg(t.value || ',' || t.span_start, ';' ORDER BY t.span_start) FROM times t"
      + "   WHERE t.doc_id = d.doc_id AND t.value IS NOT NULL),"
      + " d.title FROM documents d ORDER BY d.published, d.doc_id";

  private static List<Object> gkgRow(ResultSet r) throws SQLException {
    List<Object> v = new ArrayList<>(12);
    v.add(r.getString(1));
    Date published = r.getDate(2);
    v.add(published == null ? null : published.toLocalDate().format(DAY) + "000000");
    for (int i = 3; i <= 12; i++) {
      v.add(r.getString(i));
    }
    return v;
  }

}
