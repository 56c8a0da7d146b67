package org.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * How fast every page of the UI becomes interactive against a real server started by hand
 * ({@code -Ddossier.pages.url=http://127.0.0.1:7392}); skipped without the property.
 *
 * <p>"Interactive" means: app.js has set {@code window.__dossierReady} for the route (its content is
 * built and the following frame painted) and the main thread is free — the end of the last long task
 * (over 50 ms, {@code PerformanceObserver('longtask')}) that ran after the navigation started, if
 * later. Each page is measured on a fresh navigation with the browser cache cleared (time from
 * navigation start) and on an in-app navigation (time from setting {@code location.hash}, coming
 * from the page before it in the list). {@code -Ddossier.pages.rounds=N} repeats (default 3; the
 * median is printed); {@code -Ddossier.pages.only=graph,map} times only those pages,
 * {@code -Ddossier.pages.verbose=true} prints where a fresh load's time went,
 * {@code -Ddossier.pages.profile=graph} saves a CPU profile of its first fresh load (target/profile-graph.cpuprofile,
 * for Chromium's DevTools); {@code -Ddossier.pages.budgetMs=1000} turns the printed medians into
 * assertions.
 */
class PageTimingIT {
  @TempDir
  static Path dir;

  /** Registered before any page script runs: collects [start, end] of every long task. */
  private static final String LONGTASK_OBSERVER = "window.__longtasks = [];"
      + " try { new PerformanceObserver(l => { for (const e of l.getEntries())"
      + " window.__longtasks.push([e.startTime, e.startTime + e.duration]); })"
      + ".observe({type: 'longtask', buffered: true}); } catch (e) { window.__longtasks = null; }";

  /** Where the time of a fresh load went: script and API requests, app.js's marks, long tasks. */
  private static final String BREAKDOWN = "const f = x => Math.round(x);"
      + " const res = performance.getEntriesByType('resource').filter(e => /\\/(api|vendor)\\/|\\.js$/.test(e.name))"
      + ".map(e => e.name.replace(location.origin, '') + ' ' + f(e.startTime) + '-' + f(e.responseEnd) + ' (' + e.transferSize + ' B)');"
      + " const marks = performance.getEntriesByType('mark').map(m => m.name + '@' + f(m.startTime));"
      + " const nav = performance.getEntriesByType('navigation')[0];"
      + " return 'DOMContentLoaded@' + f(nav.domContentLoadedEventEnd) + '; ' + marks.join(' ') + '; ' + res.join('; ')"
      + " + '; long tasks ' + (window.__longtasks || []).map(x => f(x[0]) + '+' + f(x[1] - x[0])).join(' ');";

  /** Most actors the graph page may draw when it opens. */
  private static final int MAX_FIRST_NODES = 60;

  /** Quiet time (no long task, ready already set) after which a page counts as settled. */
  private static final double QUIET_MS = 300;

  record Page(String name, String hash) {}

  record Timing(double ready, double interactive, double longest) {}

  @Test
  void everyPage_realStore_printsTimeToInteractive() throws Exception {
    String url = System.getProperty("dossier.pages.url");
    assumeTrue(url != null, "set -Ddossier.pages.url=http://127.0.0.1:PORT to time the pages");
    int rounds = Integer.getInteger("dossier.pages.rounds", 3);
    Integer budget = Integer.getInteger("dossier.pages.budgetMs");
    String only = System.getProperty("dossier.pages.only", "");
    List<Page> pages = pages(url).stream().filter(p -> only.isEmpty() || List.of(only.split(",")).contains(p.name())).toList();
    Map<String, List<Timing>> cold = new LinkedHashMap<>();
    Map<String, List<Timing>> inApp = new LinkedHashMap<>();
    try (HeadlessChromium browser = new HeadlessChromium(dir)) {
      ChromeDriver driver = (ChromeDriver) browser.driver;
      driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", LONGTASK_OBSERVER));
      for (int r = 0; r < rounds; r++) {
        for (Page p : pages) {
          driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
          driver.get("about:blank");
          boolean profile = r == 0 && p.name().equals(System.getProperty("dossier.pages.profile"));
          if (profile) {
            driver.executeCdpCommand("Profiler.enable", Map.of());
            driver.executeCdpCommand("Profiler.setSamplingInterval", Map.of("interval", 1000));
            driver.executeCdpCommand("Profiler.start", Map.of());
          }
          driver.get(url + "/" + p.hash());
          Timing t = settle(browser, 0, 0);
          if (profile) {
            Object cpu = driver.executeCdpCommand("Profiler.stop", Map.of()).get("profile");
            Path out = HeadlessChromium.SHOTS.resolveSibling("profile-" + p.name() + ".cpuprofile");
            new ObjectMapper().writeValue(out.toFile(), cpu);
            System.out.println("CPU profile of the fresh load: " + out.toAbsolutePath());
          }
          cold.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(t);
          if (p.name().equals("graph")) {
            // the graph opens on a question: a readable few dozen actors, never the whole store
            int nodes = ((Number) driver.executeScript("return window.__dossierGraph.nodes().length;")).intValue();
            System.out.println("graph: " + nodes + " nodes drawn at first");
            assertThat(nodes).as("nodes drawn at first").isBetween(1, MAX_FIRST_NODES);
          }
          if (r == 0) {
            browser.shot("timing-" + p.name());
          }
          if (r == rounds - 1 && Boolean.getBoolean("dossier.pages.verbose")) {
            System.out.println(p.name() + ": " + driver.executeScript(BREAKDOWN));
          }
        }
        driver.get("about:blank");
        driver.get(url + "/#/");
        settle(browser, 0, 0);
        for (Page p : pages) {
          JavascriptExecutor js = driver;
          @SuppressWarnings("unchecked")
          Map<String, Object> started = (Map<String, Object>) js.executeScript(
              "const seq = window.__dossierReady ? window.__dossierReady.seq : 0; const t = performance.now();"
                  + " window.__longtasks && (window.__longtasks.length = 0);"
                  + " if (location.hash === arguments[0]) location.hash = '#/blank';"
                  + " location.hash = arguments[0]; return {seq: seq, t: t};", p.hash());
          Timing t = settle(browser, ((Number) started.get("seq")).intValue(),
              ((Number) started.get("t")).doubleValue());
          inApp.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(t);
        }
      }
    }
    System.out.printf("page timing against %s, %d rounds, medians (ms): ready / interactive / longest task%n", url, rounds);
    System.out.printf("%-10s %28s %28s%n", "page", "fresh load (cache cleared)", "in-app (hash change)");
    for (Page p : pages) {
      Timing c = median(cold.get(p.name()));
      Timing a = median(inApp.get(p.name()));
      System.out.printf("%-10s %8.0f / %6.0f / %6.0f   %8.0f / %6.0f / %6.0f   %s%n", p.name(),
          c.ready(), c.interactive(), c.longest(), a.ready(), a.interactive(), a.longest(), p.hash());
      if (budget != null) {
        assertThat(c.interactive()).as("fresh load of %s", p.name()).isLessThan(budget);
        assertThat(a.interactive()).as("in-app navigation to %s", p.name()).isLessThan(budget);
      }
    }
  }

  /**
   * Waits until the route after {@code seq} is ready and the main thread has been quiet for
   * {@link #QUIET_MS}; returns its times relative to {@code start} (performance.now()).
   */
  private static Timing settle(HeadlessChromium browser, int seq, double start) {
    JavascriptExecutor js = (JavascriptExecutor) browser.driver;
    browser.wait.until(d -> (Boolean) js.executeScript(
        "const r = window.__dossierReady; if (!r || r.seq <= arguments[0]) return false;"
            + " const now = performance.now(); const lt = window.__longtasks || [];"
            + " const last = lt.reduce((m, x) => Math.max(m, x[1]), 0);"
            + " return now - r.at >= arguments[1] && now - last >= arguments[1];", seq, QUIET_MS));
    @SuppressWarnings("unchecked")
    Map<String, Object> m = (Map<String, Object>) js.executeScript(
        "const r = window.__dossierReady; const lt = (window.__longtasks || []).filter(x => x[0] >= arguments[0]);"
            + " const main = document.getElementById('main');"
            + " return {ready: r.at, end: lt.reduce((m, x) => Math.max(m, x[1]), 0),"
            + " longest: lt.reduce((m, x) => Math.max(m, x[1] - x[0]), 0),"
            + " content: main.childElementCount, error: !!main.querySelector('.error')};", start);
    assertThat(((Number) m.get("content")).intValue()).as("page content").isPositive();
    assertThat((Boolean) m.get("error")).as("page shows an error").isFalse();
    double ready = ((Number) m.get("ready")).doubleValue();
    double end = ((Number) m.get("end")).doubleValue();
    return new Timing(ready - start, Math.max(ready, end) - start, ((Number) m.get("longest")).doubleValue());
  }

  private static Timing median(List<Timing> ts) {
    return new Timing(median(ts.stream().mapToDouble(Timing::ready).toArray()),
        median(ts.stream().mapToDouble(Timing::interactive).toArray()),
        median(ts.stream().mapToDouble(Timing::longest).toArray()));
  }

  private static double median(double[] xs) {
    Arrays.sort(xs);
    return xs[xs.length / 2];
  }

  /** Every page, with an article, an actor and an event picked from the store's own API. */
  private static List<Page> pages(String url) throws IOException, InterruptedException {
    ObjectMapper mapper = new ObjectMapper();
    HttpClient http = HttpClient.newHttpClient();
    JsonNode actors = get(http, mapper, url + "/api/actors?limit=1");
    JsonNode events = get(http, mapper, url + "/api/events?limit=500");
    JsonNode busiest = events.get(0);
    for (JsonNode e : events) {
      if (e.get("numMentions").asInt() > busiest.get("numMentions").asInt()) {
        busiest = e;
      }
    }
    // the article of the busiest event: one with something to highlight
    JsonNode mentions = get(http, mapper, url + "/api/events/" + busiest.get("id").asInt() + "/mentions");
    String doc = mentions.get(0).get("docId").asText();
    String actor = actors.get(0).get("name").asText();
    return List.of(new Page("home", "#/"), new Page("search", "#/search/summit"),
        new Page("article", "#/doc/" + enc(doc)), new Page("actor", "#/actor/" + enc(actor)),
        new Page("event", "#/event/" + busiest.get("id").asInt()), new Page("timeline", "#/timeline"),
        new Page("graph", "#/graph"), new Page("map", "#/map"), new Page("brief", "#/brief/" + enc(doc)),
        new Page("actorbrief", "#/brief-actor/" + enc(actor)), new Page("topicbrief", "#/brief-topic/summit"));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static JsonNode get(HttpClient http, ObjectMapper mapper, String url) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(url).isEqualTo(200);
    return mapper.readTree(r.body());
  }
}
