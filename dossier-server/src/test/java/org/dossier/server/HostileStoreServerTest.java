package org.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dossier.model.DocumentInfo;
import org.dossier.model.Dossier;
import org.dossier.model.DossierJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stored data the readers would reject today (a year-0 date) and malformed queries never answer 500. */
class HostileStoreServerTest {
  @TempDir
  static Path dir;
  static ServedStore served;

  private static Dossier doc(String id, LocalDate published, String text) {
    return Dossier.builder(new DocumentInfo(id, "Harbour talks", published, null, null, "en", text)).build();
  }

  @BeforeAll
  static void start() {
    // an old store: year 0000 (1 BC) was accepted by earlier readers
    served = ServedStore.start(dir, List.of(doc("year-zero", LocalDate.of(0, 1, 1), "The harbour talks resumed at dawn."),
        doc("ancient", LocalDate.of(-44, 3, 15), "The harbour talks ended in the senate."),
        doc("recent", LocalDate.of(2024, 5, 1), "The harbour talks went on for a week.")));
  }

  @AfterAll
  static void stop() {
    served.close();
  }

  static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return served.get(path);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/search?q=harbour", "/api/search?q=harbour&kind=article",
      "/api/briefs/topics?q=harbour", "/api/documents/year-zero", "/api/briefs/documents/year-zero",
      "/api/documents/ancient", "/api/stats"})
  void storedOutOfRangeDate_answered200(String path) throws Exception {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
  }

  @Test
  void search_yearZeroDocument_foundWithItsDate() throws Exception {
    HttpResponse<String> r = get("/api/search?q=dawn");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.body()).contains("year-zero");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/search?q=%28", "/api/search?q=%22open", "/api/search?q=a%20AND",
      "/api/search?q=%5B1%20TO", "/api/briefs/topics?q=%28", "/api/search?q=*x~~"})
  void search_luceneSyntaxError_400WithMessage(String path) throws Exception {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(400);
    assertThat(DossierJson.mapper().readTree(r.body()).at("/error/message").asText()).contains("search query");
  }
}
