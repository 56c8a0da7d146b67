package org.dossier.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.dossier.model.Dossier;
import org.dossier.model.DossierJson;
import org.dossier.nlp.DossierConfig;
import org.dossier.nlp.Extractor;
import org.dossier.nlp.InputException;
import org.dossier.nlp.corenlp.CoreNlpLayer;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.text.ParagraphSegmenter;
import org.dossier.model.DocumentInfo;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Per-document costs of the pipeline on the sample article (~280 tokens): the CoreNLP layer alone,
 * the whole extraction, and writing the {@code dossier/1} JSON. Models load once in setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx2g", "-Xss4m"})
public class PipelineBenchmarks {
  private Extractor extractor;
  private CoreNlpLayer coreNlp;
  private DocumentInfo document;
  private Doc segmented;
  private Dossier dossier;

  @Setup
  public void setUp() throws InputException {
    DossierConfig config = DossierConfig.defaults();
    extractor = Extractor.create(config);
    coreNlp = new CoreNlpLayer(config);
    document = Samples.document(1);
    segmented = new ParagraphSegmenter().apply(Doc.of(document));
    dossier = extractor.extract(document);
  }

  @Benchmark
  public Doc coreNlpLayer() {
    return coreNlp.apply(segmented);
  }

  @Benchmark
  public Dossier fullExtraction() throws InputException {
    return extractor.extract(document);
  }

  @Benchmark
  public String dossierJson() {
    return DossierJson.toJson(dossier);
  }

  @Benchmark
  public Dossier dossierJsonRoundTrip() {
    return DossierJson.fromJson(DossierJson.toJson(dossier));
  }
}
