package org.dossier.bench.jmh;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.dossier.model.DocumentInfo;

/** Benchmark inputs written for the project (never third-party text). */
final class Samples {
  private Samples() {}

  /** A news-style article of about 280 tokens with headings, quotes and names. */
  static String article() {
    try (InputStream in = Samples.class.getResourceAsStream("/org/dossier/bench/sample-article.txt")) {
      if (in == null) {
        throw new IllegalStateException("sample-article.txt missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The article repeated {@code times} times (paragraphs stay paragraphs). */
  static String article(int times) {
    String a = article();
    StringBuilder sb = new StringBuilder(a.length() * times + times * 2);
    for (int i = 0; i < times; i++) {
      sb.append(a).append("\n\n");
    }
    return sb.toString();
  }

  static DocumentInfo document(int times) {
    return DocumentInfo.of("bench", LocalDate.of(2023, 3, 14), article(times));
  }
}
