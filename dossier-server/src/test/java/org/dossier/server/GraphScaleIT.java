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
 * ({@code -Ddossier.graph.url=http://127.0.0.1:7391}); prints the time until the graph is drawn,
 * the layout time, the node and edge counts, a slider redraw, and frame times while zooming.
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
          "return !!window.__dossierGraph && window.__dossierGraph.nodes().length > 0"
              + " && window.__dossierGraphDrawMs !== undefined;"));
      @SuppressWarnings("unchecked")
      Map<String, Object> first = (Map<String, Object>) js.executeScript(
          "const cy = window.__dossierGraph; return {ready: performance.now(), nodes: cy.nodes().length,"
              + " edges: cy.edges().length, draw: window.__dossierGraphDrawMs};");
      browser.shot("graph-scale");
      // a slider move: the earliest half of the periods
      @SuppressWarnings("unchecked")
      Map<String, Object> slider = (Map<String, Object>) js.executeAsyncScript(
          "const done = arguments[arguments.length - 1]; const hi = document.getElementById('g-to');"
              + " hi.value = Math.floor(hi.max / 2); hi.dispatchEvent(new Event('input'));"
              + " requestAnimationFrame(() => requestAnimationFrame(() => done({draw: window.__dossierGraphDrawMs,"
              + " nodes: window.__dossierGraph.nodes().length})));");
      // back to everything, then 40 zoom steps, one per frame: the frame intervals say how smooth it is
      @SuppressWarnings("unchecked")
      List<Object> frames = (List<Object>) js.executeAsyncScript(
          "const done = arguments[arguments.length - 1]; const hi = document.getElementById('g-to');"
              + " hi.value = hi.max; hi.dispatchEvent(new Event('input'));"
              + " const cy = window.__dossierGraph; const out = []; let last = null, i = 0;"
              + " function step(t) { if (last !== null) out.push(t - last); last = t;"
              + "   if (i++ < 40) { cy.zoom({level: cy.zoom() * (i <= 20 ? 1.08 : 0.926), renderedPosition: {x: 600, y: 400}});"
              + "     requestAnimationFrame(step); } else { done(out); } }"
              + " requestAnimationFrame(() => requestAnimationFrame(step));");
      double[] ms = frames.stream().mapToDouble(o -> ((Number) o).doubleValue()).sorted().toArray();
      System.out.printf("graph page: ready %.0f ms after navigation start, %s nodes, %s edges, layout+draw %.0f ms;"
          + " slider redraw %.0f ms (%s nodes); zoom frames median %.1f ms, max %.1f ms (n=%d)%n",
          ((Number) first.get("ready")).doubleValue(), first.get("nodes"), first.get("edges"),
          ((Number) first.get("draw")).doubleValue(), ((Number) slider.get("draw")).doubleValue(), slider.get("nodes"),
          ms[ms.length / 2], ms[ms.length - 1], ms.length);
      assertThat(((Number) first.get("nodes")).intValue()).isBetween(1, 500);
      assertThat(ms).isNotEmpty();
    }
  }
}
