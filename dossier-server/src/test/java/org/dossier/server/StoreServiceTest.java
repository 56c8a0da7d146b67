package org.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dossier.store.Store;
import org.dossier.store.query.EventFilter;
import org.dossier.store.query.Rows;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreServiceTest {
  @TempDir
  static Path dir;
  static Store store;

  @BeforeAll
  static void open() {
    store = Store.open(dir.resolve("store"));
    store.write(List.of(ServerTest.hostileDoc()));
    store.refresh();
  }

  @AfterAll
  static void closeStore() {
    store.close();
  }

  @Test
  void constructor_badConnectionCount_throwsWithValue() {
    assertThatThrownBy(() -> new StoreService(store, 0)).hasMessageContaining("0");
    assertThatThrownBy(() -> new StoreService(store, 257)).hasMessageContaining("257");
  }

  @Test
  void queries_concurrentOnPooledConnections_sameAnswersAsSerial() throws Exception {
    try (StoreService serial = new StoreService(store, 1); StoreService pooled = new StoreService(store, 4)) {
      assertThat(pooled.connections()).isEqualTo(4);
      Rows.Stats stats = serial.stats();
      List<Rows.EventRow> events = serial.events(new EventFilter("Ruritania", null, null, null, 10));
      assertThat(events).isNotEmpty();
      ExecutorService threads = Executors.newFixedThreadPool(8);
      try {
        List<Future<Boolean>> same = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
          int n = i;
          same.add(threads.submit(() -> n % 2 == 0
              ? pooled.stats().equals(stats)
              : pooled.events(new EventFilter("Ruritania", null, null, null, 10)).equals(events)));
        }
        for (Future<Boolean> f : same) {
          assertThat(f.get()).isTrue();
        }
      } finally {
        threads.shutdown();
      }
    }
    // closing the services leaves the store's own connection usable
    assertThat(store.query().stats().documents()).isEqualTo(1);
  }
}
