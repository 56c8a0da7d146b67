package org.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Actor;
import org.dossier.model.ActorType;
import org.dossier.model.CodePointIndex;
import org.dossier.model.DocumentInfo;
import org.dossier.model.Dossier;
import org.dossier.model.DossierJson;
import org.dossier.model.Event;
import org.dossier.model.Geo;
import org.dossier.store.query.DocumentQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapApiTest {
  static final String TEXT = "Envoys of Ruritania met officials in Harbor City on Monday. "
      + "Later, protesters clashed with police near Harbor City. Nobody went anywhere.";
  @TempDir
  static Path dir;
  static ServedStore served;

  /** A fictional article with one located city, one country, and events with and without a location. */
  static Dossier mapDoc() {
    CodePointIndex idx = CodePointIndex.of(TEXT);
    int r = TEXT.indexOf("Ruritania");
    int h1 = TEXT.indexOf("Harbor City");
    int h2 = TEXT.lastIndexOf("Harbor City");
    int s2 = TEXT.indexOf("Later");
    int s3 = TEXT.indexOf("Nobody");
    List<Actor> actors = List.of(
        new Actor("a1", "Ruritania", ActorType.COUNTRY, null, null, null, List.of(), List.of(),
            List.of(idx.span(r, r + 9)), new Geo(45.0, 20.0, "PCLI", "RU", null, null, "country")),
        new Actor("a2", "Harbor City", ActorType.LOCATION, null, null, null, List.of(), List.of(),
            List.of(idx.span(h1, h1 + 11), idx.span(h2, h2 + 11)), new Geo(46.5, 21.5, "PPLA", "RU", "North", 42L, "city")),
        new Actor("a3", "police", ActorType.ORGANIZATION, null, null, null, List.of(), List.of(), List.of()));
    Event meet = new Event("e1", "040", "CONSULT", 1, 1.0, "Consult", List.of("a1"), List.of(), "a2", "2024-05-13",
        "asserted", null, idx.span(0, s2 - 1));
    Event clash = new Event("e2", "145", "PROTEST", 4, -7.0, "Protest violently", List.of(), List.of("a3"), null,
        "2024-05-14", "asserted", null, idx.span(s2, s3 - 1));
    Event none = new Event("e3", "010", "COMMENT", 1, 0.0, "Make statement", List.of(), List.of(), null,
        "2024-05-14", "asserted", null, idx.span(s3, TEXT.length()));
    return Dossier.builder(new DocumentInfo("map-doc", "Map test", LocalDate.of(2024, 5, 17), null, null, "en", TEXT))
        .actors(actors).events(List.of(meet, clash, none)).build();
  }

  @BeforeAll
  static void start() {
    served = ServedStore.start(dir, List.of(mapDoc()));
  }

  @AfterAll
  static void stop() {
    served.close();
  }

  static JsonNode get(String path) throws Exception {
    HttpResponse<String> r = served.get(path);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return DossierJson.mapper().readTree(r.body());
  }

  @Test
  void map_eventsWithAndWithoutLocation_groupedAtTheCity() throws Exception {
    JsonNode clusters = get("/api/map");
    assertThat(clusters).hasSize(1);
    JsonNode c = clusters.get(0);
    assertThat(c.get("place").asText()).isEqualTo("Harbor City");
    assertThat(c.get("precision").asText()).isEqualTo("city");
    assertThat(c.get("count").asInt()).isEqualTo(2);
    assertThat(c.get("quads").get("4").asInt()).isEqualTo(1);
    assertThat(c.get("events").get(1).get("evidence").asText()).startsWith("Later, protesters");
  }

  @Test
  void map_dateAndActorFilters_narrowEvents() throws Exception {
    assertThat(get("/api/map?from=2024-05-14").get(0).get("count").asInt()).isEqualTo(1);
    assertThat(get("/api/map?actor=police").get(0).get("events").get(0).get("id").asText()).isEqualTo("e2");
    assertThat(get("/api/map?to=2024-05-01")).isEmpty();
  }

  @Test
  void document_storedGeo_roundTrips() {
    Dossier back = DocumentQuery.document(served.store.connection(), "map-doc").orElseThrow();
    assertThat(back.actors().get(1).geo()).isEqualTo(mapDoc().actors().get(1).geo());
    assertThat(back.actors().get(2).geo()).isNull();
  }
}
