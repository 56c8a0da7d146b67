package org.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dossier.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * An analyst's questions followed in headless Chromium, counting clicks: the graph page opens on a
 * question and answers "who did X deal with in a month, and how" and "what happened between X and
 * Y in a month" in at most three clicks each from the home page; the timeline opens on the newest
 * news; an event lists its reports. Runs on a fixture store written here, and on the AFP/Xinhua
 * store with {@code -Ddossier.analyst.store=DIR} (a store built by {@code dossier ingest
 * ../shared/corpora/afp-xinhua-1997-2006.jsonl}; skipped without it: the corpus is not in the
 * repository). Screenshots go to target/screenshots.
 */
class AnalystBrowserIT {
  @TempDir
  static Path dir;

  /** Clicks an analyst needs at most per question. */
  private static final int MAX_CLICKS = 3;
  private static final int MAX_FIRST_NODES = 60;

  /** Counts the clicks of a question. */
  private static final class Clicks {
    int n;

    void on(WebElement e) {
      e.click();
      n++;
    }

    void choose(WebElement select, String value) {
      n++; // opening the list and picking a month: one choice
      new Select(select).selectByValue(value);
    }
  }

  @Test
  void questions_fixtureStore_answeredWithinThreeClicks() throws IOException {
    try (BrowserSession s = BrowserSession.start(dir.resolve("fixture"), fixture())) {
      WebDriver d = s.browser.driver;
      Clicks c = ask(s, "Ruritania", null, "2024-06");
      assertThat(c.n).isLessThanOrEqualTo(MAX_CLICKS);
      Map<String, Object> g = graphState(d);
      assertThat(((Number) g.get("nodes")).intValue()).isBetween(2, MAX_FIRST_NODES);
      assertThat(d.findElement(By.id("g-caption")).getText()).contains("Ruritania").contains("2024-06");
      s.browser.shot("analyst-fixture-neighbourhood");
      clickFirstEdge(s);
      WebElement evidence = s.browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
          By.cssSelector("#edge-events blockquote a")));
      assertThat(d.findElements(By.cssSelector("#edge-events svg.trend rect"))).isNotEmpty();
      s.browser.shot("analyst-fixture-dyad");
      evidence.click();
      s.browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#event-reports blockquote a")));
      assertThat(d.findElement(By.tagName("main")).getText()).contains("NumArticles").contains("NumSources");

      Clicks c2 = ask(s, "Freedonia", "Ruritania", "2024-12");
      assertThat(c2.n).isLessThanOrEqualTo(MAX_CLICKS);
      s.browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#edge-events blockquote a")));
      assertThat(d.findElement(By.id("edge-events")).getText()).contains("2024-12");

