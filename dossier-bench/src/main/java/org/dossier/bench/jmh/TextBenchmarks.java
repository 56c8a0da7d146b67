package org.dossier.bench.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dossier.nlp.InputException;
import org.dossier.nlp.TextChecks;
import org.dossier.nlp.doc.Paragraph;
import org.dossier.nlp.text.ParagraphSegmenter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Text-level hot paths that run on every document before CoreNLP: segmentation and input checks. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TextBenchmarks {
  /** Copies of the sample article: 1 ≈ a news story, 40 ≈ a long report. */
  @Param({"1", "40"})
  public int copies;

  private String text;

  @Setup
  public void setUp() {
    text = Samples.article(copies);
  }

  @Benchmark
  public List<Paragraph> paragraphSegmenter() {
    return ParagraphSegmenter.segment(text);
  }

  @Benchmark
  public String textChecks() throws InputException {
    TextChecks.check("bench", text, 5_000_000);
    return text;
  }
}
