package org.dossier.eval.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.eval.EvalContext;
import org.dossier.eval.Metric;
import org.dossier.eval.Suite;
import org.dossier.eval.SuiteResult;
import org.dossier.eval.baseline.CoreNlpBaseline;
import org.dossier.model.DocumentInfo;
import org.dossier.nlp.InputException;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.input.DocumentReader;
import org.dossier.nlp.input.InputRecord;
import org.dossier.nlp.input.ReadOptions;

/**
 * Throughput and memory of full extraction ({@code extract}: annotate and assemble) on one thread
 * over a JSONL corpus: documents/s, tokens/s, model load time, first-document latency (load plus
 * the first document), peak heap and peak resident memory. The baseline runs CoreNLP's default
 * full pipeline ({@value CoreNlpBaseline#FULL_ANNOTATORS}) on the first {@code --baseline-limit}
 * documents in the same JVM, after Dossier, so its resident peak includes Dossier's.
 */
public final class CorpusSuite implements Suite {
  /** The corpus used: dated AFP and Xinhua world news. */
  static final String CORPUS = "afp-xinhua-1997-2006.jsonl";

  @Override
  public String name() {
    return "corpus";
  }

  @Override
  public String dataDir() {
    return "../corpora";
  }

  @Override
  public SuiteResult run(EvalContext ctx) throws IOException {
    long t0 = System.nanoTime();
    Path file = ctx.options().corpora().resolve(CORPUS);
    List<String> notes = new ArrayList<>();
    if (!Files.isRegularFile(file)) {
      throw new IOException("corpus " + file + " not found");
    }
    List<DocumentInfo> docs = new ArrayList<>();
    int unreadable = 0;
    try (Stream<InputRecord> records = DocumentReader.read(file, ReadOptions.defaults())) {
      for (InputRecord r : (Iterable<InputRecord>) records::iterator) {
        if (ctx.options().reached(docs.size())) {
          break;
        }
        if (r.ok()) {
          docs.add(r.document());
        } else {
          unreadable++;
        }
      }
    }
    System.gc();
    Memory.resetPeakHeap();
    long start = System.nanoTime();
    boolean loaded = ctx.extractorLoaded();
    var extractor = ctx.extractor();
    double loadSeconds = loaded ? 0 : (System.nanoTime() - start) / 1e9;
    double firstMs = 0;
    long tokens = 0;
    int done = 0;
    int failed = 0;
    long runStart = System.nanoTime();
    long cpuStart = cpu();
    for (DocumentInfo d : docs) {
      try {
        Doc doc = extractor.annotate(d);
        extractor.assemble(doc);
        tokens += doc.find(Layers.TOKENS).map(List::size).orElse(0);
        done++;
      } catch (InputException e) {
        failed++;
      }
      if (done + failed == 1) {
        firstMs = (System.nanoTime() - start) / 1e6;
      }
    }
    double secs = Math.max(1e-9, (System.nanoTime() - runStart) / 1e9);
    double cpuSecs = Math.max(1e-9, (cpu() - cpuStart) / 1e9);
    double heap = Memory.peakHeapMb();
    Double rss = Memory.peakResidentMb();

    Double bDocs = null;
    Double bTokens = null;
    Double bTokensCpu = null;
    Double bLoad = null;
    Double bFirst = null;
    Double bHeap = null;
    Double bRss = null;
    if (ctx.options().baseline()) {
      int n = ctx.options().baselineLimit() == 0 ? docs.size() : Math.min(docs.size(), ctx.options().baselineLimit());
      CoreNlpBaseline b = ctx.baseline();
      System.gc();
      Memory.resetPeakHeap();
      long bStart = System.nanoTime();
      long bTok = 0;
      long bRun = 0;
      long bCpu = 0;
      for (int i = 0; i < n; i++) {
        long s = System.nanoTime();
        long c = cpu();
        int t = b.full(docs.get(i).text()).tokens();
        if (i == 0) {
          bFirst = (System.nanoTime() - bStart) / 1e6;
        } else {
          bRun += System.nanoTime() - s;
          bCpu += cpu() - c;
          bTok += t;
        }
      }
      if (n > 0) {
        bLoad = b.fullLoadSeconds();
        // throughput excludes the first document, which carries the load
        double bs = Math.max(1e-9, bRun / 1e9);
        bDocs = n > 1 ? (n - 1) / bs : null;
        bTokens = n > 1 ? bTok / bs : null;
        bTokensCpu = n > 1 ? bTok / Math.max(1e-9, bCpu / 1e9) : null;
        bHeap = Memory.peakHeapMb();
        bRss = Memory.peakResidentMb();
      }
      notes.add("CoreNLP: default full pipeline " + CoreNlpBaseline.FULL_ANNOTATORS + " on the first " + n
          + " documents (--baseline-limit); its throughput excludes the first document (model loading)");
      notes.add("CoreNLP's resident peak is the process's (VmHWM), taken after Dossier ran in the same JVM");
    }
    List<Metric> m = new ArrayList<>();
    m.add(new Metric("documents", "count", (double) done, null));
    m.add(new Metric("tokens", "count", (double) tokens, null));
    m.add(new Metric("documents/s", "docs/s", done / secs, bDocs));
    m.add(new Metric("tokens/s", "tok/s", tokens / secs, bTokens));
    m.add(new Metric("tokens per CPU second", "tok/s", tokens / cpuSecs, bTokensCpu));
    m.add(new Metric("model load", "s", loadSeconds, bLoad));
    m.add(new Metric("first-document latency", "ms", firstMs, bFirst));
    m.add(new Metric("peak heap", "MB", heap, bHeap));
    m.add(new Metric("peak resident (VmHWM)", "MB", rss, bRss));
    notes.add(0, CORPUS + ": " + docs.size() + " documents" + (ctx.options().limit() > 0 ? " (--limit)" : "")
        + ", one thread, annotate+assemble; max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB"
        + (unreadable > 0 ? ", " + unreadable + " unreadable" : "") + (failed > 0 ? ", " + failed + " rejected" : ""));
    notes.add("tokens per CPU second uses the extracting thread's CPU time: it holds when other processes share"
        + " the cores (wall-clock rates then drop), but leaves out JIT and GC threads");
    if (loaded) {
      notes.add("models were already loaded by an earlier suite: load time and first-document latency exclude loading");
    }
    return new SuiteResult(name(), m, notes, (System.nanoTime() - t0) / 1e9);
  }

  private static long cpu() {
    java.lang.management.ThreadMXBean t = java.lang.management.ManagementFactory.getThreadMXBean();
    return t.isCurrentThreadCpuTimeSupported() ? t.getCurrentThreadCpuTime() : System.nanoTime();
  }
}
