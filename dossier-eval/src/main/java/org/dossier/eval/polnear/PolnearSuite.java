package org.dossier.eval.polnear;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dossier.eval.EvalContext;
import org.dossier.eval.Metric;
import org.dossier.eval.Suite;
import org.dossier.eval.SuiteResult;
import org.dossier.eval.baseline.CoreNlpBaseline;
import org.dossier.eval.score.Prf;
import org.dossier.model.Actor;
import org.dossier.model.Claim;
import org.dossier.model.CodePointIndex;
import org.dossier.model.DocumentInfo;
import org.dossier.model.Quote;
import org.dossier.model.Span;
import org.dossier.nlp.InputException;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.speech.Attribution;
import org.dossier.nlp.speech.SpeechLayers;

/**
 * Attribution on PolNeAR's dev set: Dossier's quotes (with speakers) and claims (with sources)
 * against the gold attributions (content, cue, source). Reports content detection and source
 * precision/recall/F1 ({@link AttributionScorer}). Articles annotated by several annotators are
 * scored against the first annotation (by file name). The baseline is CoreNLP's {@code quote}
 * annotator with its speaker attribution (default full pipeline, which needs coreference), run on
 * the first {@code --baseline-limit} articles; Dossier is then also scored on those alone.
 */
public final class PolnearSuite implements Suite {
  @Override
  public String name() {
    return "polnear";
  }

  @Override
  public String dataDir() {
    return "polnear";
  }

  private record Article(String id, Path text, Path ann, LocalDate date) {}

  @Override
  public SuiteResult run(EvalContext ctx) throws IOException {
    long t0 = System.nanoTime();
    Path root = ctx.data(dataDir()).resolve("data");
    Map<String, LocalDate> dates = dates(root.resolve("metadata.tsv"));
    List<Article> articles = ctx.options().take(articles(root.resolve("dev"), dates));
    boolean base = ctx.options().baseline();
    int baseN = !base ? 0 : ctx.options().baselineLimit() == 0 ? articles.size()
        : Math.min(articles.size(), ctx.options().baselineLimit());
    Prf dContent = Prf.ZERO;
    Prf dSource = Prf.ZERO;
    Prf sContent = Prf.ZERO;
    Prf sSource = Prf.ZERO;
    Prf cContent = Prf.ZERO;
    Prf cSource = Prf.ZERO;
    long quotes = 0;
    long claims = 0;
    int failed = 0;
    for (int i = 0; i < articles.size(); i++) {
      Article a = articles.get(i);
      String text = Files.readString(a.text(), StandardCharsets.UTF_8);
      List<Brat.Attribution> gold = Brat.read(a.ann());
      List<AttributionScorer.Predicted> pred = new ArrayList<>();
      try {
        Doc doc = ctx.extractor().annotate(DocumentInfo.of(a.id(), a.date(), text));
        Map<String, Actor> actors = new HashMap<>();
        doc.find(Layers.ACTORS).orElse(List.of()).forEach(x -> actors.put(x.id(), x));
        Map<String, Brat.Frag> written = sourcePhrases(doc);
        for (Quote q : doc.find(Layers.QUOTES).orElse(List.of())) {
          if ("term".equals(q.kind()) || q.end() <= q.start()) {
            continue;
          }
          quotes++;
          pred.add(predicted(q.start(), q.end(), actors.get(q.speaker()), null,
              q.speaker() == null ? null : written.get(q.id())));
        }
        for (Claim c : doc.find(Layers.CLAIMS).orElse(List.of())) {
          if (c.end() <= c.start()) {
            continue;
          }
          claims++;
          pred.add(predicted(c.start(), c.end(), actors.get(c.source()), c.sourceText(), written.get(c.id())));
        }
      } catch (InputException e) {
        failed++;
      }
      if (Suite.debug()) {
        PolnearErrors.print(System.err, a.id(), text, gold, pred);
      }
      Prf pc = AttributionScorer.content(gold, pred);
      Prf ps = AttributionScorer.source(gold, pred);
      dContent = dContent.plus(pc);
      dSource = dSource.plus(ps);
      if (i < baseN) {
        sContent = sContent.plus(pc);
        sSource = sSource.plus(ps);
        CodePointIndex cp = CodePointIndex.of(text);
        List<AttributionScorer.Predicted> cq = new ArrayList<>();
        for (CoreNlpBaseline.QuoteSpan q : ctx.baseline().full(text).quotes()) {
          List<Brat.Frag> spans = q.speakerBegin() >= 0
              ? List.of(new Brat.Frag(cp.toCodePoint(q.speakerBegin()), cp.toCodePoint(q.speakerEnd())))
              : List.of();
          List<String> names = q.speaker() == null || q.speaker().isBlank() ? List.of() : List.of(q.speaker());
          cq.add(new AttributionScorer.Predicted(new Brat.Frag(cp.toCodePoint(q.begin()), cp.toCodePoint(q.end())),
              spans, names));
        }
        cContent = cContent.plus(AttributionScorer.content(gold, cq));
        cSource = cSource.plus(AttributionScorer.source(gold, cq));
      }
    }
    List<Metric> m = new ArrayList<>();
    m.add(Metric.share("content P (overlap)", dContent.precision(), null));
    m.add(Metric.share("content R (overlap)", dContent.recall(), null));
    m.add(Metric.share("content F1 (overlap)", dContent.f1(), null));
    m.add(Metric.share("source P", dSource.precision(), null));
    m.add(Metric.share("source R", dSource.recall(), null));
    m.add(Metric.share("source F1", dSource.f1(), null));
    m.add(new Metric("gold attributions", "count", (double) dContent.gold(), null));
    m.add(new Metric("gold with a source", "count", (double) dSource.gold(), null));
    m.add(new Metric("quotes / claims predicted", "count", (double) (quotes + claims), null));
    if (base) {
      String s = " (first " + baseN + ")";
      m.add(Metric.share("content P" + s, sContent.precision(), cContent.precision()));
      m.add(Metric.share("content R" + s, sContent.recall(), cContent.recall()));
      m.add(Metric.share("content F1" + s, sContent.f1(), cContent.f1()));
      m.add(Metric.share("source P" + s, sSource.precision(), cSource.precision()));
      m.add(Metric.share("source R" + s, sSource.recall(), cSource.recall()));
      m.add(Metric.share("source F1" + s, sSource.f1(), cSource.f1()));
    }
    List<String> notes = new ArrayList<>();
    notes.add("dev: " + articles.size() + " articles" + (ctx.options().limit() > 0 ? " (--limit)" : "")
        + "; Dossier quotes (kind direct/partial) and claims; " + quotes + " quotes, " + claims + " claims"
        + (failed > 0 ? "; " + failed + " rejected by the pipeline" : ""));
    if (quotes + claims == 0) {
      notes.add("Dossier produced no quotes or claims: those components are not in the pipeline yet");
    }
    notes.add("gold includes indirect attributions (paraphrase, beliefs), so quote-only systems have low recall");
    if (base) {
      notes.add("CoreNLP: default " + CoreNlpBaseline.FULL_ANNOTATORS + " (quote attribution needs coref) on the first "
          + baseN + " articles (--baseline-limit)");
    }
    return new SuiteResult(name(), m, notes, (System.nanoTime() - t0) / 1e9);
  }

