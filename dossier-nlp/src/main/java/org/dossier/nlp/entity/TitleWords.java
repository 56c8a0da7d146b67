package org.dossier.nlp.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word table of titles, offices and occupations ({@code titles.tsv}): each word with its
 * classes (honorific, title-head, title-modifier, role-noun, office, military). The vocabulary is
 * data a linguist extends; {@link Lexicon} holds the questions asked of it.
 *
 * <p>Loaded once; immutable and thread-safe.
 */
final class TitleWords {
  private static final String RESOURCE = "titles.tsv";
  private static final Set<String> CLASSES = Set.of("honorific", "title-head", "title-modifier", "role-noun",
      "office", "military");
  private static final Map<String, Set<String>> BY_CLASS = load();

  private TitleWords() {}

  /** The words of one class, lower case without periods. */
  static Set<String> withClass(String cls) {
    Set<String> words = BY_CLASS.get(cls);
    if (words == null) {
      throw new IllegalArgumentException("no word class " + cls + " in " + RESOURCE);
    }
    return words;
  }

  private static Map<String, Set<String>> load() {
    Map<String, Set<String>> out = new HashMap<>();
    for (String c : CLASSES) {
      out.put(c, new HashSet<>());
    }
    try (InputStream in = TitleWords.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
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
          header = false; // "word classes"
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 2) {
          throw new IllegalStateException(RESOURCE + " line " + n + ": want word<TAB>classes");
        }
        for (String c : List.of(f[1].split(","))) {
          Set<String> words = out.get(c.trim());
          if (words == null) {
            throw new IllegalStateException(RESOURCE + " line " + n + ": unknown class " + c);
          }
          words.add(Lexicon.key(f[0].trim()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Set<String>> frozen = new HashMap<>();
    out.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
    return Map.copyOf(frozen);
  }
}
