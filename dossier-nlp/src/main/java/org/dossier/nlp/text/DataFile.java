package org.dossier.nlp.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one reader of the linguistic data files bundled with dossier-nlp (word lists, lexicons, rule
 * files, construction patterns): their UTF-8 text, and their rows — every line that is neither
 * blank nor a {@code #} comment — with the place each row came from, so that a loader's error
 * message can name {@code file:line}. What the columns mean is each loader's business. Stateless
 * and thread-safe.
 */
public final class DataFile {
  private DataFile() {}

  /**
   * One data row of a file.
   *
   * @param origin the file's name as the loader gave it
   * @param line the row's 1-based line number in the file
   * @param text the line as written (not stripped)
   */
  public record Row(String origin, int line, String text) {
    /** The row's tab-separated fields (trailing empty fields dropped). */
    public String[] fields() {
      return text.split("\t");
    }

    /** {@code origin:line}, for error messages. */
    public String where() {
      return origin + ":" + line;
    }
  }

  /**
   * The text of {@code resource}, loaded through {@code owner}'s class loader as UTF-8.
   *
   * @throws IllegalStateException when the resource is not on the class path
   */
  public static String text(Class<?> owner, String resource) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("reading resource " + resource, e);
    }
  }

  /** The rows of {@code text} (blank lines and {@code #} comments skipped), numbered in {@code origin}. */
  public static List<Row> rows(String text, String origin) {
    List<Row> out = new ArrayList<>();
    String[] lines = text.split("\r?\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (!line.isBlank() && !line.startsWith("#")) {
        out.add(new Row(origin, i + 1, line));
      }
    }
    return out;
  }

  /** The rows of the bundled {@code resource}; see {@link #rows(String, String)}. */
  public static List<Row> rows(Class<?> owner, String resource) {
    return rows(text(owner, resource), resource);
  }

  /** The rows of a table whose first row is a column header: every row but that header. */
  public static List<Row> tableRows(Class<?> owner, String resource) {
    List<Row> rows = rows(owner, resource);
    return rows.isEmpty() ? rows : List.copyOf(rows.subList(1, rows.size()));
  }

  /** The first column of every row of {@code resource}, trimmed and lower-cased: a word list. */
  public static Set<String> firstColumn(Class<?> owner, String resource) {
    Set<String> out = new HashSet<>();
    for (Row row : rows(owner, resource)) {
      out.add(row.fields()[0].trim().toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(out);
  }

  /**
   * A file of word classes, one a row: {@code class<TAB>word,word,...}; the words trimmed and
   * lower-cased. Each class once.
   *
   * @throws IllegalStateException naming {@code file:line} for a row without two columns or a class
   *     given twice
   */
  public static WordClasses wordClasses(Class<?> owner, String resource) {
    Map<String, Set<String>> out = new HashMap<>();
    for (Row row : rows(owner, resource)) {
      String[] f = row.fields();
      if (f.length != 2) {
        throw new IllegalStateException(row.where() + ": expected class<TAB>words, got: " + row.text());
      }
      Set<String> words = new HashSet<>();
      for (String w : f[1].split(",")) {
        words.add(w.strip().toLowerCase(Locale.ROOT));
      }
      if (out.put(f[0].strip(), Set.copyOf(words)) != null) {
        throw new IllegalStateException(row.where() + ": class " + f[0].strip() + " given twice");
      }
    }
    return new WordClasses(resource, out);
  }
}
