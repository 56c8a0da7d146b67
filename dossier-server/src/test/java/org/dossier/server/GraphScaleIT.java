package org.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;

/**
 * How the relation graph page copes with a real store: run against a server started by hand
 * ({@code -Ddossier.graph.url=http://127.0.0.1:7391}); prints, for each kind of question (the
 * busiest actor's neighbourhood, the period's strongest dyads), the time until the network is laid
 * out and drawn, its node and edge counts, and frame times while zooming. Skipped without the
 * property (the test stores are too small to matter).
 */
class GraphScaleIT {
  @TempDir
  static Path dir;

  @Test
  void graphPage_realStore_drawsAndStaysResponsive() throws Exception {
    String url = System.getProperty("dossier.graph.url");
    assumeTrue(url != null, "set -Ddossier.graph.url=http://127.0.0.1:PORT to measure the graph page");
    try (HeadlessChromium browser = new HeadlessChromium(dir)) {
      JavascriptExecutor js = (JavascriptExecutor) browser.driver;
      for (String hash : List.of("#/graph", "#/graph?mode=dyads")) {
        browser.driver.get("about:blank");
        browser.driver.get(url + "/" + hash);
        browser.wait.until(d -> (Boolean) js.executeScript(
            "return !!window.__dossierGraph && window.__dossierGraphComplete !== undefined && !!window.__dossierReady;"));
        @SuppressWarnings("unchecked")
        Map<String, Object> first = (Map<String, Object>) js.executeScript(
            "const cy = window.__dossierGraph; return {ready: window.__dossierReady.at, complete: window.__dossierGraphComplete,"
                + " nodes: cy.nodes().length, edges: cy.edges().length, draw: window.__dossierGraphDrawMs};");
        browser.shot("graph-scale" + (hash.contains("dyads") ? "-dyads" : ""));
        @SuppressWarnings("unchecked")
        List<Object> frames = (List<Object>) js.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + " const cy = window.__dossierGraph; const out = []; let last = null, i = 0;"
                + " function step(t) { if (last !== null) out.push(t - last); last = t;"
                + "   if (i++ < 40) { cy.zoom({level: cy.zoom() * (i <= 20 ? 1.08 : 0.926), renderedPosition: {x: 600, y: 400}});"
                + "     requestAnimationFrame(step); } else { done(out); } }"
                + " requestAnimationFrame(() => requestAnimationFrame(step));");
        double[] ms = frames.stream().mapToDouble(o -> ((Number) o).doubleValue()).sorted().toArray();
        System.out.printf("graph page %s: laid out and drawn %.0f ms after navigation start (layout and draw %.0f ms),"
            + " %s nodes and %s edges; zoom frames median %.1f ms, max %.1f ms (n=%d)%n", hash,
            num(first, "complete"), num(first, "draw"), first.get("nodes"), first.get("edges"),
            ms[ms.length / 2], ms[ms.length - 1], ms.length);
        assertThat(((Number) first.get("nodes")).intValue()).isBetween(1, 60);
      }
    }
  }

  private static double num(Map<String, Object> m, String key) {
    return ((Number) m.get(key)).doubleValue();
  }
}
