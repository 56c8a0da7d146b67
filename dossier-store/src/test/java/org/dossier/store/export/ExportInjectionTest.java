package org.dossier.store.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.dossier.model.DocumentInfo;
import org.dossier.model.Dossier;
import org.dossier.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spreadsheet exports never hand article-controlled text to a spreadsheet as a formula. */
class ExportInjectionTest {
  @TempDir
  Path dir;

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {"=HYPERLINK(\"x\")|'=HYPERLINK(\"x\")", "+cmd|'+cmd",
      "-cmd|'-cmd", "@SUM(A1)|'@SUM(A1)", "-1|-1", "-2.5|-2.5", "+3|+3", "plain|plain", "a=b|a=b",
      "'quoted|'quoted"})
  void neutralise_cell_formulaPrefixedNumbersKept(String cell, String expected) {
    assertThat(Exporter.neutralise(cell)).isEqualTo(expected);
  }

  private Path store() {
    Path s = dir.resolve("store");
    try (Store store = Store.open(s)) {
      store.write(List.of(Dossier.builder(new DocumentInfo("=cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0",
          LocalDate.of(2024, 5, 1), "+Wire", "-x", "en", "=1+1 the harbour reopened.")).build()));
      store.refresh();
    }
    return s;
  }

  @Test
  void exportCsv_cellsStartingWithFormulaCharacters_prefixedWithQuote() throws Exception {
    Path out = dir.resolve("csv");
    try (Store st = Store.openReadOnly(store())) {
      new Exporter(st.connection()).export(ExportFormat.CSV, out, true);
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT doc_id, title, source, url, text, chars FROM read_csv('"
            + out.resolve("documents.csv") + "', header = true, all_varchar = true)")) {
      assertThat(r.next()).isTrue();
      assertThat(r.getString(1)).isEqualTo("'=cmd|' /C calc'!A0");
      assertThat(r.getString(2)).startsWith("'@SUM");
      assertThat(r.getString(3)).isEqualTo("'+Wire");
      assertThat(r.getString(4)).isEqualTo("'-x");
      assertThat(r.getString(5)).startsWith("'=1+1");
      assertThat(r.getString(6)).isEqualTo("26");
    }
  }

  @Test
  void exportGkg_cellsStartingWithFormulaCharacters_prefixedWithQuote() throws Exception {
    Path out = dir.resolve("gkg.tsv");
    try (Store st = Store.openReadOnly(store())) {
      new Exporter(st.connection()).export(ExportFormat.GKG, out, true);
    }
    List<String> lines = Files.readAllLines(out);
    String[] row = lines.get(1).split("\t", -1);
    assertThat(row[0]).isEqualTo("'=cmd|' /C calc'!A0");
    assertThat(row[2]).isEqualTo("'+Wire");
    assertThat(row[row.length - 1]).startsWith("'@SUM");
  }
}
