package org.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * End-to-end: Debian's headless Chromium drives the UI against a test store — search, open an
 * article, see highlights, open an actor, open the graph, click an edge, see evidence — and checks
 * that hostile article text never executes. Screenshots go to target/screenshots on every run.
 */
class UiBrowserIT {
  @TempDir
  static Path dir;
  static BrowserSession session;
  static WebDriver driver;
  static WebDriverWait wait;

  @BeforeAll
  static void start() throws IOException {
    session = BrowserSession.start(dir, List.of(ServerTest.hostileDoc()));
    driver = session.browser.driver;
    wait = session.browser.wait;
  }

  @AfterAll
  static void stop() {
    if (session != null) {
      session.close();
    }
  }

  static void open(String hash) {
    driver.get(session.url(hash));
  }

  static void shot(String name) throws IOException {
    session.browser.shot(name);
  }

  static void assertNothingExecuted() {
    Object xss = ((JavascriptExecutor) driver).executeScript("return window.__xss === undefined ? null : window.__xss;");
    assertThat(xss).as("injected script ran").isNull();
    try {
      driver.switchTo().alert();
      throw new AssertionError("an alert opened");
    } catch (NoAlertPresentException expected) {
      // nothing executed
    }
  }

  @Test
  void walkthrough_searchArticleActorGraphEdge_showsEvidence() throws IOException {
    open("#/");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".cards .card")));
    shot("01-home");

    driver.findElement(By.id("q")).sendKeys("Ruritania");
    driver.findElement(By.cssSelector("#search-form button")).click();
    WebElement hit = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("main table a[href^='#/doc/']")));
    shot("02-search");
    hit.click();

    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-text .hl-actor")));
    assertThat(driver.findElements(By.cssSelector("#article-text .hl-quote"))).isNotEmpty();
    assertThat(driver.findElement(By.id("article-text")).getText()).contains("<script>");
    assertThat(driver.findElement(By.cssSelector("#article-text .hl-quote")).getAttribute("title"))
        .as("hover text").contains("Quote (direct)");
    driver.findElement(By.cssSelector("#article-text .hl-actor")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("panel")));
    shot("03-article");
    assertNothingExecuted();

    driver.findElement(By.cssSelector("#panel a[href^='#/actor/']")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "Roles over time"));
    assertThat(driver.findElement(By.tagName("main")).getText()).contains("Events as source and target")
        .contains("Claims on their word");
    shot("04-actor");
    driver.findElement(By.cssSelector("main a[href^='#/brief-actor/']")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section#brief-did blockquote.evidence a")));
    shot("04b-actor-brief");

    open("#/graph");
    wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
        "return !!window.__dossierGraph && window.__dossierGraph.edges().length > 0;"));
    @SuppressWarnings("unchecked")
    Map<String, Object> mid = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(
        "const p = window.__dossierGraph.edges()[0].renderedMidpoint(); return {x: p.x, y: p.y};");
    WebElement canvasBox = driver.findElement(By.id("cy"));
    int x = (int) Math.round(((Number) mid.get("x")).doubleValue() - canvasBox.getSize().getWidth() / 2.0);
    int y = (int) Math.round(((Number) mid.get("y")).doubleValue() - canvasBox.getSize().getHeight() / 2.0);
    new Actions(driver).moveToElement(canvasBox, x, y).click().perform();
    WebElement evidence = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#edge-events blockquote a")));
    shot("05-graph-edge");
    evidence.click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main blockquote.evidence a")));
    shot("06-event-evidence");

    open("#/brief/" + "evil%3Cdoc%3E");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section")));
    shot("07-brief");
    assertNothingExecuted();

    open("#/search/Ruritania");
    // the search page renders after its two API calls: wait for the link (the bare find raced under load)
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("main a[href^='#/brief-topic/']"))).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section blockquote.evidence a")));
    assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Topic: Ruritania");
    shot("08-topic-brief");
    assertNothingExecuted();

    open("#/search/agree");
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("main .facets a[href$='kind=quote']"))).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main .facets b"), "quotes"));
    assertThat(driver.findElements(By.cssSelector("main tbody tr td:first-child"))).isNotEmpty()
        .allSatisfy(td -> assertThat(td.getText()).isEqualTo("quote"));
    shot("09-search-quotes");
  }
}
