package org.dossier.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.dossier.model.Dossier;
import org.dossier.store.Store;

/**
 * Test fixture: a store under {@code dir/store} holding the given documents, served on a free
 * loopback port with its documents loaded. {@link #close()} stops the server, then the store.
 */
final class ServedStore implements AutoCloseable {
  static final HttpClient HTTP = HttpClient.newHttpClient();

  final Store store;
  final DossierServer server;

  private ServedStore(Store store, DossierServer server) {
    this.store = store;
    this.server = server;
  }

  /** The documents served with the default limits. */
  static ServedStore start(Path dir, List<Dossier> documents) {
    return start(dir, documents, store -> DossierServer.start(store, "127.0.0.1", 0));
  }

  /** The documents served by the server {@code start} makes for the store. */
  static ServedStore start(Path dir, List<Dossier> documents, Function<Store, DossierServer> start) {
    Store store = Store.open(dir.resolve("store"));
    store.write(documents);
    store.refresh();
    DossierServer server = start.apply(store);
    server.documentsHeld().join();
    return new ServedStore(store, server);
  }

  /** The server's loopback URI for {@code path} (with its query). */
  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  /** A GET of {@code path}, whatever its status. */
  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() {
    server.close();
    store.close();
  }
}
