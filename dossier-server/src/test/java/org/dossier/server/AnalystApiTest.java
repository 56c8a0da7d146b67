package org.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.dossier.model.DossierJson;
import org.dossier.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analyst's routes over HTTP: a bad parameter is a 400 naming it (never a 500), an unknown actor
 * or event a 404, and the answers carry what the pages read.
 */
class AnalystApiTest {
  @TempDir
  static Path dir;
  static Store store;
  static DossierServer server;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    store = ReadModelTest.monthlyStore(dir.resolve("store"), AnalystViewsTest.agencyDoc());
    server = DossierServer.start(store, "127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void routes_badParameters_400NamingTheParameter() throws Exception {
    String[][] cases = {
        {"/api/network?nodes=61", "nodes"}, {"/api/network?nodes=x", "nodes"}, {"/api/network?mode=all", "mode"},
        {"/api/network?with=Freedonia", "with"}, {"/api/timeline?band=old", "band"}, {"/api/timeline?offset=-1", "offset"},
        {"/api/events/abc", "id"}, {"/api/dyad?actor=Ruritania", "with"}, {"/api/facets?code=x1", "code"},
        {"/api/facets?from=2024-13-01", "from"}, {"/api/actors?type=per%3Bson", "type"}, {"/api/actors?country=1", "country"},
        {"/api/search?q=peace&year=24", "year"}, {"/api/search/facets", "q"},
        {"/api/actors/Ruritania/statements?limit=0", "limit"}, {"/api/dyad?actor=Ruritania&with=Freedonia&from=2024-05-01&to=2024-04-01", "before"}};
    for (String[] c : cases) {
      HttpResponse<String> r = get(c[0]);
      assertThat(r.statusCode()).as(c[0]).isEqualTo(400);
      assertThat(r.body()).as(c[0]).contains(c[1]);
    }
  }

  @Test
  void routes_unknownActorOrEvent_404() throws Exception {
    for (String path : new String[] {"/api/network?actor=Nobody", "/api/dyad?actor=Nobody&with=Ruritania",
        "/api/events/999999", "/api/actors/Nobody/statements"}) {
      assertThat(get(path).statusCode()).as(path).isEqualTo(404);
    }
  }

  @Test
  void routes_fixtureStore_answerWhatThePagesRead() throws Exception {
    JsonNode range = DossierJson.mapper().readTree(get("/api/range").body());
    assertThat(range.get("to").asText()).isEqualTo("2024-12-20");
    assertThat(range.get("months")).isNotEmpty();
    JsonNode net = DossierJson.mapper().readTree(get("/api/network?from=2024-01-01&to=2024-12-31").body());
    assertThat(net.get("nodes").size()).isBetween(2, Relations.MAX_NODES);
    assertThat(net.get("links").get(0).has("meanGoldstein")).isTrue();
    JsonNode facets = DossierJson.mapper().readTree(get("/api/facets").body());
    assertThat(facets.get("eventRoots").get("04").asInt()).isPositive();
    JsonNode persons = DossierJson.mapper().readTree(get("/api/actors?type=PERSON&limit=500").body());
    assertThat(persons.size()).isEqualTo(facets.get("actorTypes").get("PERSON").asInt());
    JsonNode years = DossierJson.mapper().readTree(get("/api/search/facets?q=peace").body());
    assertThat(years.get("years").get("2024").asInt()).isEqualTo(years.get("hits").asInt());
    assertThat(DossierJson.mapper().readTree(get("/api/search?q=peace&year=2023").body())).isEmpty();
    JsonNode timeline = DossierJson.mapper().readTree(get("/api/timeline?limit=3").body());
    assertThat(timeline.get("events").get(0).get("date").asText()).isEqualTo("2024-12-20");
  }
}
