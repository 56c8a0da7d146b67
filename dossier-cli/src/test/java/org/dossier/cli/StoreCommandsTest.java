package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Actor;
import org.dossier.model.ActorType;
import org.dossier.model.DocumentInfo;
import org.dossier.model.Dossier;
import org.dossier.model.DossierJson;
import org.dossier.model.Event;
import org.dossier.model.Quote;
import org.dossier.model.Span;
import org.dossier.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreCommandsTest {
  @TempDir
  Path dir;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  private static Dossier report(String id, String published, String sentence) {
    String text = sentence + " \"We agree,\" Tom Hart said.";
    int q = text.indexOf("We agree");
    return Dossier.builder(new DocumentInfo(id, null, LocalDate.parse(published), null, null, "en", text))
        .actors(List.of(
            new Actor("a1", "Northland", ActorType.COUNTRY, null, "NLD", null, List.of(), List.of(), List.of()),
            new Actor("a2", "Southland", ActorType.COUNTRY, null, "SLD", null, List.of(), List.of(), List.of()),
            new Actor("a3", "Tom Hart", ActorType.PERSON, null, "NLD", null, List.of(), List.of(), List.of())))
        .events(List.of(new Event("e1", "036", null, 1, 4.0, "Express intent to meet", List.of("a1"),
            List.of("a2"), null, "2024-03-02", "asserted", null, Span.of(text, 0, sentence.length()))))
        .quotes(List.of(new Quote("q1", "We agree,", "a3", "direct", "said", q, q + 9)))
        .build();
  }

  private Path store() {
    Path s = dir.resolve("store");
    try (Store store = Store.open(s)) {
      store.write(List.of(report("n1", "2024-03-03", "Northland offered talks to Southland on Saturday."),
          report("n2", "2024-03-04", "Northland on Saturday proposed talks with Southland.")));
      store.refresh();
    }
    return s;
  }

  @Test
  void queryStats_json_countsDocumentsActorsEventsMentions() throws Exception {
    CliRun r = run("query", "stats", "--store", store().toString(), "--format", "json");
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode n = DossierJson.mapper().readTree(r.out());
    assertThat(n.get("documents").asLong()).isEqualTo(2);
    assertThat(n.get("actors").asLong()).isEqualTo(3);
    assertThat(n.get("events").asLong()).isEqualTo(1);
    assertThat(n.get("mentions").asLong()).isEqualTo(2);
  }

  @Test
  void queryKinds_table_printRows() {
    Path s = store();
    CliRun events = run("query", "events", "--store", s.toString(), "--actor", "Northland", "--code", "03");
    assertThat(events.status()).as(events.err()).isZero();
    assertThat(events.out()).contains("036").contains("Southland");
    CliRun actor = run("query", "actor", "Tom Hart", "--store", s.toString());
    assertThat(actor.out()).contains("Tom Hart").contains("Timeline");
    CliRun quotes = run("query", "quotes", "--store", s.toString(), "--actor", "Tom Hart", "--format", "json");
    assertThat(quotes.out()).contains("We agree");
    CliRun graph = run("query", "graph", "--store", s.toString(), "--from", "2024-03-01", "--to", "2024-03-31",
        "--format", "json", "--timing");
    assertThat(graph.out()).contains("\"period\":\"2024-03\"").contains("\"verbalCooperation\":1");
    assertThat(graph.err()).contains("answered in");
    CliRun search = run("query", "search", "agree", "--store", s.toString(), "--search-kind", "quote");
    assertThat(search.out()).contains("quote").contains("We agree");
  }

  @Test
  void export_gdeltEvents_writesHeaderAndRow() throws Exception {
    Path out = dir.resolve("ev.tsv");
    CliRun r = run("export", "gdelt-events", "--store", store().toString(), "--out", out.toString());
    assertThat(r.status()).as(r.err()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0).split("\t", -1)).hasSize(61);
    assertThat(lines.get(1).split("\t", -1)).hasSize(61).contains("036", "03", "20240302");
  }

  @Test
  void query_missingStore_usageError() {
    CliRun r = run("query", "stats", "--store", dir.resolve("nothing").toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("no Dossier store");
    CliRun bad = run("export", "shapefile", "--store", store().toString(), "--out", dir.resolve("x").toString());
    assertThat(bad.status()).isEqualTo(2);
  }

  @Test
  void serve_directoryWithoutStore_saysSoInOneLineAndCreatesNothing() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Path missing = dir.resolve("missing");
    for (Path p : List.of(empty, missing)) {
      CliRun r = run("serve", "--store", p.toString(), "--port", "0");
      assertThat(r.status()).isEqualTo(1);
      assertThat(r.err().strip()).contains("no Dossier store in " + p).doesNotContain("\n");
    }
    try (var files = Files.list(empty)) {
      assertThat(files).isEmpty();
    }
    assertThat(missing).doesNotExist();
  }

  @Test
  void export_outExists_refusedWithoutForceOverwrittenWithIt() throws Exception {
    Path s = store();
    Path out = Files.writeString(dir.resolve("events.tsv"), "precious");
    CliRun refused = run("export", "gdelt-events", "--store", s.toString(), "--out", out.toString());
    assertThat(refused.status()).isEqualTo(1);
    assertThat(refused.err()).contains("--force");
    assertThat(Files.readString(out)).isEqualTo("precious");
    Path csv = Files.createDirectories(dir.resolve("csv"));
    Files.writeString(csv.resolve("events.csv"), "precious");
    assertThat(run("export", "csv", "--store", s.toString(), "--out", csv.toString()).status()).isEqualTo(1);
    assertThat(Files.readString(csv.resolve("events.csv"))).isEqualTo("precious");
    CliRun forced = run("export", "gdelt-events", "--store", s.toString(), "--out", out.toString(), "--force");
    assertThat(forced.status()).as(forced.err()).isZero();
    assertThat(Files.readString(out)).startsWith("GLOBALEVENTID");
  }
}
