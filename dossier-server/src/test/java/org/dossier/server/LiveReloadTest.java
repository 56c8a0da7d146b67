package org.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dossier.model.DocumentInfo;
import org.dossier.model.Dossier;
import org.dossier.model.DossierJson;
import org.dossier.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents written while the server runs (serve --watch) reach every answer, cached ones included. */
class LiveReloadTest {
  @TempDir
  Path dir;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  private static Dossier doc(String id) {
    return Dossier.builder(new DocumentInfo(id, null, LocalDate.of(2024, 5, 1), null, null, "en",
        "The harbour reopened (" + id + ").")).build();
  }

  private static int documents(DossierServer server) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
        + "/api/stats")).build(), HttpResponse.BodyHandlers.ofString());
    return DossierJson.mapper().readTree(r.body()).get("documents").asInt();
  }

  @Test
  void stats_cachedThenStoreChanged_newCountAnswered() throws Exception {
    try (Store store = Store.open(dir.resolve("store"))) {
      store.write(List.of(doc("d1")));
      store.refresh();
      try (DossierServer server = DossierServer.start(store, "127.0.0.1", 0)) {
        assertThat(documents(server)).isEqualTo(1);
        assertThat(documents(server)).isEqualTo(1); // now a cached answer
        store.write(List.of(doc("d2")));
        store.refresh();
        server.storeChanged();
        assertThat(documents(server)).isEqualTo(2);
      }
    }
  }

  @Test
  void stats_cachedThenStoreFilesChanged_newCountWithinSeconds() throws Exception {
    try (Store store = Store.open(dir.resolve("store"))) {
      store.write(List.of(doc("d1")));
      store.refresh();
      try (DossierServer server = DossierServer.start(store, "127.0.0.1", 0)) {
        assertThat(documents(server)).isEqualTo(1);
        assertThat(documents(server)).isEqualTo(1);
        store.write(List.of(doc("d2")));
        store.refresh(); // no storeChanged(): noticed from the files
        long t0 = System.nanoTime();
        while (documents(server) != 2) {
          assertThat(System.nanoTime() - t0).as("seen within 5 s").isLessThan(5_000_000_000L);
          Thread.sleep(100);
        }
      }
    }
  }
}
