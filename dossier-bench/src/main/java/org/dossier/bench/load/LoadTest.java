package org.dossier.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded load test of a Dossier server's API on the loopback interface: {@code clients}
 * concurrent clients send {@code requests} GET requests in total, cycling through a mix of API
 * paths, and stop early when {@code maxTime} has passed. Latency is measured per request from
 * send to the last byte of the body. Only loopback hosts are accepted: this is a benchmark of
 * our own server, never a load generator aimed at someone else's.
 *
 * <p>Not thread-safe; {@link #run} is called once per instance.
 */
public final class LoadTest {
  /**
   * What to run.
   *
   * @param base the server's base URI, e.g. {@code http://127.0.0.1:8080}; its host must be loopback
   * @param clients concurrent clients, 1..500
   * @param requests total requests, 1..1,000,000
   * @param maxTime the time after which no new request is sent
   * @param paths API paths with query (e.g. {@code /api/stats}); empty to derive a mix from the store
   */
  public record Options(URI base, int clients, int requests, Duration maxTime, List<String> paths) {
    public Options {
      if (base == null || base.getHost() == null || !"http".equals(base.getScheme())) {
        throw new IllegalArgumentException("base must be an http:// URL with a host, got: " + base);
      }
      if (!isLoopback(base.getHost())) {
        throw new IllegalArgumentException("the load test only targets loopback (127.0.0.1, ::1, localhost), got: "
            + base.getHost());
      }
      if (clients < 1 || clients > 500) {
        throw new IllegalArgumentException("clients must be 1..500, got: " + clients);
      }
      if (requests < 1 || requests > 1_000_000) {
        throw new IllegalArgumentException("requests must be 1..1000000, got: " + requests);
      }
      if (maxTime == null || maxTime.isNegative() || maxTime.isZero()) {
        throw new IllegalArgumentException("maxTime must be positive, got: " + maxTime);
      }
      paths = List.copyOf(paths == null ? List.of() : paths);
      for (String p : paths) {
        if (!p.startsWith("/")) {
          throw new IllegalArgumentException("paths must start with '/', got: " + p);
        }
      }
    }
  }

  /** Latencies overall and per endpoint (path without query), errors and the achieved rate. */
  public record Result(Latencies overall, Map<String, Latencies> byEndpoint, int errors, int sent,
      double seconds) {
    /** Requests per second achieved. */
    public double throughput() {
      return sent / seconds;
    }
  }

  private final Options options;
  private final HttpClient client;

  private LoadTest(Options options) {
    this.options = options;
    this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
  }

  /** Runs the test described by {@code options}, printing the mix and the results to {@code out}. */
  public static Result run(Options options, PrintWriter out) {
    return new LoadTest(options).run(out);
  }

  static boolean isLoopback(String host) {
    String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    if (h.equalsIgnoreCase("localhost")) {
      return true;
    }
    // only literal addresses: resolving a name would let DNS decide where the load goes
    if (!h.matches("[0-9.]+|[0-9a-fA-F:]+")) {
      return false;
    }
    try {
      return InetAddress.getByName(h).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private Result run(PrintWriter out) {
    List<String> paths = options.paths().isEmpty() ? defaultMix() : options.paths();
    out.println("load: " + options.clients() + " clients, " + options.requests() + " requests, at most "
        + options.maxTime().toSeconds() + " s, against " + options.base());
    paths.forEach(p -> out.println("  " + p));
    out.flush();
    // warm-up: one pass over the mix, not measured (JIT, DuckDB caches)
    for (String p : paths) {
      get(p);
    }
    long[] latencies = new long[options.requests()];
    String[] endpoint = new String[options.requests()];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    long start = System.nanoTime();
    long deadline = start + options.maxTime().toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(options.clients());
    for (int c = 0; c < options.clients(); c++) {
      pool.execute(() -> {
        int i;
        while ((i = next.getAndIncrement()) < latencies.length && System.nanoTime() < deadline) {
          String p = paths.get(i % paths.size());
          long t0 = System.nanoTime();
          int status = get(p);
          latencies[i] = System.nanoTime() - t0;
          endpoint[i] = p.replaceFirst("\\?.*", "");
          if (status != 200) {
            errors.incrementAndGet();
          }
        }
      });
    }
    pool.shutdown();
    try {
      if (!pool.awaitTermination(options.maxTime().toSeconds() + 60, TimeUnit.SECONDS)) {
        pool.shutdownNow();
      }
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    List<Long> all = new ArrayList<>();
    Map<String, List<Long>> per = new LinkedHashMap<>();
    for (int i = 0; i < latencies.length; i++) {
      if (endpoint[i] != null) {
        all.add(latencies[i]);
        per.computeIfAbsent(endpoint[i], k -> new ArrayList<>()).add(latencies[i]);
      }
    }
    Map<String, Latencies> byEndpoint = new LinkedHashMap<>();
    per.forEach((k, v) -> byEndpoint.put(k, Latencies.ofNanos(toArray(v))));
    Result r = new Result(Latencies.ofNanos(toArray(all)), byEndpoint, errors.get(), all.size(), seconds);
    byEndpoint.forEach((k, v) -> out.println(String.format(Locale.ROOT, "  %-22s %s", k, v.format())));
    out.println(String.format(Locale.ROOT, "load: %s errors=%d sent=%d in %.1f s (%.0f requests/s)",
        r.overall().format(), r.errors(), r.sent(), seconds, r.throughput()));
    out.flush();
    return r;
  }

  private static long[] toArray(List<Long> v) {
    return v.stream().mapToLong(Long::longValue).toArray();
  }

  /** Status code of a GET, or -1 when the request failed; the body is read fully. */
  private int get(String path) {
    try {
      HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(options.base().resolve(path))
          .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      return r.statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /**
   * A mix of the API's read paths built from the store itself: stats, the events and the actor
   * search of the five actors in most documents, the relation graph of the month of their latest
   * mention, and a full-text search for their names.
   */
  private List<String> defaultMix() {
    JsonNode actors;
    try {
      HttpResponse<String> r = client.send(HttpRequest.newBuilder(options.base().resolve("/api/actors?limit=5"))
          .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new IllegalStateException("GET /api/actors answered " + r.statusCode() + ": " + r.body());
      }
      actors = new ObjectMapper().readTree(r.body());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reach " + options.base() + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    List<String> mix = new ArrayList<>();
    for (JsonNode a : actors) {
      String name = a.path("name").asText("");
      if (name.isEmpty()) {
        continue;
      }
      String last = name.substring(name.lastIndexOf(' ') + 1);
      mix.add("/api/stats");
      mix.add("/api/events?actor=" + enc(name) + "&limit=100");
      mix.add("/api/actors?name=" + enc(last));
      String seen = a.path("lastSeen").asText(a.path("last_seen").asText(""));
      if (seen.length() >= 7) {
        LocalDate month = LocalDate.parse(seen.substring(0, 7) + "-01");
        mix.add("/api/graph?from=" + month + "&to=" + month.plusMonths(1).minusDays(1));
      }
      mix.add("/api/search?q=" + enc(last));
    }
    if (mix.isEmpty()) {
      mix.add("/api/stats");
    }
    return mix;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
