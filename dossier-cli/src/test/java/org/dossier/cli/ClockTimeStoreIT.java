package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.model.DossierJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A time of day in military notation ("at 1900 GMT Saturday", "2130 local time") is never the year
 * 1900 once stored: an article written for this test is ingested and its events queried from the
 * store, as the timeline reads them (regression: the AFP/Xinhua store's timeline showed an event of
 * 1900).
 */
class ClockTimeStoreIT {
  @TempDir
  Path dir;

  @Test
  void ingestThenQuery_clockTimesInNews_noEventOrTimeOf1900() throws Exception {
    Path in = dir.resolve("news.jsonl");
    String text = "French Foreign Minister Jean Dupont met Brazilian President Carlos Silva in Paris at 1900 GMT"
        + " Saturday. France signed a trade accord with Brazil at 2130 local time on Sunday.";
    Files.writeString(in, "{\"id\":\"clock-1\",\"published\":\"2006-11-20\",\"title\":\"Talks\",\"text\":\""
        + text + "\"}\n");
    Path store = dir.resolve("store");
    CliRun ingest = CliRun.of("ingest", in.toString(), "--store", store.toString());
    assertThat(ingest.status()).as(ingest.err()).isZero();
    CliRun events = CliRun.of("query", "events", "--store", store.toString(), "--format", "json");
    assertThat(events.status()).as(events.err()).isZero();
    JsonNode rows = DossierJson.mapper().readTree(events.out());
    assertThat(rows.size()).as("events coded from the meeting and the accord").isPositive();
    for (JsonNode e : rows) {
      assertThat(e.path("date").asText("")).as("event %s", e).doesNotStartWith("1900").doesNotStartWith("2130");
    }
    CliRun doc = CliRun.of("extract", in.toString());
    assertThat(doc.status()).as(doc.err()).isZero();
    for (JsonNode t : DossierJson.mapper().readTree(doc.out()).path("times")) {
      assertThat(t.path("value").asText("")).as("time %s", t).doesNotStartWith("1900").doesNotStartWith("2130");
    }
  }
}
