package org.dossier.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dossier.model.Actor;
import org.dossier.model.Dossier;
import org.dossier.model.DossierJson;
import org.dossier.nlp.DossierConfig;
import org.dossier.nlp.Extractor;
import org.dossier.nlp.InputException;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.input.DocumentReader;
import org.dossier.nlp.input.InputRecord;
import org.dossier.nlp.input.ReadOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in {@code local[2]} against the embedded extraction (plain {@link Extractor}, as
 * {@code dossier extract} runs it) on a small corpus of fixture articles written for this test.
 */
class SparkExtractionTest {
  @TempDir
  static Path tmp;

  static SparkSession spark;
  static SparkExtraction.Summary summary;
  static Path out;
  /** Embedded run: dossier and token count by document id. */
  static final Map<String, Dossier> EMBEDDED = new TreeMap<>();
  static final Map<String, Integer> TOKENS = new TreeMap<>();
  static int embeddedFailures;

  @BeforeAll
  static void runBoth() throws Exception {
    Path corpus = fixture();
    Extractor extractor = Extractor.create(DossierConfig.defaults());
    try (Stream<InputRecord> records = DocumentReader.read(corpus, ReadOptions.defaults())) {
      for (InputRecord r : (Iterable<InputRecord>) records::iterator) {
        if (!r.ok()) {
          embeddedFailures++;
          continue;
        }
        try {
          Doc doc = extractor.annotate(r.document());
          EMBEDDED.put(r.document().id(), extractor.assemble(doc));
          TOKENS.put(r.document().id(), doc.get(Layers.TOKENS).size());
        } catch (InputException e) {
          embeddedFailures++;
        }
      }
    }
    spark = SparkExtraction.localSession("local[2]");
    out = tmp.resolve("out");
    summary = SparkExtraction.run(spark, new SparkExtraction.Options(corpus.toUri().toString(),
        SparkExtraction.Format.JSONL, out.toUri().toString(), 3, false, null, false));
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  private static Path fixture() throws URISyntaxException {
    return Path.of(SparkExtractionTest.class.getResource("articles.jsonl").toURI());
  }

  @Test
  void run_fixtureCorpus_countsMatchEmbeddedRun() {
    assertThat(EMBEDDED).hasSize(5);
    assertThat(summary.documents()).isEqualTo(EMBEDDED.size());
    assertThat(summary.failed()).isEqualTo(embeddedFailures).isEqualTo(2);
    assertThat(summary.tokens()).isEqualTo(TOKENS.values().stream().mapToLong(Integer::longValue).sum());
    assertThat(summary.rows().get(DossierTables.DOCUMENTS)).isEqualTo(5);
  }

  @Test
  void run_fixtureCorpus_dossierJsonEqualsEmbeddedJson() {
    Map<String, String> sparkJson = new TreeMap<>();
    for (Row r : spark.read().text(out.resolve(SparkExtraction.DOSSIERS).toString()).collectAsList()) {
      Dossier d = DossierJson.fromJson(r.getString(0));
      sparkJson.put(d.document().id(), r.getString(0));
    }
    Map<String, String> embeddedJson = new TreeMap<>();
    EMBEDDED.forEach((id, d) -> embeddedJson.put(id, DossierJson.toJson(d)));
    assertThat(sparkJson).isEqualTo(embeddedJson);
  }

  @Test
  void run_fixtureCorpus_everyTableEqualsEmbeddedRows() {
    for (String table : DossierTables.names()) {
      List<List<Object>> expected = new ArrayList<>();
      EMBEDDED.forEach((id, d) -> DossierTables.rows(d, TOKENS.get(id)).get(table)
          .forEach(r -> expected.add(values(r))));
      List<List<Object>> actual = new ArrayList<>();
      spark.read().parquet(out.resolve(table).toString()).collectAsList().forEach(r -> actual.add(values(r)));
      Comparator<List<Object>> byText = Comparator.comparing(Object::toString);
      expected.sort(byText);
      actual.sort(byText);
      assertThat(actual).as(table).isEqualTo(expected);
    }
  }

  @Test
  void run_fixtureCorpus_actorsAndMentionsMatchModel() {
    Map<String, List<String>> expected = new TreeMap<>();
    int mentions = 0;
    for (Dossier d : EMBEDDED.values()) {
      for (Actor a : d.actors()) {
        expected.computeIfAbsent(d.document().id(), k -> new ArrayList<>()).add(a.id() + "=" + a.name());
        mentions += a.mentions().size();
      }
    }
    Map<String, List<String>> actual = new TreeMap<>();
    for (Row r : spark.read().parquet(out.resolve(DossierTables.ACTORS).toString()).collectAsList()) {
      actual.computeIfAbsent(r.getAs("doc_id"), k -> new ArrayList<>())
          .add(r.getAs("actor_id") + "=" + r.getAs("name"));
    }
    actual.values().forEach(l -> l.sort(Comparator.naturalOrder()));
    expected.values().forEach(l -> l.sort(Comparator.naturalOrder()));
    assertThat(expected).isNotEmpty();
    assertThat(actual).isEqualTo(expected);
    assertThat(summary.rows().get(DossierTables.MENTIONS)).isEqualTo(mentions).isPositive();
  }

  @Test
  void run_badRecords_landInErrorsTable() {
    List<String> errors = new ArrayList<>();
    spark.read().parquet(out.resolve(SparkExtraction.ERRORS).toString()).collectAsList()
        .forEach(r -> errors.add(r.getAs("error")));
    assertThat(errors).hasSize(2).anyMatch(e -> e.contains("malformed JSON"));
  }

  @Test
  void run_parquetInput_givesSameDocuments() throws Exception {
    Path parquetIn = tmp.resolve("in.parquet");
    spark.read().json(fixture().toString()).filter("text is not null and text != ''")
        .write().parquet(parquetIn.toString());
    Path out2 = tmp.resolve("out-parquet");
    SparkExtraction.Summary s = SparkExtraction.run(spark, new SparkExtraction.Options(parquetIn.toString(),
        null, out2.toString(), 2, false, null, false));
    assertThat(s.documents()).isEqualTo(5);
    Map<String, String> json = new TreeMap<>();
    for (Row r : spark.read().text(out2.resolve(SparkExtraction.DOSSIERS).toString()).collectAsList()) {
      json.put(DossierJson.fromJson(r.getString(0)).document().id(), r.getString(0));
    }
    Map<String, String> embeddedJson = new LinkedHashMap<>();
    EMBEDDED.forEach((id, d) -> embeddedJson.put(id, DossierJson.toJson(d)));
    assertThat(json).isEqualTo(embeddedJson);
  }

  @Test
  void parseArgs_missingOutput_throwsNamingIt() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SparkExtraction.parseArgs(new String[] {"--input", "x"}))
        .hasMessageContaining("--output");
  }

  private static List<Object> values(Row r) {
    List<Object> v = new ArrayList<>();
    for (int i = 0; i < r.length(); i++) {
      Object o = r.get(i);
      if (o instanceof Object[] a) {
        o = Arrays.asList(a);
      } else if (o instanceof scala.collection.Seq<?> s) {
        o = new ArrayList<>(scala.jdk.javaapi.CollectionConverters.asJava(s));
      }
      v.add(o);
    }
    return v;
  }
}
