package org.dossier.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LoadTestTest {
  @Test
  void options_nonLoopbackHost_rejected() {
    assertThatThrownBy(() -> new LoadTest.Options(URI.create("http://example.org:8080"), 2, 10,
        Duration.ofSeconds(5), List.of())).hasMessageContaining("example.org");
    assertThatThrownBy(() -> new LoadTest.Options(URI.create("http://10.0.0.1:8080"), 2, 10,
        Duration.ofSeconds(5), List.of())).hasMessageContaining("10.0.0.1");
  }

  @Test
  void options_outOfRangeCounts_rejectedWithValue() {
    URI u = URI.create("http://127.0.0.1:1");
    assertThatThrownBy(() -> new LoadTest.Options(u, 0, 10, Duration.ofSeconds(5), List.of()))
        .hasMessageContaining("0");
    assertThatThrownBy(() -> new LoadTest.Options(u, 2, 0, Duration.ofSeconds(5), List.of()))
        .hasMessageContaining("requests");
    assertThatThrownBy(() -> new LoadTest.Options(u, 2, 10, Duration.ofSeconds(5), List.of("api/stats")))
        .hasMessageContaining("api/stats");
  }

  @Test
  void isLoopback_literalsAndLocalhost_accepted() {
    assertThat(LoadTest.isLoopback("127.0.0.1")).isTrue();
    assertThat(LoadTest.isLoopback("[::1]")).isTrue();
    assertThat(LoadTest.isLoopback("localhost")).isTrue();
    assertThat(LoadTest.isLoopback("192.168.1.1")).isFalse();
  }

  @Test
  void run_localServer_countsEveryRequestAndErrors() throws Exception {
    AtomicInteger served = new AtomicInteger();
    AtomicInteger warmUps = new AtomicInteger();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext("/", ex -> {
      served.incrementAndGet();
      String query = ex.getRequestURI().getQuery();
      if (query != null && query.contains(LoadTest.WARM_UP_PARAM)) {
        warmUps.incrementAndGet();
      }
      byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
      ex.sendResponseHeaders(ex.getRequestURI().getPath().equals("/api/missing") ? 404 : 200, body.length);
      ex.getResponseBody().write(body);
      ex.close();
    });
    server.start();
    try {
      URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
      StringWriter text = new StringWriter();
      LoadTest.Result r = LoadTest.run(new LoadTest.Options(base, 4, 40, Duration.ofSeconds(30),
          List.of("/api/stats", "/api/missing?x=1")), new PrintWriter(text));
      assertThat(r.sent()).isEqualTo(40);
      assertThat(r.errors()).isEqualTo(20);
      assertThat(served.get()).isEqualTo(42); // 2 warm-up requests
      assertThat(warmUps.get()).isEqualTo(2); // each path once, under another cache key
      assertThat(r.byEndpoint()).containsOnlyKeys("/api/stats", "/api/missing");
      assertThat(r.overall().count()).isEqualTo(40);
      assertThat(text.toString()).contains("errors=20 sent=40");
    } finally {
      server.stop(0);
    }
  }
}
