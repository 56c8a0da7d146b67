package org.dossier.store.ingest;

import java.nio.file.Path;
import java.util.List;
import org.dossier.store.Store;

/** Run in a child JVM by {@link IngesterTest}: a slow ingest that prints progress, to be killed. */
public final class CrashChild {
  private CrashChild() {}

  public static void main(String[] args) {
    try (Store store = Store.open(Path.of(args[0]))) {
      new Ingester(store, new PatternExtractor(15), 2, 5).ingest(List.of(Path.of(args[1])), new IngestListener() {
        @Override
        public void progress(long done, long total, double seconds) {
          System.out.println("progress " + done);
          System.out.flush();
        }

        @Override
        public void failed(String message) {}
      });
    }
  }
}
