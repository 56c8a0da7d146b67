package org.dossier.eval.articles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.dossier.eval.EvalContext;
import org.dossier.eval.Metric;
import org.dossier.eval.Suite;
import org.dossier.eval.SuiteResult;
import org.dossier.eval.baseline.CoreNlpBaseline;
import org.dossier.model.DocumentInfo;
import org.dossier.model.DossierJson;
import org.dossier.nlp.Extractor;
import org.dossier.nlp.InputException;

/**
 * Whole news articles annotated the way an analyst reads them ({@code ../shared/gold/dev}, or any
 * folder of gold files in that format): each article runs through the same extractor as
 * {@code dossier extract} (default configuration), its {@code dossier/1} JSON is scored by
 * {@link ArticleScorer} (the port of {@code score.py}), and the counts are summed as
 * {@code score_set.py} sums them. Prints score.py's line per article and score_set.py's TOTAL
 * line; with {@code --errors}, every miss grouped by kind, largest group first.
 *
 * <p>Baseline: what CoreNLP alone gives on the same articles ({@link CoreNlpArticle}), scored by
 * the same scorer, where it has a counterpart: actors found, person precision, person splits and
 * times (4-class CRF and SUTime), quotes, speakers and scare quotes as speech (full pipeline, first
 * {@code --baseline-limit} articles).
 */
public final class ArticlesSuite implements Suite {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Measures CoreNLP's NER and SUTime have a counterpart for. */
  private static final List<Measure> NER_COUNTERPARTS = List.of(Measure.ACTORS, Measure.PERSON_PRECISION,
      Measure.PERSON_SPLITS, Measure.TIMES);
  /** Measures CoreNLP's full pipeline (quote attribution) has a counterpart for. */
  private static final List<Measure> QUOTE_COUNTERPARTS = List.of(Measure.QUOTES, Measure.SPEAKERS,
      Measure.TERM_AS_SPEECH);

  @Override
  public String name() {
    return "articles";
  }

  @Override
  public String dataDir() {
    return "../gold/dev";
  }

  @Override
  public Path dataPath(EvalContext context) {
    return context.options().goldDir();
  }

  /** What a run gives: per-article scores and their sum, and the CoreNLP sums when the baseline ran. */
  public record Outcome(List<ArticleScore> articles, ArticleScore total, ArticleScore baselineNer,
      ArticleScore baselineQuotes, int baselineQuoteArticles, int rejected) {}

  @Override
  public SuiteResult run(EvalContext ctx) throws IOException {
    long t0 = System.nanoTime();
    Outcome o = score(ctx);
    List<String> lines = new ArrayList<>();
    o.articles().forEach(a -> lines.add(a.line()));
    lines.add(o.total().totalLine(o.articles().size()));
    if (o.baselineNer() != null) {
      String counterparts = "actors, person_precision, person_splits, times";
      if (o.baselineQuoteArticles() == o.articles().size()) {
        lines.add("CoreNLP alone (counterparts: " + counterparts + ", quotes, speakers, term_as_speech; none for the"
            + " rest): " + o.baselineNer().totalLine(o.articles().size()));
      } else {
        lines.add("CoreNLP alone (counterparts: " + counterparts + "): " + o.baselineNer().totalLine(o.articles().size()));
        lines.add("CoreNLP full pipeline, first " + o.baselineQuoteArticles() + " articles (counterparts: quotes,"
            + " speakers, term_as_speech): " + o.baselineQuotes().totalLine(o.baselineQuoteArticles()));
      }
    }
    if (ctx.options().errors()) {
      lines.add("");
      lines.addAll(errors(o.total().misses()));
    }
    List<String> notes = new ArrayList<>();
    notes.add(o.articles().size() + " articles of " + ctx.options().goldDir()
        + (ctx.options().limit() > 0 ? " (--limit)" : "") + "; scored as ../shared/gold/score.py scores them"
        + (o.rejected() > 0 ? "; " + o.rejected() + " rejected by the pipeline (scored as empty)" : ""));
    notes.add("person_splits and term_as_speech are counts of errors (lower is better)");
    if (o.baselineNer() != null) {
      notes.add("CoreNLP: the 4-class CRF's PERSON/ORGANIZATION/LOCATION entities as actors (no coreference),"
          + " SUTime for times; quotes and speakers from the full pipeline (" + CoreNlpBaseline.FULL_ANNOTATORS
          + ") on " + o.baselineQuoteArticles() + " articles" + (o.baselineQuoteArticles() < o.articles().size()
          ? " (--baseline-limit; its quote rows cover those only)" : "")
          + "; no counterpart for roles, countries, events, claims, goals");
    }
    return new SuiteResult(name(), metrics(o), notes, (System.nanoTime() - t0) / 1e9, lines);
  }

