package org.dossier.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dossier.store.ingest.IngestListener;
import org.dossier.store.ingest.IngestSummary;
import org.dossier.store.ingest.Ingester;

/**
 * A folder whose new files are ingested as they arrive ({@code serve --watch DIR}): every look
 * lists the regular files under it (hidden ones and symbolic links skipped), and a file new or
 * changed since it was last ingested is ingested once its size and modification time have held
 * still for one look (so a file still being copied is not read half-written). Ingesting goes
 * through the same {@link Ingester} as {@code dossier ingest}: the same batches and crash safety,
 * and a document already stored is skipped by its content hash.
 *
 * <p>Not thread-safe: one thread calls {@link #look}.
 */
final class DropFolder {
  private final Path dir;
  private final Ingester ingester;
  /** Size and modification time of each file when last ingested, or last seen changing. */
  private final Map<Path, String> ingested = new HashMap<>();
  private final Map<Path, String> pending = new HashMap<>();

  DropFolder(Path dir, Ingester ingester) {
    this.dir = dir;
    this.ingester = ingester;
  }

  /**
   * Looks at the folder once and ingests the files that are new or changed and have held still
   * since the previous look.
   *
   * @return the summary of that ingest, or null when there was nothing to ingest
   */
  IngestSummary look(IngestListener listener) {
    Map<Path, String> now = files();
    List<Path> ready = new ArrayList<>();
    for (Map.Entry<Path, String> e : now.entrySet()) {
      if (e.getValue().equals(ingested.get(e.getKey()))) {
        continue;
      }
      if (e.getValue().equals(pending.get(e.getKey()))) {
        ready.add(e.getKey());
      } else {
        pending.put(e.getKey(), e.getValue());
      }
    }
    pending.keySet().retainAll(now.keySet());
    if (ready.isEmpty()) {
      return null;
    }
    ready.sort(null);
    IngestSummary s = ingester.ingest(ready, listener);
    for (Path p : ready) {
      ingested.put(p, pending.remove(p));
    }
    return s;
  }

  private Map<Path, String> files() {
    Map<Path, String> out = new HashMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        if (hidden(p)) {
          continue;
        }
        try {
          BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class,
              java.nio.file.LinkOption.NOFOLLOW_LINKS);
          if (a.isRegularFile()) {
            out.put(p, a.size() + "/" + a.lastModifiedTime().toMillis());
          }
        } catch (IOException e) {
          // gone since it was listed: seen at the next look, or never
        }
      }
    } catch (IOException | UncheckedIOException e) {
      // the folder itself is unreadable now: nothing to ingest at this look
    }
    return out;
  }

  private boolean hidden(Path p) {
    for (Path part : dir.relativize(p)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
