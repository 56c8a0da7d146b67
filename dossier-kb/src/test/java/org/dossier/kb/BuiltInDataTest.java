package org.dossier.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Checks every row of the built-in data files, not just that they load. */
class BuiltInDataTest {
  /** A data row: its line number and cells by column name. */
  record Row(int line, Map<String, String> cells) {
    String get(String column) {
      return cells.get(column);
    }

    List<String> list(String column) {
      String v = cells.get(column);
      return v == null ? List.of() : List.of(v.split("\\|"));
    }
  }

  static List<Row> rows(String file) throws IOException {
    InputStream in = KbLoader.class.getResourceAsStream(file);
    assertThat(in).as("built-in resource %s", file).isNotNull();
    List<Row> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      String[] header = null;
      int n = 0;
      boolean asOf = false;
      boolean source = false;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.startsWith("# as-of: ")) {
          asOf = true;
        }
        if (line.startsWith("# source:")) {
          source = true;
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (header == null) {
          header = cells;
          continue;
        }
        assertThat(cells).as("%s:%d has one cell per column", file, n).hasSameSizeAs(header);
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
          assertThat(cells[i]).as("%s:%d column %s has no stray spaces", file, n, header[i])
              .isEqualTo(cells[i].strip());
          m.put(header[i], cells[i].isEmpty() ? null : cells[i]);
        }
        rows.add(new Row(n, m));
      }
      assertThat(asOf).as("%s has an as-of line", file).isTrue();
      assertThat(source).as("%s has a source line", file).isTrue();
    }
    return rows;
  }

  @Test
  void countries_everyRow_hasUniqueValidCodes() throws IOException {
    List<Row> rows = rows("countries.tsv");
    assertThat(rows).hasSizeGreaterThanOrEqualTo(249);
    Set<String> iso3 = new HashSet<>();
    Set<String> iso2 = new HashSet<>();
    Set<String> cameo = new HashSet<>();
    for (Row r : rows) {
      assertThat(r.get("iso3")).as("line %d", r.line()).matches("[A-Z]{3}");
      assertThat(r.get("iso2")).as("line %d", r.line()).matches("[A-Z]{2}");
      assertThat(r.get("cameo")).as("line %d", r.line()).matches("[A-Z]{3}");
      assertThat(r.get("name")).as("line %d", r.line()).isNotBlank();
      assertThat(r.get("region")).as("line %d", r.line()).isNotBlank();
      assertThat(iso3.add(r.get("iso3"))).as("iso3 %s unique (line %d)", r.get("iso3"), r.line()).isTrue();
      assertThat(iso2.add(r.get("iso2"))).as("iso2 %s unique (line %d)", r.get("iso2"), r.line()).isTrue();
      assertThat(cameo.add(r.get("cameo"))).as("cameo %s unique (line %d)", r.get("cameo"), r.line()).isTrue();
    }
  }

  @Test
  void countries_namesDemonymsAndSeats_resolveToOneCountryEach() throws IOException {
    List<Row> rows = rows("countries.tsv");
    assertUnique(rows, r -> {
      List<String> names = new ArrayList<>(r.list("aliases"));
      names.add(r.get("name"));
      return names;
    }, "name/alias");
    assertUnique(rows, r -> r.list("demonyms"), "demonym");
    assertUnique(rows, r -> r.list("seats"), "seat");
  }

  private static void assertUnique(List<Row> rows, Function<Row, List<String>> values, String what) {
    Map<String, String> owner = new HashMap<>();
    for (Row r : rows) {
      for (String v : values.apply(r)) {
        String key = TsvKnowledgeBase.normalize(v);
        assertThat(key).as("%s '%s' on line %d", what, v, r.line()).isNotEmpty();
        String prev = owner.putIfAbsent(key, r.get("iso3"));
        assertThat(prev == null || prev.equals(r.get("iso3")))
            .as("%s '%s' (line %d, %s) already belongs to %s", what, v, r.line(), r.get("iso3"), prev).isTrue();
      }
    }
  }
}
