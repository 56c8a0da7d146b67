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
      double seconds, int cacheHits) {
    /** Requests per second achieved. */
    public double throughput() {
      return sent / seconds;
    }

    /** Share of requests the server answered from its response cache ({@code X-Cache: hit}). */
    public double hitRate() {
      return sent == 0 ? 0 : (double) cacheHits / sent;
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
    warmUp(paths);
    long[] latencies = new long[options.requests()];
    String[] endpoint = new String[options.requests()];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    AtomicInteger hits = new AtomicInteger();
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
          endpoint[i] = endpoint(p);
          if (status == HIT) {
            hits.incrementAndGet();
          } else if (status != 200) {
            errors.incrementAndGet();
          }
        }
      });
    }
    awaitAll(pool);
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
    Result r = new Result(Latencies.ofNanos(toArray(all)), byEndpoint, errors.get(), all.size(), seconds,
        hits.get());
    byEndpoint.forEach((k, v) -> out.println(String.format(Locale.ROOT, "  %-22s %s", k, v.format())));
    out.println(String.format(Locale.ROOT, "load: %d distinct paths, %d warm-up requests (each path once, with %s);"
        + " cache hits %d of %d (%.0f%%, from the server's X-Cache header)", paths.size(), paths.size(), WARM_UP_PARAM,
        r.cacheHits(),
        r.sent(), 100.0 * r.hitRate()));
    out.println(String.format(Locale.ROOT, "load: %s errors=%d sent=%d in %.1f s (%.0f requests/s)",
        r.overall().format(), r.errors(), r.sent(), seconds, r.throughput()));
    out.flush();
    return r;
  }

  private static long[] toArray(List<Long> v) {
    return v.stream().mapToLong(Long::longValue).toArray();
  }

  /** {@link #get}'s answer for a 200 the server says came from its cache. */
  private static final int HIT = 1200;

  /**
   * Status code of a GET ({@link #HIT} for a 200 with {@code X-Cache: hit}), or -1 when the
   * request failed; the body is read fully.
   */
  private int get(String path) {
    try {
      HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(options.base().resolve(path))
          .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      boolean hit = r.statusCode() == 200 && r.headers().firstValue("X-Cache").filter("hit"::equals).isPresent();
      return hit ? HIT : r.statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /**
   * A broad mix of the API's read paths drawn from the store itself, in a fixed pseudo-random
   * order: for each of the {@value #MIX_ACTORS} actors in most documents, its events (three page
   * sizes, and one year of them), its profile page, a name search, its quotes, its relation graph
   * over a year, the whole graph of one month of its activity, and a full-text search for its name
   * (articles or quotes); for every other actor its claims and goals, for every third the map of
   * that year, for every fifth its brief and the topic brief of its last name; plus totals, the whole map, the mentions of the first {@value #MIX_EVENTS} events,
   * and the documents of the first quotes with the brief of every other one. About 1,500 distinct
   * requests on a large store, so that a response cache cannot answer most of a run of a few
   * thousand requests.
   */
  private List<String> defaultMix() {
    JsonNode actors = getJson("/api/actors?limit=" + MIX_ACTORS);
    List<String> mix = new ArrayList<>();
    int i = 0;
    for (JsonNode a : actors) {
      String name = a.path("name").asText("");
      if (name.isEmpty()) {
        continue;
      }
      String last = name.substring(name.lastIndexOf(' ') + 1);
      int[] limits = {20, 50, 100};
      mix.add("/api/events?actor=" + enc(name) + "&limit=" + limits[i % 3]);
      mix.add("/api/actors/" + encPath(name));
      mix.add("/api/actors?name=" + enc(last));
      mix.add("/api/quotes?actor=" + enc(name) + "&limit=20");
      mix.add("/api/search?q=" + enc(last) + (i % 2 == 0 ? "" : "&kind=quote"));
      LocalDate first = date(a, "firstSeen");
      LocalDate lastSeen = date(a, "lastSeen");
      if (first != null && lastSeen != null && !lastSeen.isBefore(first)) {
        long months = java.time.temporal.ChronoUnit.MONTHS.between(first.withDayOfMonth(1), lastSeen.withDayOfMonth(1));
        LocalDate month = first.withDayOfMonth(1).plusMonths(months == 0 ? 0 : (i * 7L) % (months + 1));
        mix.add("/api/graph?from=" + month + "&to=" + month.plusMonths(1).minusDays(1));
        LocalDate year = month.withDayOfYear(1);
        mix.add("/api/graph?actor=" + enc(name) + "&from=" + year + "&to=" + year.plusYears(1).minusDays(1));
        mix.add("/api/events?actor=" + enc(name) + "&from=" + year + "&to=" + year.plusYears(1).minusDays(1)
            + "&limit=100");
        if (i % 3 == 0) {
          mix.add("/api/map?from=" + year + "&to=" + year.plusYears(1).minusDays(1));
        }
      }
      if (i % 5 == 0) { // briefs: an actor's (its whole history), a topic's (its last name)
        mix.add("/api/briefs/actors/" + encPath(name));
        mix.add("/api/briefs/topics?q=" + enc(last));
      }
      // the rest of an actor page's reads, for every other actor
      if (i % 2 == 0) {
        mix.add("/api/claims?actor=" + enc(name) + "&limit=20");
        mix.add("/api/goals?actor=" + enc(name) + "&limit=20");
      }
      i++;
    }
    for (JsonNode e : getJson("/api/events?limit=" + MIX_EVENTS)) {
      String id = field(e, "id");
      if (!id.isEmpty()) {
        mix.add("/api/events/" + id + "/mentions");
      }
    }
    java.util.Set<String> docs = new java.util.LinkedHashSet<>();
    for (JsonNode q : getJson("/api/quotes?limit=" + MIX_DOCUMENTS)) {
      String doc = field(q, "docId");
      if (!doc.isEmpty()) {
        docs.add(encPath(doc));
      }
    }
    int d = 0;
    for (String doc : docs) {
      mix.add("/api/documents/" + doc);
      if (d++ % 2 == 0) {
        mix.add("/api/briefs/documents/" + doc);
      }
    }
    mix.add("/api/map");
    mix.add("/api/stats");
    java.util.Collections.shuffle(mix, new java.util.Random(42));
    return mix;
  }

  private static final int MIX_ACTORS = 150;
  private static final int MIX_DOCUMENTS = 60;
  private static final int MIX_EVENTS = 60;
  /**
   * Appended to every path of the warm-up: the server does the same work (it ignores the
   * parameter) but caches the answer under another key, so that the measured run starts with a
   * warm JIT and a cache holding none of its answers.
   */
  static final String WARM_UP_PARAM = "warmup=1";

  /** One unmeasured pass over the mix, by all clients, with {@link #WARM_UP_PARAM} added to each path. */
  private void warmUp(List<String> paths) {
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(options.clients());
    long deadline = System.nanoTime() + options.maxTime().toNanos();
    for (int c = 0; c < options.clients(); c++) {
      pool.execute(() -> {
        int i;
        while ((i = next.getAndIncrement()) < paths.size() && System.nanoTime() < deadline) {
          String p = paths.get(i);
          get(p + (p.contains("?") ? "&" : "?") + WARM_UP_PARAM);
        }
      });
    }
    awaitAll(pool);
  }

  /** Lets the clients of {@code pool} finish, at most a minute after the time limit. */
  private void awaitAll(ExecutorService pool) {
    pool.shutdown();
    try {
      if (!pool.awaitTermination(options.maxTime().toSeconds() + 60, TimeUnit.SECONDS)) {
        pool.shutdownNow();
      }
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  private JsonNode getJson(String path) {
    try {
      HttpResponse<String> r = client.send(HttpRequest.newBuilder(options.base().resolve(path))
          .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new IllegalStateException("GET " + path + " answered " + r.statusCode() + ": " + r.body());
      }
      return new ObjectMapper().readTree(r.body());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reach " + options.base() + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static LocalDate date(JsonNode n, String field) {
    String v = field(n, field);
    try {
      return v.length() >= 10 ? LocalDate.parse(v.substring(0, 10)) : null;
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  /** A text field by its camel-case name or its snake-case spelling ("" when absent). */
  private static String field(JsonNode n, String camel) {
    String v = n.path(camel).asText("");
    return v.isEmpty() ? n.path(camel.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT)).asText("") : v;
  }

  private static String encPath(String s) {
    return enc(s).replace("+", "%20");
  }

  /** The endpoint of a path: no query, and the actor name or document id of a page replaced by a placeholder. */
  static String endpoint(String path) {
    String p = path.replaceFirst("\\?.*", "");
    if (p.startsWith("/api/actors/")) {
      return "/api/actors/{name}";
    }
    if (p.startsWith("/api/documents/")) {
      return "/api/documents/{id}";
    }
    if (p.startsWith("/api/briefs/documents/")) {
      return "/api/briefs/documents/{id}";
    }
    if (p.startsWith("/api/briefs/actors/")) {
      return "/api/briefs/actors/{name}";
    }
    if (p.matches("/api/events/[^/]+/mentions")) {
      return "/api/events/{id}/mentions";
    }
    return p;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
