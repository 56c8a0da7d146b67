package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dossier.model.DocumentInfo;
import org.dossier.model.Dossier;
import org.dossier.model.DossierJson;
import org.dossier.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store that stays open while it grows: {@code serve} in another JVM (as a user runs it) beside
 * {@code query}, and {@code serve --watch} picking up dropped files.
 */
class LiveStoreIT {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Pattern URL = Pattern.compile("at http://127\\.0\\.0\\.1:(\\d+)/");
  @TempDir
  Path dir;
  private final List<Process> children = new ArrayList<>();

  @AfterEach
  void stopChildren() throws InterruptedException {
    for (Process p : children) {
      p.destroy();
      if (!p.waitFor(20, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
    }
  }

  /** A served child JVM and the lines it printed on stderr. */
  private record Served(Process process, int port, BlockingQueue<String> lines) {}

  private Served serve(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx2g", "-cp", System.getProperty("java.class.path"), DossierCli.class.getName(), "serve", "--port", "0"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    children.add(p);
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          lines.add(line);
        }
      } catch (IOException e) {
        // the child ended
      }
    });
    reader.setDaemon(true);
    reader.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      String line = lines.poll(1, TimeUnit.SECONDS);
      if (line != null) {
        Matcher m = URL.matcher(line);
        if (m.find()) {
          return new Served(p, Integer.parseInt(m.group(1)), lines);
        }
      }
      if (!p.isAlive() && lines.isEmpty()) {
        throw new AssertionError("serve ended with status " + p.exitValue());
      }
    }
    throw new AssertionError("serve did not start in 120 s");
  }

  private static JsonNode stats(int port) throws IOException, InterruptedException {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/stats"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return DossierJson.mapper().readTree(r.body());
  }

  private Path store(String... ids) {
    Path s = dir.resolve("store");
    List<Dossier> docs = new ArrayList<>();
    for (String id : ids) {
      docs.add(Dossier.builder(new DocumentInfo(id, null, LocalDate.of(2024, 3, 3), null, null, "en",
          "Northland offered talks to Southland on Saturday (report " + id + ").")).build());
    }
    try (Store store = Store.open(s)) {
      store.write(docs);
      store.refresh();
    }
    return s;
  }

  @Test
  void query_besideServeInAnotherProcess_answersAndIngestIsRefusedWithOneLine() throws Exception {
    Path s = store("n1", "n2");
    Served served = serve("--store", s.toString());
    assertThat(stats(served.port()).get("documents").asInt()).isEqualTo(2);
    CliRun q = CliRun.of("query", "stats", "--store", s.toString(), "--format", "json");
    assertThat(q.status()).as(q.err()).isZero();
    assertThat(DossierJson.mapper().readTree(q.out()).get("documents").asInt()).isEqualTo(2);
    Served second = serve("--store", s.toString());
    assertThat(stats(second.port()).get("documents").asInt()).isEqualTo(2);
    Path more = dir.resolve("more.jsonl");
    Files.writeString(more, "{\"id\":\"n3\",\"text\":\"Southland agreed.\"}\n");
    CliRun ingest = CliRun.of("ingest", more.toString(), "--store", s.toString());
    assertThat(ingest.status()).isNotZero();
    assertThat(ingest.err()).contains("serve --watch").doesNotContain("\tat ");
  }

  @Test
  void serve_storeFilesUnchangedWhileServedReadOnly() throws Exception {
    Path s = store("n1");
    String before = listing(s);
    Served served = serve("--store", s.toString());
    assertThat(stats(served.port()).get("documents").asInt()).isEqualTo(1);
    assertThat(listing(s)).isEqualTo(before);
  }

  @Test
  void serveWatch_droppedFile_appearsInStatsWithinSeconds() throws Exception {
    Path s = store("n1");
    Path drop = Files.createDirectories(dir.resolve("drop"));
    Served served = serve("--store", s.toString(), "--watch", drop.toString(), "--watch-seconds", "0.5");
    assertThat(stats(served.port()).get("documents").asInt()).isEqualTo(1);
    // the first file also pays for loading the extraction models in the serving process
    double first = dropAndWait(drop, "first.jsonl", "d1", served, 2, 180);
    double second = dropAndWait(drop, "second.jsonl", "d2", served, 3, 60);
    System.out.printf("serve --watch: dropped file in /api/stats after %.1f s (first, with model loading), %.1f s"
        + " (second)%n", first, second);
    CliRun search = CliRun.of("query", "stats", "--store", s.toString());
    assertThat(search.status()).as("the watching server holds the write lock").isNotZero();
  }

  private static double dropAndWait(Path drop, String name, String id, Served served, int expected, int seconds)
      throws Exception {
    int port = served.port();
    List<String> lines = new ArrayList<>();
    Path tmp = drop.resolve("." + name); // written hidden, then renamed: the folder never shows half a file
    // texts differ: a document whose content is stored already is skipped whatever its id
    Files.writeString(tmp, "{\"id\":\"" + id + "\",\"published\":\"2024-03-05\",\"text\":\"Southland accepted the"
        + " offer of talks from Northland on Monday, officials said in report " + id + ".\"}\n");
    long t0 = System.nanoTime();
    Files.move(tmp, drop.resolve(name));
    while (System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(seconds)) {
      served.lines().drainTo(lines);
      if (stats(port).get("documents").asInt() == expected) {
        return (System.nanoTime() - t0) / 1e9;
      }
      Thread.sleep(200);
    }
    throw new AssertionError(name + " did not appear in /api/stats within " + seconds + " s; serve printed: "
        + String.join(" | ", lines));
  }

  private static String listing(Path dir) throws IOException {
    StringBuilder b = new StringBuilder();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted().toList()) {
        b.append(dir.relativize(p)).append(' ').append(Files.isRegularFile(p) ? Files.size(p) : -1).append(' ')
            .append(Files.getLastModifiedTime(p).toMillis()).append('\n');
      }
    }
    return b.toString();
  }
}
