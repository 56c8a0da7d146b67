package org.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpRequest;
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
import org.dossier.model.Quote;
import org.dossier.store.query.DocumentQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerTest {
  static final String HOSTILE = "<script>window.__xss=1;alert('x')</script> Ruritania <img src=x"
      + " onerror=\"window.__xss=2\"> met Freedonia. <a href=\"javascript:window.__xss=3\">click</a>"
      + " \"We agree,\" Anna Example said.";
  @TempDir
  static Path dir;
  static ServedStore served;

  static Dossier hostileDoc() {
    CodePointIndex idx = CodePointIndex.of(HOSTILE);
    int r = HOSTILE.indexOf("Ruritania");
    int f = HOSTILE.indexOf("Freedonia");
    int a = HOSTILE.indexOf("Anna Example");
    int q = HOSTILE.indexOf("We agree,");
    List<Actor> actors = List.of(
        new Actor("a1", "Ruritania", ActorType.COUNTRY, null, "RUR", "RUR", List.of(), List.of(), List.of(idx.span(r, r + 9))),
        new Actor("a2", "Freedonia", ActorType.COUNTRY, null, "FRE", "FRE", List.of(), List.of(), List.of(idx.span(f, f + 9))),
        new Actor("a3", "Anna Example", ActorType.PERSON, null, "RUR", null, List.of(), List.of(), List.of(idx.span(a, a + 12))));
    Event meet = new Event("e1", "040", "CONSULT", 1, 1.0, "Consult", List.of("a1"), List.of("a2"), null, "2024-05-16",
        "asserted", null, idx.span(r, f + 10));
    Quote quote = new Quote("q1", "We agree,", "a3", "direct", "said", q, q + 9);
    return Dossier.builder(new DocumentInfo("evil<doc>", "<b>Title</b>", LocalDate.of(2024, 5, 17), null, null, "en", HOSTILE))
        .actors(actors).events(List.of(meet)).quotes(List.of(quote)).build();
  }

  @BeforeAll
  static void start() {
    served = ServedStore.start(dir, List.of(hostileDoc()));
  }

  @AfterAll
  static void stop() {
    served.close();
  }

  static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return served.get(path);
  }

  @Test
  void cache_sameRequestOtherParameterOrder_secondIsHitWithSameBody() throws Exception {
    HttpResponse<String> first = get("/api/events?limit=7&actor=Freedonia");
    HttpResponse<String> second = get("/api/events?actor=Freedonia&limit=7");
    assertThat(first.headers().firstValue("X-Cache")).contains("miss");
    assertThat(second.headers().firstValue("X-Cache")).contains("hit");
    assertThat(second.body()).isEqualTo(first.body()).contains("Freedonia");
    assertThat(second.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
  }

  @Test
  void cache_errorAnswer_notCached() throws Exception {
    assertThat(get("/api/actors/Nobody%20Known").statusCode()).isEqualTo(404);
    HttpResponse<String> again = get("/api/actors/Nobody%20Known");
    assertThat(again.statusCode()).isEqualTo(404);
    assertThat(again.headers().firstValue("X-Cache")).isEmpty();
  }

  @Test
  void stats_afterIngest_countsDocumentAndEvents() throws Exception {
    HttpResponse<String> r = get("/api/stats");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode n = DossierJson.mapper().readTree(r.body());
    assertThat(n.get("documents").asLong()).isEqualTo(1);
    assertThat(n.get("events").asLong()).isEqualTo(1);
  }

  @Test
  void document_hostileText_returnedAsJsonStringIntact() throws Exception {
    HttpResponse<String> r = get("/api/documents/evil%3Cdoc%3E");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/json");
    assertThat(r.headers().firstValue("X-Cache")).contains("held");
    Dossier d = DossierJson.fromJson(r.body());
    assertThat(d).isEqualTo(DocumentQuery.document(served.store.connection(), "evil<doc>").orElseThrow());
    assertThat(d.document().text()).isEqualTo(HOSTILE);
    assertThat(d.quotes()).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("a3"));
  }

  @Test
  void everyResponse_hasContentSecurityPolicy() throws Exception {
    for (String path : List.of("/", "/app.js", "/api/stats", "/api/nope")) {
      assertThat(get(path).headers().firstValue("content-security-policy")).as(path)
          .hasValueSatisfying(v -> assertThat(v).contains("script-src 'self'").doesNotContain("unsafe-eval"));
    }
  }

  @Test
  void unknownDocument_jsonErrorWithCode() throws Exception {
    HttpResponse<String> r = get("/api/documents/missing");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(DossierJson.mapper().readTree(r.body()).at("/error/code").asInt()).isEqualTo(404);
  }

  @Test
  void events_dyad_betweenBothActorsAndBadParameters400() throws Exception {
    HttpResponse<String> r = get("/api/events?actor=Ruritania&with=Freedonia&directed=true");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(DossierJson.mapper().readTree(r.body())).singleElement()
        .satisfies(e -> assertThat(e.get("actor2").asText()).isEqualTo("Freedonia"));
    assertThat(DossierJson.mapper().readTree(get("/api/events?actor=Freedonia&with=Ruritania&directed=true").body()))
        .isEmpty();
    HttpResponse<String> noActor = get("/api/events?with=Freedonia");
    assertThat(noActor.statusCode()).isEqualTo(400);
    assertThat(noActor.body()).contains("actor");
    assertThat(get("/api/events?actor=Ruritania&with=Freedonia&directed=maybe").body()).contains("maybe");
  }

  @Test
  void badLimit_400NamingParameter() throws Exception {
    HttpResponse<String> r = get("/api/events?limit=100000");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("limit");
  }

  @Test
  void search_kindArticle_findsTheDocument() throws Exception {
    // regression: the API accepted "document", a kind the index never writes
    HttpResponse<String> r = get("/api/search?q=Ruritania&kind=article");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("evil<doc>");
    assertThat(get("/api/search?q=Ruritania&kind=document").statusCode()).isEqualTo(400);
  }

  @Test
  void post_rejectedReadOnly() throws Exception {
    HttpResponse<String> r = ServedStore.HTTP.send(HttpRequest.newBuilder(served.uri("/api/stats"))
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(405);
  }

  @Test
  void staticFiles_pathTraversal_notServed() throws Exception {
    for (String path : List.of("/../pom.xml", "/%2e%2e/%2e%2e/etc/passwd", "/static/../../etc/passwd")) {
      HttpResponse<String> r = get(path);
      assertThat(r.body()).as(path).doesNotContain("root:").doesNotContain("<project");
    }
  }

  @Test
  void openApi_listsEndpoints() throws Exception {
    JsonNode n = DossierJson.mapper().readTree(get("/api/openapi.json").body());
    assertThat(n.get("openapi").asText()).startsWith("3.");
    for (String path : List.of("/api/stats", "/api/search", "/api/documents/{id}", "/api/actors", "/api/actors/{name}",
        "/api/events", "/api/events/{id}/mentions", "/api/quotes", "/api/claims", "/api/goals", "/api/map", "/api/graph",
        "/api/briefs/documents/{id}", "/api/briefs/actors/{name}", "/api/briefs/topics", "/api/health")) {
      assertThat(n.get("paths").has(path)).as(path).isTrue();
    }
  }

  @Test
  void brief_actorAndTopic_sectionsWithEvidenceOr404() throws Exception {
    HttpResponse<String> actor = get("/api/briefs/actors/Ruritania?from=2024-01-01");
    assertThat(actor.statusCode()).isEqualTo(200);
    JsonNode a = DossierJson.mapper().readTree(actor.body());
    assertThat(a.get("schema").asText()).isEqualTo("dossier-brief/1");
    assertThat(a.get("title").asText()).isEqualTo("Ruritania");
    assertThat(a.at("/sections").findValues("id")).extracting(JsonNode::asText).contains("actors", "did", "relations");
    assertThat(actor.body()).contains("Freedonia");
    assertThat(get("/api/briefs/actors/Nobody%20Known").statusCode()).isEqualTo(404);
    HttpResponse<String> topic = get("/api/briefs/topics?q=Freedonia");
    assertThat(topic.statusCode()).isEqualTo(200);
    assertThat(DossierJson.mapper().readTree(topic.body()).get("title").asText()).isEqualTo("Topic: Freedonia");
    assertThat(get("/api/briefs/topics").statusCode()).isEqualTo(400);
    assertThat(get("/api/briefs/topics?q=x&from=2024-05-02&to=2024-05-01").statusCode()).isEqualTo(400);
  }

  @Test
  void brief_document_hasSections() throws Exception {
    HttpResponse<String> r = get("/api/briefs/documents/evil%3Cdoc%3E");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("dossier-brief/1");
  }

  @Test
  void index_isStaticAndHasNoInlineScript() throws Exception {
    String html = get("/").body();
    assertThat(html).contains("<script src=\"/app.js\"").doesNotContain("<script>");
  }
}
