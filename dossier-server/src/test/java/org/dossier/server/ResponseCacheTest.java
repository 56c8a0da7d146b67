package org.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ResponseCacheTest {
  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void get_sameKeyTwice_computesOnceAndCountsHit() {
    ResponseCache c = new ResponseCache(1 << 20);
    AtomicInteger computed = new AtomicInteger();
    ResponseCache.Answer a = c.get("/api/x", () -> bytes("body" + computed.incrementAndGet()));
    ResponseCache.Answer b = c.get("/api/x", () -> bytes("body" + computed.incrementAndGet()));
    assertThat(a.hit()).isFalse();
    assertThat(b.hit()).isTrue();
    assertThat(b.body()).isEqualTo(bytes("body1"));
    assertThat(c.hits()).isEqualTo(1);
    assertThat(c.misses()).isEqualTo(1);
  }

  @Test
  void get_supplierThrows_nothingCached() {
    ResponseCache c = new ResponseCache(1 << 20);
    assertThatThrownBy(() -> c.get("/api/y", () -> {
      throw new ApiError(404, "no such thing");
    })).hasMessageContaining("no such thing");
    assertThat(c.get("/api/y", () -> bytes("now")).hit()).isFalse();
  }

  @Test
  void get_zeroBytes_neverHits() {
    ResponseCache c = new ResponseCache(0);
    c.get("/api/z", () -> bytes("a"));
    assertThat(c.get("/api/z", () -> bytes("b")).body()).isEqualTo(bytes("b"));
    assertThat(c.hits()).isZero();
  }

  @Test
  void clear_afterPut_nextGetMisses() {
    ResponseCache c = new ResponseCache(1 << 20);
    c.get("/api/w", () -> bytes("old"));
    c.clear();
    assertThat(c.get("/api/w", () -> bytes("new")).body()).isEqualTo(bytes("new"));
  }

  @Test
  void constructor_negativeSize_throwsWithValue() {
    assertThatThrownBy(() -> new ResponseCache(-5)).hasMessageContaining("-5");
  }
}
