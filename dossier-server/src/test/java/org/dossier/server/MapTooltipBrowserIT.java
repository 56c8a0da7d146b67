package org.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Actor;
import org.dossier.model.ActorType;
import org.dossier.model.CodePointIndex;
import org.dossier.model.DocumentInfo;
import org.dossier.model.Dossier;
import org.dossier.model.Event;
import org.dossier.model.Geo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A place name from an article is shown in the map's tooltip as text, never run as HTML. */
class MapTooltipBrowserIT {
  @TempDir
  Path dir;

  static final String PLACE = "<img src=x onerror=\"window.__xss=7\">Port";

  static Dossier hostilePlace() {
    String text = "Envoys met in " + PLACE + " on Monday.";
    CodePointIndex idx = CodePointIndex.of(text);
    int p = text.indexOf(PLACE);
    Actor place = new Actor("a1", PLACE, ActorType.LOCATION, null, null, null, List.of(), List.of(),
        List.of(idx.span(p, p + PLACE.length())), new Geo(10.0, 10.0, "PPL", "RU", null, 7L, "city"));
    Event meet = new Event("e1", "040", "CONSULT", 1, 1.0, "Consult", List.of(), List.of(), "a1", "2024-05-13",
        "asserted", null, idx.span(0, text.length()));
    return Dossier.builder(new DocumentInfo("tip-doc", "Tooltip", LocalDate.of(2024, 5, 17), null, null, "en", text))
        .actors(List.of(place)).events(List.of(meet)).build();
  }

  @Test
  void mapTooltip_htmlInPlaceName_shownAsText() throws Exception {
    try (BrowserSession session = BrowserSession.start(dir, List.of(hostilePlace()))) {
      var driver = session.browser.driver;
      driver.get(session.url("#/map"));
      session.browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("path.map-cluster")));
      JavascriptExecutor js = (JavascriptExecutor) driver;
      js.executeScript("mapInstance.eachLayer(l => { if (l.getTooltip && l.getTooltip()) l.openTooltip(); });");
      var tip = session.browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".leaflet-tooltip")));
      assertThat(tip.getText()).contains("<img src=x").contains("Port (1)");
      assertThat(tip.findElements(By.tagName("img"))).isEmpty();
      assertThat(js.executeScript("return window.__xss === undefined;")).isEqualTo(true);
    }
  }
}
