package org.dossier.nlp.event;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading of the event rule files ({@code lexicon.tsv}, {@code nominal.tsv}, {@code constructions.tsv},
 * {@code event-words.tsv}, and users' files in the same format): the text of a bundled resource, and
 * its rule lines split into tab-separated fields with their place for error messages. Stateless.
 */
final class RuleText {
  private RuleText() {}

  /** One rule line: {@code origin:lineNumber} and its tab-separated fields. */
  record Line(String where, String[] fields) {}

  /** The text of {@code resource}, loaded through {@code owner}'s class loader as UTF-8. */
  static String resource(Class<?> owner, String resource) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The non-blank, non-comment ({@code #}) lines of {@code text}, numbered from 1 in {@code origin}. */
  static List<Line> lines(String text, String origin) {
    List<Line> out = new ArrayList<>();
    String[] lines = text.split("\r?\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (!line.isBlank() && !line.startsWith("#")) {
        out.add(new Line(origin + ":" + (i + 1), line.split("\t")));
      }
    }
    return out;
  }
}