  /** Runs Dossier (and CoreNLP when asked) on every article and scores them. */
  public Outcome score(EvalContext ctx) throws IOException {
    List<GoldSet.Article> articles = ctx.options().take(GoldSet.read(ctx.options().goldDir(), ctx.options().shared()));
    Extractor extractor = ctx.extractor();
    boolean base = ctx.options().baseline();
    int quoteLimit = ctx.options().baselineLimit();
    List<ArticleScore> scores = new ArrayList<>();
    List<ArticleScore> nerScores = new ArrayList<>();
    List<ArticleScore> quoteScores = new ArrayList<>();
    int rejected = 0;
    for (GoldSet.Article a : articles) {
      JsonNode out;
      try {
        out = dossier(extractor, a);
      } catch (InputException e) {
        rejected++;
        out = JSON.readTree("{\"schema\":\"dossier/1\"}");
      }
      scores.add(ArticleScorer.score(a.gold(), a.text(), out));
      if (base) {
        CoreNlpBaseline b = ctx.baseline();
        boolean full = quoteLimit == 0 || quoteScores.size() < quoteLimit;
        JsonNode c = CoreNlpArticle.document(a.text(), a.published(), b.ner(a.text()),
            b.times(a.text(), a.published()), full ? b.full(a.text()) : null);
        ArticleScore s = ArticleScorer.score(a.gold(), a.text(), c);
        nerScores.add(s);
        if (full) {
          quoteScores.add(s);
        }
      }
    }
    return new Outcome(scores, ArticleScore.sum(scores), base ? ArticleScore.sum(nerScores) : null,
        base ? ArticleScore.sum(quoteScores) : null, quoteScores.size(), rejected);
  }

  /**
   * The {@code dossier/1} JSON of an article, exactly as {@code dossier extract} writes it for the
   * JSONL record {id, published, text} that score_set.py gives it.
   */
  static JsonNode dossier(Extractor extractor, GoldSet.Article a) throws InputException, IOException {
    DocumentInfo info = new DocumentInfo(a.id(), null, a.published(), null, null, "en", a.text());
    return JSON.readTree(DossierJson.toJson(extractor.assemble(extractor.annotate(info))));
  }

  private static List<Metric> metrics(Outcome o) {
    List<Metric> m = new ArrayList<>();
    ArticleScore t = o.total();
    for (Measure x : Measure.values()) {
      Double b = null;
      if (o.baselineNer() != null && NER_COUNTERPARTS.contains(x)) {
        b = value(o.baselineNer(), x);
      } else if (o.baselineQuotes() != null && QUOTE_COUNTERPARTS.contains(x) && o.baselineQuoteArticles() > 0) {
        b = value(o.baselineQuotes(), x);
      }
      m.add(new Metric(x.key(), x.isCount() ? "count" : "%", value(t, x), b));
    }
    m.add(new Metric("articles", "count", (double) o.articles().size(), null));
    return m;
  }

  private static Double value(ArticleScore s, Measure m) {
    return m.isCount() ? Double.valueOf(s.found(m)) : s.ratio(m);
  }

  /**
   * Every miss grouped by kind, the largest group first (ties in the order of {@link Miss.Kind}):
   * a heading {@code kind (n)} and one line per miss, {@code   ARTICLE: detail}.
   */
  public static List<String> errors(List<Miss> misses) {
    Map<Miss.Kind, List<Miss>> byKind = new EnumMap<>(Miss.Kind.class);
    for (Miss m : misses) {
      byKind.computeIfAbsent(m.kind(), k -> new ArrayList<>()).add(m);
    }
    List<Map.Entry<Miss.Kind, List<Miss>>> groups = new ArrayList<>(byKind.entrySet());
    groups.sort(Comparator.comparingInt((Map.Entry<Miss.Kind, List<Miss>> e) -> -e.getValue().size())
        .thenComparing(Map.Entry::getKey));
    List<String> out = new ArrayList<>();
    out.add("misses by kind (" + misses.size() + "):");
    for (Map.Entry<Miss.Kind, List<Miss>> g : groups) {
      out.add(g.getKey().label() + " (" + g.getValue().size() + ")");
      for (Miss m : g.getValue()) {
        out.add("  " + m.doc() + ": " + m.detail());
      }
    }
    return out;
  }
}
