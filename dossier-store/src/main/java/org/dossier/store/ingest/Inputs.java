package org.dossier.store.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dossier.nlp.input.DocumentReader;
import org.dossier.nlp.input.InputRecord;
import org.dossier.nlp.input.ReadOptions;

/**
 * Expands command-line paths into input records: directories recursively (in name order, hidden
 * files skipped), WARC/WET files, RSS/Atom feeds, and everything {@link DocumentReader} reads
 * (text, JSONL, HTML). Lazy; close the stream.
 */
final class Inputs {
  private Inputs() {}

  static Stream<InputRecord> read(List<Path> paths) {
    return paths.stream().flatMap(Inputs::read);
  }

  static Stream<InputRecord> read(Path path) {
    if (Files.isDirectory(path)) {
      return files(path).flatMap(Inputs::readFile);
    }
    return readFile(path);
  }

  private static Stream<Path> files(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !hidden(dir.relativize(p)))
          .sorted().toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": cannot list the directory", e);
    }
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static Stream<InputRecord> readFile(Path file) {
    if (WarcInput.accepts(file)) {
      return WarcInput.read(file);
    }
    if (Files.isRegularFile(file) && FeedInput.accepts(file)) {
      return FeedInput.read(file).stream();
    }
    return DocumentReader.read(file, ReadOptions.defaults());
  }

  /** A quick estimate of how many documents the paths hold (JSONL lines, files), for the ETA; -1 when unknown. */
  static long estimate(List<Path> paths) {
    long total = 0;
    for (Path p : paths) {
      List<Path> files = Files.isDirectory(p) ? files(p).toList() : List.of(p);
      for (Path f : files) {
        String s = f.getFileName().toString().toLowerCase(Locale.ROOT);
        if (WarcInput.accepts(f) || FeedInput.accepts(f)) {
          return -1;
        }
        if (s.endsWith(".jsonl") || s.endsWith(".ndjson")) {
          try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            total += r.lines().filter(l -> !l.isBlank()).count();
          } catch (IOException | UncheckedIOException e) {
            return -1;
          }
        } else {
          total++;
        }
      }
    }
    return total;
  }
}
