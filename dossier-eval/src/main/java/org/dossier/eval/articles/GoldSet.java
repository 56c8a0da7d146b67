package org.dossier.eval.articles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A folder of article gold files ({@code *.gold.json}, the format of {@code ../shared/gold}) with
 * the text of each article, read as {@code score_set.py} reads them: files in sorted path order,
 * only those whose {@code input} names a record ({@code corpus.jsonl#ID}), the text taken from the
 * corpus record with that id.
 *
 * <p>An {@code input} path starting with {@code shared/} is resolved against the shared folder
 * (that prefix dropped); any other relative path against the gold file's folder.
 */
public final class GoldSet {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One annotated article.
   *
   * @param file      the gold file
   * @param gold      its content
   * @param id        the corpus record id
   * @param published the publication date given in the gold file (null when absent)
   * @param text      the article text from the corpus
   */
  public record Article(Path file, JsonNode gold, String id, LocalDate published, String text) {}

  private GoldSet() {}

  /**
   * Reads the gold files of {@code dir} and their texts.
   *
   * @param dir    the gold folder
   * @param shared the folder that {@code shared/...} input paths start from
   * @throws IOException when a file cannot be read, or a record named by a gold file is absent
   */
  public static List<Article> read(Path dir, Path shared) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
    }
    List<JsonNode> golds = new ArrayList<>();
    Map<Path, Set<String>> wanted = new HashMap<>();
    List<Path> kept = new ArrayList<>();
    for (Path f : files) {
      JsonNode g = JSON.readTree(f.toFile());
      String input = Json.str(g, "input");
      if (input == null || !input.contains("#")) {
        continue;
      }
      kept.add(f);
      golds.add(g);
      wanted.computeIfAbsent(corpus(f, input, shared), k -> new HashSet<>()).add(recordId(input));
    }
    Map<Path, Map<String, String>> texts = new HashMap<>();
    for (Map.Entry<Path, Set<String>> e : wanted.entrySet()) {
      texts.put(e.getKey(), texts(e.getKey(), e.getValue()));
    }
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      JsonNode g = golds.get(i);
      String input = Json.str(g, "input");
      String id = recordId(input);
      Path corpus = corpus(kept.get(i), input, shared);
      String text = texts.get(corpus).get(id);
      if (text == null) {
        throw new IOException(kept.get(i) + ": record " + id + " not found in " + corpus);
      }
      out.add(new Article(kept.get(i), g, id, date(Json.str(g, "published")), text));
    }
    return out;
  }

  /** The corpus file of an {@code input} path ({@code path#ID}). */
  static Path corpus(Path goldFile, String input, Path shared) {
    String path = input.substring(0, input.indexOf('#'));
    if (path.startsWith("shared/")) {
      return shared.resolve(path.substring("shared/".length())).normalize();
    }
    Path p = Path.of(path);
    return p.isAbsolute() ? p : goldFile.toAbsolutePath().getParent().resolve(p).normalize();
  }

  private static String recordId(String input) {
    return input.substring(input.indexOf('#') + 1);
  }

  /** The texts of the records of a JSONL corpus whose ids are wanted (the first record of each id). */
  private static Map<String, String> texts(Path corpus, Set<String> ids) throws IOException {
    Map<String, String> out = new HashMap<>();
    try (BufferedReader r = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null && out.size() < ids.size(); line = r.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode rec = JSON.readTree(line);
        String id = Json.str(rec, "id");
        if (id != null && ids.contains(id) && !out.containsKey(id)) {
          out.put(id, Json.str(rec, "text"));
        }
      }
    }
    return out;
  }

  /** The date as the JSONL reader takes it (its first ten characters), or null. */
  private static LocalDate date(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
