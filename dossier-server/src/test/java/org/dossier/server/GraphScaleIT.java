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
 * ({@code -Ddossier.graph.url=http://127.0.0.1:7391}); prints the time until the first picture
 * (the most active actors) and until the whole graph is drawn, the node and edge counts, the same for a
 * slider move, and frame times while zooming.
 * Skipped without the property (the test stores are too small to matter).
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
      browser.driver.get(url + "/#/graph");
      browser.wait.until(d -> (Boolean) js.executeScript(
          "return !!window.__dossierGraph && window.__dossierGraphComplete !== undefined && !!window.__dossierReady;"));
      @SuppressWarnings("unchecked")
      Map<String, Object> first = (Map<String, Object>) js.executeScript(
          "const cy = window.__dossierGraph; return {ready: window.__dossierReady.at, complete: window.__dossierGraphComplete,"
              + " nodes: cy.nodes().length, edges: cy.edges().length, draw: window.__dossierGraphDrawMs};");
      browser.shot("graph-scale");
      // a slider move (the earliest half of the periods): time to its first picture and to the whole graph
      Map<String, Object> slider = slide(browser, js, "Math.floor(hi.max / 2)");
      // back to everything, then 40 zoom steps, one per frame: the frame intervals say how smooth it is
      Map<String, Object> back = slide(browser, js, "hi.max");
      @SuppressWarnings("unchecked")
      List<Object> frames = (List<Object>) js.executeAsyncScript(
          "const done = arguments[arguments.length - 1];"
              + " const cy = window.__dossierGraph; const out = []; let last = null, i = 0;"
              + " function step(t) { if (last !== null) out.push(t - last); last = t;"
              + "   if (i++ < 40) { cy.zoom({level: cy.zoom() * (i <= 20 ? 1.08 : 0.926), renderedPosition: {x: 600, y: 400}});"
              + "     requestAnimationFrame(step); } else { done(out); } }"
              + " requestAnimationFrame(() => requestAnimationFrame(step));");
      double[] ms = frames.stream().mapToDouble(o -> ((Number) o).doubleValue()).sorted().toArray();
      System.out.printf("graph page: first picture %.0f ms after navigation start (its draw %.0f ms), all %s nodes and %s edges"
          + " at %.0f ms; slider move: first picture %.0f ms, all %s nodes %.0f ms; back to all: %.0f / %.0f ms;"
          + " zoom frames median %.1f ms, max %.1f ms (n=%d)%n",
          num(first, "ready"), num(first, "draw"), first.get("nodes"), first.get("edges"), num(first, "complete"),
          num(slider, "first"), slider.get("nodes"), num(slider, "complete"), num(back, "first"), num(back, "complete"),
          ms[ms.length / 2], ms[ms.length - 1], ms.length);
      assertThat(((Number) first.get("nodes")).intValue()).isBetween(1, 500);
      assertThat(ms).isNotEmpty();
    }
  }

  /** Moves the upper slider to {@code value} (JS, {@code hi} is the slider) and waits for the whole graph. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> slide(HeadlessChromium browser, JavascriptExecutor js, String value) {
    double t0 = ((Number) js.executeScript("const hi = document.getElementById('g-to'); const t = performance.now();"
        + " window.__dossierGraphComplete = undefined; hi.value = " + value + "; hi.dispatchEvent(new Event('input'));"
        + " return t;")).doubleValue();
    browser.wait.until(d -> (Boolean) js.executeScript("return window.__dossierGraphComplete !== undefined"
        + " && window.__dossierGraphFirstFrame > arguments[0];", t0));
    Map<String, Object> m = (Map<String, Object>) js.executeScript("return {first: window.__dossierGraphFirstFrame - arguments[0],"
        + " complete: window.__dossierGraphComplete - arguments[0], nodes: window.__dossierGraph.nodes().length};", t0);
    return m;
  }

  private static double num(Map<String, Object> m, String key) {
    return ((Number) m.get(key)).doubleValue();
  }
}