  /**
   * The source phrase as written ("he", "the senator") of each quote and claim, by id, in code
   * points. PolNeAR marks the source where the text names it, pronouns included, and CoreNLP's
   * baseline is credited with its speaker mention span, so Dossier's own source span counts too.
   */
  private static Map<String, Brat.Frag> sourcePhrases(Doc doc) {
    Map<String, Brat.Frag> out = new HashMap<>();
    CodePointIndex cp = doc.offsets();
    for (var layer : List.of(SpeechLayers.QUOTE_ATTRIBUTIONS, SpeechLayers.CLAIM_ATTRIBUTIONS)) {
      for (Attribution a : doc.find(layer).orElse(List.of())) {
        if (a.hasSource()) {
          out.put(a.id(), new Brat.Frag(cp.toCodePoint(a.sourceBegin()), cp.toCodePoint(a.sourceEnd())));
        }
      }
    }
    return out;
  }

  /**
   * A prediction: its source spans are the actor's mentions plus the source phrase as written
   * (may be null), its names the actor's name and aliases plus the source text (may be null).
   */
  static AttributionScorer.Predicted predicted(int start, int end, Actor actor, String sourceText,
      Brat.Frag sourcePhrase) {
    List<Brat.Frag> spans = new ArrayList<>();
    if (sourcePhrase != null) {
      spans.add(sourcePhrase);
    }
    List<String> names = new ArrayList<>();
    if (actor != null) {
      for (Span s : actor.mentions()) {
        spans.add(new Brat.Frag(s.start(), s.end()));
      }
      names.add(actor.name());
      names.addAll(actor.aliases());
    }
    if (sourceText != null && !sourceText.isBlank()) {
      names.add(sourceText);
    }
    return new AttributionScorer.Predicted(new Brat.Frag(start, end), spans, names);
  }

  private static List<Article> articles(Path dev, Map<String, LocalDate> dates) throws IOException {
    Path textDir = dev.resolve("text");
    Path annDir = dev.resolve("attributions");
    List<Path> anns;
    try (Stream<Path> s = Files.list(annDir)) {
      anns = s.filter(p -> p.toString().endsWith(".ann")).sorted().toList();
    }
    List<Article> out = new ArrayList<>();
    List<Path> texts;
    try (Stream<Path> s = Files.list(textDir)) {
      texts = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path t : texts) {
      String base = t.getFileName().toString().replaceFirst("\\.txt$", "");
      Path ann = anns.stream().filter(p -> p.getFileName().toString().matches(java.util.regex.Pattern.quote(base)
          + "_[0-9a-f]+\\.ann")).findFirst().orElse(null);
      if (ann != null) {
        out.add(new Article(base, t, ann, dates.get(base)));
      }
    }
    return out;
  }

  private static Map<String, LocalDate> dates(Path metadata) throws IOException {
    Map<String, LocalDate> out = new HashMap<>();
    if (!Files.isRegularFile(metadata)) {
      return out;
    }
    List<String> lines = Files.readAllLines(metadata, StandardCharsets.UTF_8);
    if (lines.isEmpty()) {
      return out;
    }
    List<String> header = List.of(lines.get(0).split("\t"));
    int file = header.indexOf("filename");
    int date = header.indexOf("publication_date");
    if (file < 0 || date < 0) {
      return out;
    }
    for (String l : lines.subList(1, lines.size())) {
      String[] c = l.split("\t");
      if (c.length > Math.max(file, date)) {
        try {
          out.put(c[file], LocalDate.parse(c[date]));
        } catch (DateTimeParseException e) {
          // leave undated
        }
      }
    }
    return out;
  }
}
