package org.dossier.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dossier.model.DocumentInfo;
import org.dossier.nlp.DossierConfig;
import org.dossier.nlp.Extractor;
import org.dossier.nlp.InputException;
import org.dossier.nlp.input.DocumentReader;
import org.dossier.nlp.input.InputRecord;
import org.dossier.nlp.input.ReadOptions;

/**
 * The corpus benchmark behind {@code dossier bench}: Dossier's full extraction on the first N
 * documents of a JSONL corpus at 1, 2 and T threads, and — in the same run, on the same documents
 * — CoreNLP's default full pipeline ({@link CoreNlpBaseline}) in a child JVM. Tokens are counted
 * once with {@link TokenCounter} for both. The last line printed is {@code ratio R}: Dossier's
 * tokens/s at T threads ÷ CoreNLP's tokens/s on one thread.
 *
 * <p>Not thread-safe; one benchmark per JVM at a time (it measures the JVM's memory).
 */
public final class CorpusBench {
  /**
   * What to measure.
   *
   * @param corpus      JSONL corpus ({@code id, published, title, text} a line)
   * @param docs        how many documents from its start
   * @param threads     threads for the headline Dossier run (the ratio uses it)
   * @param vsCoreNlp   whether to run CoreNLP's default pipeline too
   * @param coreNlpHeap -Xmx of the CoreNLP child JVM
   */
  public record Options(Path corpus, int docs, int threads, boolean vsCoreNlp, String coreNlpHeap) {
    public Options {
      Objects.requireNonNull(corpus, "corpus");
      if (docs < 1) {
        throw new IllegalArgumentException("docs must be at least 1, got: " + docs);
      }
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1, got: " + threads);
      }
      if (coreNlpHeap == null || !coreNlpHeap.matches("\\d+[kKmMgG]?")) {
        throw new IllegalArgumentException("coreNlpHeap must look like 10g or 8192m, got: " + coreNlpHeap);
      }
    }
  }

  /**
   * Throughput of one timed pass.
   *
   * @param seconds    wall time
   * @param cpuSeconds CPU time of the whole process during the pass (NaN when unknown)
   */
  public record Pass(int threads, int docs, long tokens, double seconds, double cpuSeconds) {
    public double tokensPerSecond() {
      return tokens / Math.max(1e-9, seconds);
    }

    /** Tokens per CPU second: what one fully available core would do; robust to other load. */
    public double tokensPerCpuSecond() {
      return tokens / Math.max(1e-9, cpuSeconds);
    }

    public double docsPerSecond() {
      return docs / Math.max(1e-9, seconds);
    }
  }

  /**
   * Everything measured.
   *
   * @param passes        Dossier passes by thread count
   * @param scaling       1→2 thread scaling efficiency (tokens/s at 2 ÷ (2 × tokens/s at 1))
   * @param coreNlp       CoreNLP's pass, or null when not run or failed
   * @param ratio         Dossier tokens/s at T threads ÷ CoreNLP tokens/s, or NaN
   */
  public record Result(Map<Integer, Pass> passes, double scaling, Pass coreNlp, double ratio) {}

  private CorpusBench() {}

  /** The first {@code max} readable documents of {@code corpus}. */
  public static List<DocumentInfo> load(Path corpus, int max) {
    if (!Files.isRegularFile(corpus)) {
      throw new IllegalArgumentException(corpus + ": no such corpus file (the benchmark corpora live in"
          + " ../shared/corpora beside the repository)");
    }
    List<DocumentInfo> docs = new ArrayList<>();
    try (Stream<InputRecord> records = DocumentReader.read(corpus, ReadOptions.defaults())) {
      for (InputRecord r : (Iterable<InputRecord>) records::iterator) {
        if (r.ok() && !r.document().text().isBlank()) {
          docs.add(r.document());
          if (docs.size() == max) {
            break;
          }
        }
      }
    }
    if (docs.isEmpty()) {
      throw new IllegalArgumentException(corpus + ": no readable documents");
    }
    return docs;
  }

  /** Runs the benchmark, printing as it goes to {@code out}; the last line is {@code ratio R}. */
  public static Result run(Options o, PrintWriter out) {
    return run(o, out, w -> { });
  }

  /**
   * Runs the benchmark; {@code extra} (e.g. the Spark scaling measurement) runs after the Dossier and
   * CoreNLP measurements and prints before the final {@code ratio R} line.
   */
  public static Result run(Options o, PrintWriter out, Consumer<PrintWriter> extra) {
    List<DocumentInfo> docs = load(o.corpus(), o.docs());
    try (MemoryProbe probe = MemoryProbe.start()) {
      double t0 = MemoryProbe.uptimeSeconds();
      Extractor extractor = Extractor.create(DossierConfig.defaults());
      double load = MemoryProbe.uptimeSeconds() - t0;
      extractOrSkip(extractor, docs.get(0));
      double first = MemoryProbe.uptimeSeconds();
      long tokens = new TokenCounter().count(docs);
      print(out, "corpus: %s, %d documents, %d tokens (CoreNLP's English tokenizer counts for both systems)",
          o.corpus(), docs.size(), tokens);
      print(out, "dossier: pipeline loaded in %.1f s; first document out %.1f s after JVM start", load, first);
      // warm-up over every document on both threads counts: the JIT compiles the hot paths (and the
      // tagger's and CRF's caches fill) before any timed pass, so the 1-thread pass is not penalised
      pass(extractor, docs, 2, 0);
      Map<Integer, Pass> passes = new HashMap<>();
      for (int t : threadCounts(o.threads())) {
        Pass p = pass(extractor, docs, t, tokens);
        passes.put(t, p);
        print(out, "dossier %d thread%s: %.1f s, %.2f documents/s, %.0f tokens/s; %.1f CPU s, %.0f tokens/CPU-s",
            t, t == 1 ? "" : "s", p.seconds(), p.docsPerSecond(), p.tokensPerSecond(), p.cpuSeconds(),
            p.tokensPerCpuSecond());
      }
      double scaling = passes.get(2).tokensPerSecond() / (2 * passes.get(1).tokensPerSecond());
      print(out, "dossier scaling 1->2 threads: %.0f%% efficiency (%d cores available)", 100 * scaling,
          Runtime.getRuntime().availableProcessors());
      print(out, "dossier memory: peak heap %s (max %s), peak resident (VmHWM) %s", mb(probe.peakHeapBytes()),
          mb(Runtime.getRuntime().maxMemory()), mb(MemoryProbe.residentPeakBytes()));
      Pass core = null;
      if (o.vsCoreNlp()) {
        core = coreNlp(o, docs.size(), out);
      }
      extra.accept(out);
      Pass headline = passes.get(o.threads());
      double ratio = core == null ? Double.NaN : headline.tokensPerSecond() / core.tokensPerSecond();
      if (core != null) {
        print(out, "dossier %d thread%s %.0f tokens/s vs CoreNLP default pipeline 1 thread %.0f tokens/s",
            o.threads(), o.threads() == 1 ? "" : "s", headline.tokensPerSecond(), core.tokensPerSecond());
        print(out, "ratio on CPU time (robust to other load on the machine): %.2f",
            headline.tokensPerCpuSecond() / core.tokensPerCpuSecond());
        print(out, "ratio %.2f", ratio);
      } else {
        print(out, "ratio n/a (%s)", o.vsCoreNlp() ? "the CoreNLP run failed" : "run with --vs corenlp");
      }
      return new Result(Map.copyOf(passes), scaling, core, ratio);
    }
  }

  private static List<Integer> threadCounts(int headline) {
    List<Integer> ts = new ArrayList<>(List.of(1, 2));
    if (!ts.contains(headline)) {
      ts.add(headline);
    }
    return ts;
  }

  /** One timed pass over {@code docs} on {@code threads} threads. */
  public static Pass pass(Extractor extractor, List<DocumentInfo> docs, int threads, long tokens) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "dossier-bench");
      t.setDaemon(true);
      return t;
    });
    try {
      long start = System.nanoTime();
      double cpu0 = MemoryProbe.processCpuSeconds();
      List<Future<?>> futures = new ArrayList<>();
      for (DocumentInfo d : docs) {
        futures.add(pool.submit(() -> extractOrSkip(extractor, d)));
      }
      for (Future<?> f : futures) {
        f.get();
      }
      return new Pass(threads, docs.size(), tokens, (System.nanoTime() - start) / 1e9,
          MemoryProbe.processCpuSeconds() - cpu0);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("extraction failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static void extractOrSkip(Extractor extractor, DocumentInfo d) {
    try {
      extractor.extract(d);
    } catch (InputException e) {
      // rejected input (e.g. not English) costs what it costs in production too
    }
  }

  private static Pass coreNlp(Options o, int docs, PrintWriter out) {
    List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + o.coreNlpHeap(), "-Xss4m", "-cp", System.getProperty("java.class.path"),
        CoreNlpBaseline.class.getName(), o.corpus().toString(), Integer.toString(docs));
    print(out, "corenlp: %s with default properties, 1 thread, child JVM -Xmx%s ...", CoreNlpBaseline.ANNOTATORS,
        o.coreNlpHeap());
    try {
      Path log = Files.createTempFile("dossier-bench-corenlp", ".log");
      Process p = new ProcessBuilder(cmd).redirectError(log.toFile()).start();
      // a benchmark stopped with Ctrl-C or kill must not leave a 10 GB CoreNLP JVM running
      Thread reaper = new Thread(p::destroyForcibly, "dossier-bench-reaper");
      Runtime.getRuntime().addShutdownHook(reaper);
      Map<String, String> kv = new HashMap<>();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (line.startsWith("RESULT ")) {
            for (String part : line.substring(7).split(" ")) {
              int eq = part.indexOf('=');
              kv.put(part.substring(0, eq), part.substring(eq + 1));
            }
          }
        }
      }
      int status = p.waitFor();
      Runtime.getRuntime().removeShutdownHook(reaper);
      if (status != 0 || kv.isEmpty()) {
        print(out, "corenlp: failed (exit %d); its log: %s", status, log);
        return null;
      }
      Files.deleteIfExists(log);
      Pass pass = new Pass(1, Integer.parseInt(kv.get("docs")), Long.parseLong(kv.get("tokens")),
          Double.parseDouble(kv.get("seconds")), Double.parseDouble(kv.get("cpu")));
      print(out, "corenlp: pipeline loaded in %.1f s; first document out %.1f s after JVM start",
          Double.parseDouble(kv.get("load")), Double.parseDouble(kv.get("first")));
      print(out, "corenlp 1 thread: %.1f s, %.2f documents/s, %.0f tokens/s; %.1f CPU s, %.0f tokens/CPU-s",
          pass.seconds(), pass.docsPerSecond(), pass.tokensPerSecond(), pass.cpuSeconds(), pass.tokensPerCpuSecond());
      print(out, "corenlp memory: peak heap %s, peak resident (VmHWM) %s", mb(Long.parseLong(kv.get("heap"))),
          mb(Long.parseLong(kv.get("rss"))));
      return pass;
    } catch (IOException e) {
      print(out, "corenlp: cannot start a JVM (%s)", e.getMessage());
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private static String mb(long bytes) {
    return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f MB", bytes / 1048576.0);
  }

  private static void print(PrintWriter out, String format, Object... args) {
    out.println(String.format(Locale.ROOT, format, args));
    out.flush();
  }
}