      d.get(s.url("#/timeline"));
      WebElement first = s.browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main tbody tr td")));
      assertThat(first.getText()).startsWith("2024-12");
      assertThat(d.findElement(By.id("t-head")).getText()).contains("background");
      s.browser.shot("analyst-fixture-timeline");
    }
  }

  @Test
  void questions_afpStore_answeredWithinThreeClicks() throws Exception {
    String path = System.getProperty("dossier.analyst.store");
    assumeTrue(path != null && Files.isDirectory(Path.of(path)),
        "set -Ddossier.analyst.store=DIR (dossier ingest ../shared/corpora/afp-xinhua-1997-2006.jsonl --store DIR)");
    Path copy = dir.resolve("afp");
    copyTree(Path.of(path), copy);
    try (BrowserSession s = BrowserSession.serve(dir.resolve("afp-browser"), Store.open(copy))) {
      WebDriver d = s.browser.driver;
      // who did China deal with in November 2006, and how
      Clicks c = ask(s, "China", null, "2006-11");
      Map<String, Object> g = graphState(d);
      System.out.printf("China, 2006-11: %s nodes, %s edges, drawn in %.0f ms, %d clicks%n", g.get("nodes"), g.get("edges"),
          ((Number) g.get("drawMs")).doubleValue(), c.n);
      assertThat(c.n).isLessThanOrEqualTo(MAX_CLICKS);
      assertThat(((Number) g.get("nodes")).intValue()).isBetween(5, MAX_FIRST_NODES);
      assertThat(d.findElement(By.id("g-caption")).getText()).contains("China").contains("2006-11");
      s.browser.shot("analyst-afp-china-2006-11");
      clickFirstEdge(s);
      s.browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#edge-events blockquote a")));
      s.browser.shot("analyst-afp-china-dyad");

      // what happened between Israel and the Palestinians in December 2006
      Clicks c2 = ask(s, "Israel", "Palestinian", "2006-12"); // the stem: every Palestinian actor
      assertThat(c2.n).isLessThanOrEqualTo(MAX_CLICKS);
      WebElement events = s.browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("edge-events")));
      s.browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#edge-events blockquote a")));
      assertThat(events.getText()).contains("2006-12");
      assertThat(((Number) graphState(d).get("nodes")).intValue()).isBetween(2, MAX_FIRST_NODES);
      s.browser.shot("analyst-afp-israel-palestinians-2006-12");

      // the timeline's first page is the corpus's last month of news, never 1841 or a clock time
      d.get(s.url("#/timeline"));
      WebElement first = s.browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main tbody tr td")));
      assertThat(first.getText()).startsWith("2006-12");
      List<WebElement> dates = d.findElements(By.cssSelector("main tbody tr td:first-child"));
      assertThat(dates).noneSatisfy(td -> assertThat(td.getText()).startsWith("1900"));
      s.browser.shot("analyst-afp-timeline");
    }
  }

  /**
   * From the home page: Graph (a click), the actors typed and Show (a click), the month chosen (a
   * choice); waits until the network of the question is drawn.
   */
  private static Clicks ask(BrowserSession s, String actor, String with, String month) {
    WebDriver d = s.browser.driver;
    Clicks c = new Clicks();
    d.get(s.url("#/"));
    s.browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".cards .card")));
    forget(s);
    c.on(d.findElement(By.cssSelector("nav a[href='#/graph']")));
    waitDrawn(s, null);
    WebElement a = d.findElement(By.id("g-actor"));
    a.clear();
    a.sendKeys(actor);
    if (with != null) {
      d.findElement(By.id("g-with")).sendKeys(with);
    }
    forget(s);
    c.on(d.findElement(By.id("g-show")));
    waitDrawn(s, actor);
    forget(s);
    c.choose(d.findElement(By.id("g-period")), month);
    s.browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("g-caption"), month));
    waitDrawn(s, actor);
    return c;
  }

  /** Forgets the network drawn last, so that {@link #waitDrawn} waits for the next one. */
  private static void forget(BrowserSession s) {
    ((JavascriptExecutor) s.browser.driver).executeScript("window.__dossierGraphNetwork = null;");
  }

  /** Waits until a network is drawn (and, when given, one about {@code actor}). */
  private static void waitDrawn(BrowserSession s, String actor) {
    JavascriptExecutor js = (JavascriptExecutor) s.browser.driver;
    s.browser.wait.until(x -> (Boolean) js.executeScript("const n = window.__dossierGraphNetwork;"
        + " return !!n && (arguments[0] === null || (n.focus || '').toLowerCase().includes(arguments[0].toLowerCase().slice(0, 5)));",
        actor));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> graphState(WebDriver d) {
    return (Map<String, Object>) ((JavascriptExecutor) d).executeScript("const cy = window.__dossierGraph;"
        + " return {nodes: cy.nodes().length, edges: cy.edges().length, drawMs: window.__dossierGraphDrawMs};");
  }

  /** Clicks the middle of the graph's heaviest edge whose middle no actor covers. */
  private static void clickFirstEdge(BrowserSession s) {
    WebDriver d = s.browser.driver;
    @SuppressWarnings("unchecked")
    Map<String, Object> mid = (Map<String, Object>) ((JavascriptExecutor) d).executeScript(
        "const cy = window.__dossierGraph; const free = p => cy.nodes().every(n => { const b = n.renderedBoundingBox();"
            + " return p.x < b.x1 - 4 || p.x > b.x2 + 4 || p.y < b.y1 - 4 || p.y > b.y2 + 4; });"
            + " const es = cy.edges().sort((a, b) => b.data('n') - a.data('n'));"
            + " const e = es.filter(x => free(x.renderedMidpoint()))[0] || es[0];"
            + " const p = e.renderedMidpoint(); return {x: p.x, y: p.y};");
    WebElement box = d.findElement(By.id("cy"));
    int x = (int) Math.round(((Number) mid.get("x")).doubleValue() - box.getSize().getWidth() / 2.0);
    int y = (int) Math.round(((Number) mid.get("y")).doubleValue() - box.getSize().getHeight() / 2.0);
    new Actions(d).moveToElement(box, x, y).click().perform();
  }

  private static List<org.dossier.model.Dossier> fixture() {
    List<org.dossier.model.Dossier> docs = new java.util.ArrayList<>();
    for (int i = 0; i < 13; i++) {
      docs.add(ReadModelTest.monthlyDoc(i));
    }
    docs.add(AnalystViewsTest.agencyDoc());
    return docs;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (var files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else if (!p.getFileName().toString().equals("write.lock")) {
          Files.copy(p, t);
        }
      }
    }
  }
}
