package org.dossier.store.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17: input that used to break a store or reach outside the ingested directory. */
class HostileIngestTest {
  @TempDir
  Path dir;

  /** Records what an ingest reports. */
  private static final class Heard implements IngestListener {
    final List<String> failures = new ArrayList<>();
    final List<String> notices = new ArrayList<>();

    @Override
    public void progress(long done, long total, double seconds) {}

    @Override
    public void failed(String message) {
      failures.add(message);
    }

    @Override
    public void notice(String message) {
      notices.add(message);
    }
  }

  private static String record(String id, String text) {
    return "{\"id\":\"" + id + "\",\"published\":\"2024-05-17\",\"text\":\"" + text + "\"}\n";
  }

  @Test
  void ingest_recordWithFortyThousandCharId_rejectedByFileAndLineAndTheStoreStillOpensWithTheGoodDocuments()
      throws Exception {
    Path corpus = dir.resolve("c.jsonl");
    Files.writeString(corpus, record("good1", "Alpha met Beta on 2024-05-16.")
        + record("x".repeat(40_000), "Gamma met Delta on 2024-05-16.")
        + record("good3", "Beta met Gamma on 2024-05-16."));
    Path storeDir = dir.resolve("s");
    Heard heard = new Heard();
    try (Store store = Store.open(storeDir)) {
      IngestSummary s = new Ingester(store, new PatternExtractor(0), 2, 7).ingest(List.of(corpus), heard);
      assertThat(s.failed()).isEqualTo(1);
      assertThat(s.ingested()).isEqualTo(2);
    }
    assertThat(heard.failures).singleElement().satisfies(f -> assertThat(f).startsWith(corpus + ":2: ")
        .contains("\"id\" too long").hasSizeLessThan(300));
    try (Store reopened = Store.open(storeDir)) {
      assertThat(reopened.query().stats().documents()).isEqualTo(2);
      assertThat(reopened.query().search("Beta", "article", 10)).extracting(h -> h.docId())
          .containsExactlyInAnyOrder("good1", "good3");
    }
  }

  @Test
  void ingest_directoryWithSymlinkToAFileOutside_skipsItWithANoticeUnlessFollowLinks() throws Exception {
    Path outside = dir.resolve("outside.txt");
    Files.writeString(outside, "Secret met Hidden on 2024-05-16.");
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    Files.writeString(in.resolve("a.txt"), "Alpha met Beta on 2024-05-16.");
    Files.writeString(in.resolve("b.txt"), "Beta met Gamma on 2024-05-16.");
    Files.createSymbolicLink(in.resolve("passwd.txt"), outside);
    Files.createSymbolicLink(in.resolve("again.txt"), in.resolve("b.txt")); // inside: harmless
    Heard heard = new Heard();
    try (Store store = Store.open(dir.resolve("s"))) {
      IngestSummary s = new Ingester(store, new PatternExtractor(0), 1, 7).ingest(List.of(in), heard);
      assertThat(s.failed()).isZero();
      assertThat(store.query().search("Secret", "article", 10)).isEmpty();
      assertThat(store.query().search("Alpha", "article", 10)).hasSize(1);
    }
    assertThat(heard.notices).singleElement().satisfies(n -> assertThat(n).contains("passwd.txt")
        .contains("outside").contains("--follow-links"));
    try (Store store = Store.open(dir.resolve("s2"))) {
      new Ingester(store, new PatternExtractor(0), 1, 7, true).ingest(List.of(in), IngestListener.silent());
      assertThat(store.query().search("Secret", "article", 10)).hasSize(1);
    }
  }

  @Test
  void ingest_emptyDirectory_saysSoInOneLine() throws Exception {
    Path in = dir.resolve("empty");
    Files.createDirectories(in);
    Heard heard = new Heard();
    try (Store store = Store.open(dir.resolve("s"))) {
      new Ingester(store, new PatternExtractor(0), 1, 7).ingest(List.of(in), heard);
    }
    assertThat(heard.failures).singleElement().satisfies(f -> assertThat(f).contains("empty").contains(in.toString()));
  }

  @Test
  void ingest_warcWithoutAnyArticle_saysSoInOneLine() throws Exception {
    Path warc = dir.resolve("crawl.warc");
    try (var out = java.nio.channels.FileChannel.open(warc, java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.WRITE)) {
      org.netpreserve.jwarc.WarcWriter w = new org.netpreserve.jwarc.WarcWriter(out);
      org.netpreserve.jwarc.HttpResponse image = new org.netpreserve.jwarc.HttpResponse.Builder(200, "OK")
          .body(org.netpreserve.jwarc.MediaType.parse("image/png"), new byte[] {1, 2, 3}).build();
      w.write(new org.netpreserve.jwarc.WarcResponse.Builder(java.net.URI.create("https://news.example/logo.png"))
          .body(image).build());
    }
    Heard heard = new Heard();
    try (Store store = Store.open(dir.resolve("s"))) {
      new Ingester(store, new PatternExtractor(0), 1, 7).ingest(List.of(warc), heard);
    }
    assertThat(heard.failures).singleElement().satisfies(f -> assertThat(f).contains("crawl.warc")
        .contains("no readable record"));
  }
}
