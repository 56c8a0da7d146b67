package org.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Host header checks, HEAD as GET, and bounds on idle connections. */
class ServerLimitsTest {
  @TempDir
  static Path dir;
  static ServedStore served;
  static final long IDLE_MILLIS = 1_500;

  @BeforeAll
  static void start() {
    served = ServedStore.start(dir, List.of(ServerTest.hostileDoc()), store -> DossierServer.start(store, "127.0.0.1", 0, 2, DossierServer.CACHE_BYTES,
        DossierServer.Limits.DEFAULT.withIdleTimeout(IDLE_MILLIS).withAllowedHosts(List.of("dossier.example"))));
  }

  @AfterAll
  static void stop() {
    served.close();
  }

  /** A raw HTTP/1.1 exchange, so that the Host header is exactly {@code host}. */
  static String raw(String method, String path, String host) throws IOException {
    try (Socket s = new Socket("127.0.0.1", served.server.port())) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write((method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      return new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }

  @ParameterizedTest
  @CsvSource({"localhost:7070,200", "127.0.0.1:7070,200", "[::1]:7070,200", "LOCALHOST,200", "dossier.example:80,200",
      "attacker.example:7070,403", "127.0.0.1.attacker.example,403", "localhost.attacker.example:7070,403"})
  void hostHeader_onlyServedNamesAnswered(String host, int status) throws Exception {
    String r = raw("GET", "/api/stats", host);
    assertThat(r).startsWith("HTTP/1.1 " + status);
    if (status == 403) {
      assertThat(r).contains("not served here").doesNotContain("\"documents\"");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/stats", "/api/documents/missing", "/api/search?q=%28", "/api/search?q=Ruritania",
      "/api/events?limit=100000", "/api/briefs/topics?q=Freedonia", "/", "/app.js"})
  void head_sameStatusAndHeadersAsGetNoBody(String path) throws Exception {
    HttpResponse<String> get = served.get(path);
    HttpResponse<String> head = ServedStore.HTTP.send(HttpRequest.newBuilder(served.uri(path))
        .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(head.statusCode()).as(path).isEqualTo(get.statusCode());
    assertThat(head.headers().firstValue("content-type")).as(path).isEqualTo(get.headers().firstValue("content-type"));
    assertThat(head.body()).isEmpty();
  }

  @Test
  void idleConnections_manyOpen_normalRequestAnsweredAndIdleOnesClosed() throws Exception {
    List<Socket> idle = new ArrayList<>();
    try {
      for (int i = 0; i < 300; i++) {
        Socket s = new Socket();
        s.connect(new InetSocketAddress("127.0.0.1", served.server.port()), 5_000);
        if (i % 2 == 0) { // half send nothing, half an unfinished request (a slowloris)
          s.getOutputStream().write("GET /api/stats HTTP/1.1\r\nHost: localhost\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
        }
        idle.add(s);
      }
      long t0 = System.nanoTime();
      HttpResponse<String> r = served.get("/api/stats");
      long millis = (System.nanoTime() - t0) / 1_000_000;
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(millis).as("a normal request beside 300 idle connections").isLessThan(5_000);
      // the server closes them after the idle timeout (Jetty's default kept them 30 s)
      for (Socket s : List.of(idle.get(0), idle.get(1), idle.get(299))) {
        s.setSoTimeout((int) (IDLE_MILLIS * 4));
        InputStream in = s.getInputStream();
        try {
          int b;
          do {
            b = in.read();
          } while (b >= 0);
        } catch (SocketTimeoutException e) {
          throw new AssertionError("an idle connection was still open after " + IDLE_MILLIS * 4 + " ms");
        } catch (IOException e) {
          // reset by the server: closed as well
        }
      }
    } finally {
      for (Socket s : idle) {
        s.close();
      }
    }
  }

  @Test
  void hostCheck_wildcardBindWithoutNames_answersAny() {
    assertThat(HostCheck.of("0.0.0.0", List.of())).isNull();
    assertThat(HostCheck.of("0.0.0.0", List.of("news.example")).allows("news.example:7070")).isTrue();
    assertThat(HostCheck.of("::1", List.of()).allows("[::1]:7070")).isTrue();
    assertThat(HostCheck.of("192.168.1.5", List.of()).allows("192.168.1.5:7070")).isTrue();
    assertThat(HostCheck.of("192.168.1.5", List.of()).allows("evil.example")).isFalse();
  }
}
