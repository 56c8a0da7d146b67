package org.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * End-to-end: headless Chromium opens the map against a test store, clicks the place's cluster,
 * sees its events and follows one to the evidence in the article. Screenshots in target/screenshots.
 */
class MapBrowserIT {
  @TempDir
  static Path dir;
  static BrowserSession session;
  static WebDriver driver;
  static WebDriverWait wait;

  @BeforeAll
  static void start() throws IOException {
    session = BrowserSession.start(dir, List.of(MapApiTest.mapDoc(), ServerTest.hostileDoc()));
    driver = session.browser.driver;
    wait = session.browser.wait;
  }

  @AfterAll
  static void stop() {
    if (session != null) {
      session.close();
    }
  }

  static void shot(String name) throws IOException {
    session.browser.shot(name);
  }

  @Test
  void map_clickCluster_reachesEvidence() throws IOException {
    driver.get(session.url("#/map"));
    WebElement cluster = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("path.map-cluster")));
    assertThat(driver.findElement(By.id("map-summary")).getText()).contains("2 events at 1 places");
    assertThat(driver.findElements(By.cssSelector("path.leaflet-interactive, #map svg path"))).hasSizeGreaterThan(1);
    // rings crossing the antimeridian (Russia, Fiji) must not jump across the map: the only long
    // horizontal segments left are the ones closing Antarctica along the pole
    Object jumps = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
        "let n = 0; for (const f of outlines.features) { const g = f.geometry; if (!g) continue;"
        + " const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;"
        + " for (const p of polys) for (const r of p) for (let i = 1; i < r.length; i++)"
        + " if (Math.abs(r[i][0] - r[i - 1][0]) > 180 && Math.abs(r[i][1]) < 90) n++; } return n;");
    assertThat(((Number) jumps).intValue()).isZero();
    shot("map-01-overview");
    cluster.click();
    WebElement evidence = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#panel a.map-evidence")));
    assertThat(driver.findElement(By.id("panel")).getText()).contains("Harbor City").contains("Protest violently");
    shot("map-02-cluster");
    evidence.click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-text")));
    assertThat(driver.findElement(By.id("article-text")).getText()).contains("Harbor City");
    shot("map-03-evidence");
  }
}
