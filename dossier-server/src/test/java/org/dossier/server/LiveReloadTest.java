package org.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dossier.model.DocumentInfo;
import org.dossier.model.Dossier;
import org.dossier.model.DossierJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents written while the server runs (serve --watch) reach every answer, cached ones included. */
class LiveReloadTest {
  @TempDir
  Path dir;

  private static Dossier doc(String id) {
    return Dossier.builder(new DocumentInfo(id, null, LocalDate.of(2024, 5, 1), null, null, "en",
        "The harbour reopened (" + id + ").")).build();
  }

  private static int documents(ServedStore served) throws Exception {
    return DossierJson.mapper().readTree(served.get("/api/stats").body()).get("documents").asInt();
  }

  @Test
  void stats_cachedThenStoreChanged_newCountAnswered() throws Exception {
    try (ServedStore served = ServedStore.start(dir, List.of(doc("d1")))) {
      assertThat(documents(served)).isEqualTo(1);
      assertThat(documents(served)).isEqualTo(1); // now a cached answer
      served.store.write(List.of(doc("d2")));
      served.store.refresh();
      served.server.storeChanged();
      assertThat(documents(served)).isEqualTo(2);
    }
  }

  @Test
  void stats_cachedThenStoreFilesChanged_newCountWithinSeconds() throws Exception {
    try (ServedStore served = ServedStore.start(dir, List.of(doc("d1")))) {
      assertThat(documents(served)).isEqualTo(1);
      assertThat(documents(served)).isEqualTo(1);
      served.store.write(List.of(doc("d2")));
      served.store.refresh(); // no storeChanged(): noticed from the files
      long t0 = System.nanoTime();
      while (documents(served) != 2) {
        assertThat(System.nanoTime() - t0).as("seen within 5 s").isLessThan(5_000_000_000L);
        Thread.sleep(100);
      }
    }
  }
}
