package org.dossier.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.dossier.model.DocumentInfo;

/**
 * CoreNLP's default full English pipeline — {@value #ANNOTATORS} with default properties, as a
 * user would run it — over the same documents as the Dossier run, one thread. Runs in its own JVM
 * (it needs several GB of heap, and its resident peak must not mix with Dossier's); prints one
 * {@code RESULT key=value…} line on stdout for {@link CorpusBench} to read.
 */
public final class CoreNlpBaseline {
  /** The annotators of CoreNLP's default full pipeline. */
  public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

  private CoreNlpBaseline() {}

  /** {@code CoreNlpBaseline CORPUS.jsonl DOCS}. */
  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: CoreNlpBaseline CORPUS.jsonl DOCS");
      System.exit(2);
    }
    List<DocumentInfo> docs = CorpusBench.load(Path.of(args[0]), Integer.parseInt(args[1]));
    long tokens = new TokenCounter().count(docs);
    try (MemoryProbe probe = MemoryProbe.start()) {
      double t0 = MemoryProbe.uptimeSeconds();
      Properties p = new Properties();
      p.setProperty("annotators", ANNOTATORS);
      StanfordCoreNLP pipeline = new StanfordCoreNLP(p);
      double load = MemoryProbe.uptimeSeconds() - t0;
      double first = -1;
      long start = System.nanoTime();
      double cpu0 = MemoryProbe.processCpuSeconds();
      for (DocumentInfo d : docs) {
        pipeline.annotate(new Annotation(d.text()));
        if (first < 0) {
          first = MemoryProbe.uptimeSeconds();
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpu = MemoryProbe.processCpuSeconds() - cpu0;
      System.out.println(String.format(Locale.ROOT,
          "RESULT docs=%d tokens=%d seconds=%.3f cpu=%.3f load=%.3f first=%.3f heap=%d rss=%d",
          docs.size(), tokens, seconds, cpu, load, first, probe.peakHeapBytes(), MemoryProbe.residentPeakBytes()));
      System.out.flush();
    }
  }
}
