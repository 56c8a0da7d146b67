package org.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.dossier.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * End-to-end: headless Chromium opens the map against a test store, clicks the place's cluster,
 * sees its events and follows one to the evidence in the article. Screenshots in target/screenshots.
 */
class MapBrowserIT {
  @TempDir
  static Path dir;
  static Store store;
  static DossierServer server;
  static WebDriver driver;
  static WebDriverWait wait;
  static final Path SHOTS = Path.of("target", "screenshots");

  @BeforeAll
  static void start() throws IOException {
    store = Store.open(dir.resolve("store"));
    store.write(List.of(MapApiTest.mapDoc(), ServerTest.hostileDoc()));
    store.refresh();
    server = DossierServer.start(store, "127.0.0.1", 0);
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1400,1000",
        "--user-data-dir=" + Files.createTempDirectory(dir, "chromium"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    server.close();
    store.close();
  }

  static void shot(String name) throws IOException {
    Path png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(png, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void map_clickCluster_reachesEvidence() throws IOException {
    driver.get("http://127.0.0.1:" + server.port() + "/#/map");
    WebElement cluster = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("path.map-cluster")));
    assertThat(driver.findElement(By.id("map-summary")).getText()).contains("2 events at 1 places");
    assertThat(driver.findElements(By.cssSelector("path.leaflet-interactive, #map svg path"))).hasSizeGreaterThan(1);
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
