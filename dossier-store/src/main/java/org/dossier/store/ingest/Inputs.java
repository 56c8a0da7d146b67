package org.dossier.store.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dossier.nlp.input.DocumentReader;
import org.dossier.nlp.input.FieldChecks;
import org.dossier.nlp.input.InputRecord;
import org.dossier.nlp.input.ReadOptions;

/**
 * Expands command-line paths into input records: directories recursively (in name order, hidden
 * files skipped, symbolic links out of the directory skipped unless asked for), WARC/WET files, RSS/Atom feeds, and everything {@link DocumentReader} reads
 * (text, JSONL, HTML). Lazy; close the stream.
 */
final class Inputs {
  /** Largest RSS/Atom file read: a feed is parsed as one XML tree. */
  static final long MAX_FEED_BYTES = 64L * 1024 * 1024;

  private Inputs() {}

  /**
   * The records under {@code path}; every document's stored fields pass {@link FieldChecks}.
   *
   * @param followLinks whether a symbolic link in a directory that leads out of it is read
   * @param notices     hears one line per input skipped on purpose
   */
  static Stream<InputRecord> read(Path path, boolean followLinks, Consumer<String> notices) {
    if (Files.isDirectory(path)) {
      List<Path> files = files(path, followLinks, notices);
      if (files.isEmpty()) {
        String name = FieldChecks.escape(path.toString());
        return Stream.of(InputRecord.failed(name, name + ": empty input (no files in the directory)"));
      }
      return files.stream().flatMap(Inputs::readFile);
    }
    return readFile(path);
  }

  /**
   * The regular files under {@code dir}, in name order, hidden ones skipped. A symbolic link is read
   * when it leads to a file inside {@code dir} (or anywhere with {@code followLinks}); one that leads
   * out of it ({@code /etc/passwd}) is skipped with a notice.
   */
  private static List<Path> files(Path dir, boolean followLinks, Consumer<String> notices) {
    Path root;
    try {
      root = dir.toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": cannot list the directory", e);
    }
    List<Path> out = new ArrayList<>();
    try (Stream<Path> walk = followLinks ? Files.walk(dir, FileVisitOption.FOLLOW_LINKS) : Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
        if (hidden(dir.relativize(p))) {
          continue;
        }
        if (!Files.isSymbolicLink(p)) {
          if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
            out.add(p);
          }
          continue;
        }
        Path target;
        try {
          target = p.toRealPath();
        } catch (IOException e) {
          notices.accept(FieldChecks.escape(p.toString()) + ": skipped: a broken symbolic link");
          continue;
        }
        if (followLinks || target.startsWith(root)) {
          if (Files.isRegularFile(target)) {
            out.add(p);
          }
        } else {
          notices.accept(FieldChecks.escape(p.toString()) + ": skipped: a symbolic link to "
              + FieldChecks.escape(target.toString()) + ", outside " + FieldChecks.escape(dir.toString())
              + " (--follow-links reads it)");
        }
      }
    } catch (IOException | UncheckedIOException e) {
      throw new UncheckedIOException(dir + ": cannot list the directory",
          e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
    }
    return out;
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
      return WarcInput.read(file).map(FieldChecks::check);
    }
    if (Files.isRegularFile(file) && FeedInput.accepts(file)) {
      try {
        if (Files.size(file) > MAX_FEED_BYTES) { // a feed is parsed whole: its size is bounded first
          String name = FieldChecks.escape(file.toString());
          return Stream.of(InputRecord.failed(name, name + ": feed too large (" + Files.size(file)
              + " bytes; the limit is " + MAX_FEED_BYTES + ")"));
        }
      } catch (IOException e) {
        // FeedInput reports the unreadable file
      }
      return FeedInput.read(file).stream().map(FieldChecks::check);
    }
    return DocumentReader.read(file, ReadOptions.defaults());
  }

  /** Line breaks in a file, counted on bytes (no decoding, no line held in memory); a last unterminated line counts. */
  private static long lines(Path f) throws IOException {
    long n = 0;
    int last = '\n';
    byte[] buf = new byte[65_536];
    try (InputStream in = Files.newInputStream(f)) {
      int r;
      while ((r = in.read(buf)) > 0) {
        for (int i = 0; i < r; i++) {
          if (buf[i] == '\n') {
            n++;
          }
        }
        last = buf[r - 1];
      }
    }
    return last == '\n' ? n : n + 1;
  }

  /** A quick estimate of how many documents the paths hold (JSONL lines, files), for the ETA; -1 when unknown. */
  static long estimate(List<Path> paths, boolean followLinks) {
    long total = 0;
    for (Path p : paths) {
      List<Path> files;
      try {
        files = Files.isDirectory(p) ? files(p, followLinks, m -> { }) : List.of(p);
      } catch (UncheckedIOException e) {
        return -1;
      }
      for (Path f : files) {
        String s = f.getFileName().toString().toLowerCase(Locale.ROOT);
        if (WarcInput.accepts(f) || FeedInput.accepts(f)) {
          return -1;
        }
        if (s.endsWith(".jsonl") || s.endsWith(".ndjson")) {
          if (!Files.isRegularFile(f)) {
            return -1; // a device or pipe: counting would read it
          }
          try {
            total += lines(f);
          } catch (IOException e) {
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
