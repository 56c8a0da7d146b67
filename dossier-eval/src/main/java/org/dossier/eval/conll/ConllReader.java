package org.dossier.eval.conll;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-2003 files: one token a line ({@code word POS chunk NER}, the NER tag last), a blank
 * line between sentences, {@code -DOCSTART-} lines between documents. Tags are kept as written
 * (IOB1 in the English release).
 *
 * <p>Stateless and thread-safe.
 */
final class ConllReader {
  private ConllReader() {}

  /** A sentence: its words and NER tags. */
  record Sentence(List<String> words, List<String> tags) {}

  /** A document: its sentences. */
  record Document(List<Sentence> sentences) {}

  static List<Document> read(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.toString());
    }
  }

  static List<Document> read(BufferedReader in, String name) throws IOException {
    List<Document> docs = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    String line;
    int n = 0;
    while ((line = in.readLine()) != null) {
      n++;
      String t = line.strip();
      if (t.isEmpty()) {
        flushSentence(sentences, words, tags);
        continue;
      }
      String[] cols = t.split("\\s+");
      if (cols[0].equals("-DOCSTART-")) {
        flushSentence(sentences, words, tags);
        if (!sentences.isEmpty()) {
          docs.add(new Document(List.copyOf(sentences)));
          sentences.clear();
        }
        continue;
      }
      if (cols.length < 2) {
        throw new IOException(name + ":" + n + ": expected 'word ... TAG', got: " + line);
      }
      words.add(cols[0]);
      tags.add(cols[cols.length - 1]);
    }
    flushSentence(sentences, words, tags);
    if (!sentences.isEmpty()) {
      docs.add(new Document(List.copyOf(sentences)));
    }
    return docs;
  }

  private static void flushSentence(List<Sentence> sentences, List<String> words, List<String> tags) {
    if (!words.isEmpty()) {
      sentences.add(new Sentence(List.copyOf(words), List.copyOf(tags)));
      words.clear();
      tags.clear();
    }
  }
}
