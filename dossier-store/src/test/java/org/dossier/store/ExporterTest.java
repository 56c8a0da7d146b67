package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.dossier.store.export.ExportFormat;
import org.dossier.store.export.Exporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExporterTest {
  @TempDir
  Path dir;

  private Path export(ExportFormat format, String name) {
    try (Store store = Store.open(dir.resolve("store"))) {
      store.write(Fixtures.corpus());
      store.refresh();
      Path out = dir.resolve(name);
      new Exporter(store.connection()).export(format, out, true);
      return out;
    }
  }

  /** Loads a TSV with DuckDB's own CSV reader, as a user would. */
  private static List<List<String>> load(Path file, List<String> columnsOut) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT * FROM read_csv('" + file.toString().replace("'", "''")
            + "', delim = '\t', header = true, all_varchar = true)")) {
      ResultSetMetaData md = r.getMetaData();
      for (int i = 1; i <= md.getColumnCount(); i++) {
        columnsOut.add(md.getColumnName(i));
      }
      List<List<String>> rows = new ArrayList<>();
      while (r.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          row.add(r.getString(i));
        }
        rows.add(row);
      }
      return rows;
    }
  }

  @Test
  void export_gdeltEvents_loadsInDuckDbWithGdeltColumns() throws Exception {
    Path out = export(ExportFormat.GDELT_EVENTS, "events.tsv");
    List<String> columns = new ArrayList<>();
    List<List<String>> rows = load(out, columns);
    assertThat(columns).hasSize(61).isEqualTo(Exporter.GDELT_EVENT_COLUMNS);
    assertThat(columns.get(0)).isEqualTo("GLOBALEVENTID");
    assertThat(columns.get(26)).isEqualTo("EventCode");
    assertThat(columns.get(60)).isEqualTo("SOURCEURL");
    assertThat(rows).hasSize(2);
    List<String> signing = rows.stream().filter(r -> r.get(26).equals("057")).findFirst().orElseThrow();
    assertThat(signing.get(columns.indexOf("EventRootCode"))).isEqualTo("05");
    assertThat(signing.get(columns.indexOf("SQLDATE"))).isEqualTo("20240516");
    assertThat(signing.get(columns.indexOf("NumArticles"))).isEqualTo("2");
    assertThat(signing.get(columns.indexOf("Actor1Name"))).isEqualTo("RURITANIA");
    assertThat(signing.get(columns.indexOf("QuadClass"))).isEqualTo("1");
  }

  @Test
  void export_gdeltMentions_loadsInDuckDbWithGdeltColumns() throws Exception {
    Path out = export(ExportFormat.GDELT_MENTIONS, "mentions.tsv");
    List<String> columns = new ArrayList<>();
    List<List<String>> rows = load(out, columns);
    assertThat(columns).hasSize(16).isEqualTo(Exporter.GDELT_MENTION_COLUMNS);
    assertThat(rows).hasSize(4);
    assertThat(rows).filteredOn(r -> r.get(15).contains("background")).singleElement()
        .satisfies(r -> assertThat(r.get(1)).isEqualTo("20220224000000"));
  }

  @Test
  void export_gkg_oneRowPerDocumentWithQuotes() throws Exception {
    Path out = export(ExportFormat.GKG, "gkg.tsv");
    List<String> columns = new ArrayList<>();
    List<List<String>> rows = load(out, columns);
    assertThat(columns).isEqualTo(Exporter.GKG_COLUMNS);
    assertThat(rows).hasSize(4);
    List<String> a = rows.stream().filter(r -> r.get(0).equals("wire-a-1")).findFirst().orElseThrow();
    assertThat(a.get(columns.indexOf("Quotations"))).contains("Anna Example").contains("new chapter");
    assertThat(a.get(columns.indexOf("Persons"))).isEqualTo("Anna Example");
  }

  @Test
  void export_parquet_oneFilePerTable() throws Exception {
    Path out = export(ExportFormat.PARQUET, "pq");
    assertThat(Files.list(out).map(p -> p.getFileName().toString()).toList()).contains("events.parquet",
        "documents.parquet", "mentions.parquet");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*), min(cameo) FROM read_parquet('"
            + out.resolve("events.parquet").toString().replace("'", "''") + "')")) {
      r.next();
      assertThat(r.getLong(1)).isEqualTo(2);
      assertThat(r.getString(2)).isEqualTo("057");
    }
  }
}
