package org.dossier.nlp.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the data rows of a tab-separated word list on the classpath: blank lines and {@code #}
 * comments are skipped, and so is the first remaining line (the column header). Stateless.
 */
final class TsvRows {
  private TsvRows() {}

  /** One data row: its 1-based line number in the file and its tab-separated fields. */
  record Row(int line, String[] fields) {}

  /** The data rows of {@code resource}, loaded through {@code owner}'s class loader. */
  static List<Row> read(Class<?> owner, String resource) {
    List<Row> out = new ArrayList<>();
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      boolean header = true;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        out.add(new Row(n, line.split("\t")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
