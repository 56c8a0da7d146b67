package org.dossier.server;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dossier.model.Dossier;
import org.dossier.store.Store;

/**
 * What a browser test runs against: a store holding the given documents, a server on a free
 * loopback port and headless Chromium. Closing it closes all three. Not thread-safe.
 */
final class BrowserSession implements AutoCloseable {
  final Store store;
  final DossierServer server;
  final HeadlessChromium browser;

  private BrowserSession(Store store, DossierServer server, HeadlessChromium browser) {
    this.store = store;
    this.server = server;
    this.browser = browser;
  }

  /** Writes {@code docs} into a store under {@code dir}, serves it and starts the browser. */
  static BrowserSession start(Path dir, List<Dossier> docs) throws IOException {
    Store store = Store.open(dir.resolve("store"));
    store.write(docs);
    store.refresh();
    DossierServer server = DossierServer.start(store, "127.0.0.1", 0);
    try {
      return new BrowserSession(store, server, new HeadlessChromium(dir));
    } catch (IOException | RuntimeException e) {
      server.close();
      store.close();
      throw e;
    }
  }

  /** Serves {@code store} (closed with the session) and starts the browser; {@code dir} holds the browser's profile. */
  static BrowserSession serve(Path dir, Store store) throws IOException {
    java.nio.file.Files.createDirectories(dir);
    DossierServer server = DossierServer.start(store, "127.0.0.1", 0);
    try {
      return new BrowserSession(store, server, new HeadlessChromium(dir));
    } catch (IOException | RuntimeException e) {
      server.close();
      store.close();
      throw e;
    }
  }

  /** The address of the UI page {@code hash} ("#/map"). */
  String url(String hash) {
    return "http://127.0.0.1:" + server.port() + "/" + hash;
  }

  @Override
  public void close() {
    browser.close();
    server.close();
    store.close();
  }
}
