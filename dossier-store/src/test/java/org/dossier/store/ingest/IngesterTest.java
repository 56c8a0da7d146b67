package org.dossier.store.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dossier.store.Store;
import org.dossier.store.query.EventFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class IngesterTest {
  @TempDir
  Path dir;

  private static final String[] NAMES = {"Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta"};

  /** {@code n} records; record i reports a meeting that several records share. */
  private Path corpus(int n) throws Exception {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      String a = NAMES[i % NAMES.length];
      String b = NAMES[(i + 1) % NAMES.length];
      sb.append(String.format("{\"id\":\"r%03d\",\"published\":\"2024-05-%02d\",\"title\":\"Story %d\","
          + "\"text\":\"Story number %d. %s met %s on 2024-05-%02d. Talks went on.\"}%n",
          i, 10 + i % 7, i, i, a, b, 1 + i % 9));
    }
    Path p = dir.resolve("corpus.jsonl");
    Files.writeString(p, sb.toString());
    return p;
  }

  private static IngestSummary ingest(Store store, Path... paths) {
    return new Ingester(store, new PatternExtractor(0), 2, 7).ingest(List.of(paths), IngestListener.silent());
  }

  @Test
  void ingest_sameCorpusTwice_secondRunAddsNothing() throws Exception {
    Path corpus = corpus(30);
    try (Store store = Store.open(dir.resolve("s"))) {
      IngestSummary first = ingest(store, corpus);
      assertThat(first.ingested()).isEqualTo(30);
      var stats = store.query().stats();
      IngestSummary second = ingest(store, corpus);
      assertThat(second.ingested()).isZero();
      assertThat(second.unchanged()).isEqualTo(30);
      assertThat(store.query().stats()).isEqualTo(stats);
      assertThat(stats.mentions()).isEqualTo(30);
      assertThat(stats.actors()).isEqualTo(6);
      assertThat(stats.events()).isLessThan(30);
    }
  }

  @Test
  void ingest_changedRecordAndBadLines_replacesAndReportsFailures() throws Exception {
    Path corpus = corpus(5);
    try (Store store = Store.open(dir.resolve("s"))) {
      ingest(store, corpus);
      Path changed = dir.resolve("changed.jsonl");
      Files.writeString(changed, "{\"id\":\"r001\",\"published\":\"2024-05-11\",\"text\":\"Zeta met Alpha.\"}\n"
          + "{not json\n"
          + "{\"id\":\"bad\",\"published\":\"2024-05-11\",\"text\":\"This one will FAIL.\"}\n");
      List<String> failures = new ArrayList<>();
      IngestSummary s = new Ingester(store, new PatternExtractor(0), 2, 7).ingest(List.of(changed),
          new IngestListener() {
            @Override
            public void progress(long done, long total, double seconds) {}

            @Override
            public void failed(String message) {
              failures.add(message);
            }
          });
      assertThat(s.replaced()).isEqualTo(1);
      assertThat(s.failed()).isEqualTo(2);
      assertThat(failures).anySatisfy(f -> assertThat(f).contains("changed.jsonl:2"));
      assertThat(failures).anySatisfy(f -> assertThat(f).contains("bad"));
      assertThat(store.query().stats().documents()).isEqualTo(5);
      assertThat(store.query().search("Zeta", "article", 10)).extracting(h -> h.docId()).contains("r001");
    }
  }

  @Test
  void ingest_warcGzRssAtomAndDirectories_readsEveryArticle() throws Exception {
    Path in = dir.resolve("in");
    Files.createDirectories(in.resolve("sub"));
    try (var out = java.nio.channels.FileChannel.open(in.resolve("crawl.warc.gz"),
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE)) {
      WarcWriter w = new WarcWriter(out, WarcCompression.GZIP);
      String html = "<html><head><title>Summit</title></head><body><article><p>Alpha met Beta on 2024-05-16."
          + "</p></article></body></html>";
      HttpResponse http = new HttpResponse.Builder(200, "OK")
          .body(MediaType.parse("text/html; charset=utf-8"), html.getBytes(StandardCharsets.UTF_8)).build();
      w.write(new WarcResponse.Builder(URI.create("https://news.example/a1"))
          .date(Instant.parse("2024-05-17T10:00:00Z")).body(http).build());
      HttpResponse image = new HttpResponse.Builder(200, "OK")
          .body(MediaType.parse("image/png"), new byte[] {1, 2, 3}).build();
      w.write(new WarcResponse.Builder(URI.create("https://news.example/logo.png")).body(image).build());
    }
    Files.writeString(in.resolve("feed.rss"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>"
        + "<item><title>One</title><link>https://feed.example/1</link><guid>g1</guid>"
        + "<pubDate>Fri, 17 May 2024 08:00:00 GMT</pubDate><description>&lt;p&gt;Beta met Alpha on 2024-05-16."
        + "&lt;/p&gt;</description></item></channel></rss>");
    Files.writeString(in.resolve("sub/feed.atom"), "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
        + "<title>T</title><entry><id>urn:x:2</id><title>Two</title><link href=\"https://feed.example/2\"/>"
        + "<published>2024-05-18T09:00:00Z</published><content type=\"html\">Gamma met Delta.</content></entry></feed>");
    Files.writeString(in.resolve("sub/.hidden.txt"), "Hidden met Files.");
    try (Store store = Store.open(dir.resolve("s"))) {
      IngestSummary s = ingest(store, dir.resolve("in"));
      assertThat(s.failed()).isZero();
      assertThat(s.ingested()).isEqualTo(3);
      try (Statement st = store.connection().createStatement();
          ResultSet r = st.executeQuery("SELECT doc_id, published, url FROM documents ORDER BY doc_id")) {
        List<String> rows = new ArrayList<>();
        while (r.next()) {
          rows.add(r.getString(1) + "|" + r.getString(2) + "|" + r.getString(3));
        }
        assertThat(rows).containsExactly("g1|2024-05-17|https://feed.example/1",
            "https://news.example/a1|2024-05-17|https://news.example/a1",
            "urn:x:2|2024-05-18|https://feed.example/2");
      }
      assertThat(store.query().events(new EventFilter("Alpha", null, null, "04", 10))).hasSize(2);
    }
  }

  @Test
  void ingest_killedMidwayThenRerun_sameStatsAsUninterrupted() throws Exception {
    Path corpus = corpus(150);
    Path killed = dir.resolve("killed");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        CrashChild.class.getName(), killed.toString(), corpus.toString()).redirectErrorStream(true).start();
    long seen = 0;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("progress ")) {
          seen = Long.parseLong(line.substring(9));
          if (seen >= 60) {
            child.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
            break;
          }
        }
      }
    }
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(seen).as("the child was killed half-way").isBetween(60L, 149L);
    IngestSummary resumed;
    org.dossier.store.query.Rows.Stats afterKill;
    try (Store store = Store.open(killed)) {
      afterKill = store.query().stats();
      resumed = ingest(store, corpus);
      assertThat(resumed.unchanged()).isEqualTo(afterKill.documents());
      assertThat(resumed.ingested() + resumed.unchanged()).isEqualTo(150);
      try (Store clean = Store.open(dir.resolve("clean"))) {
        ingest(clean, corpus);
        assertThat(store.query().stats()).isEqualTo(clean.query().stats());
        assertThat(store.query().events(EventFilter.all(500)))
            .isEqualTo(clean.query().events(EventFilter.all(500)));
      }
    }
    assertThat(afterKill.documents()).isLessThan(150);
  }
}
