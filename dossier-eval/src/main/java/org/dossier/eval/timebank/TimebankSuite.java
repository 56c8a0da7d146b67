package org.dossier.eval.timebank;

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
import org.dossier.eval.score.Prf;
import org.dossier.eval.score.SpanScorer;
import org.dossier.eval.score.TypedSpan;
import org.dossier.model.CodePointIndex;
import org.dossier.model.DocumentInfo;
import org.dossier.model.TimeMention;
import org.dossier.nlp.InputException;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.time.TimeTagger;
import org.dossier.nlp.time.Timex;

/**
 * TIMEX3 on TimeBank and AQUAINT (TBAQ-cleaned): each document's {@code TEXT} runs through the
 * pipeline with its creation date as the publication date, and Dossier's {@link Layers#TIMES}
 * layer is scored: detection by overlap (TempEval's relaxed match) and by exact span, and the value
 * accuracy of detected DATE expressions. The baseline is SUTime with the same document date.
 */
public final class TimebankSuite implements Suite {
  @Override
  public String name() {
    return "timebank";
  }

  @Override
  public String dataDir() {
    return "timebank_aquaint_tbaq";
  }

  @Override
  public SuiteResult run(EvalContext ctx) throws IOException {
    long t0 = System.nanoTime();
    List<Path> files = new ArrayList<>();
    for (String sub : List.of("TimeBank", "AQUAINT")) {
      Path d = ctx.data(dataDir()).resolve(sub);
      if (Files.isDirectory(d)) {
        try (Stream<Path> s = Files.list(d)) {
          s.filter(p -> p.toString().endsWith(".tml")).sorted().forEach(files::add);
        }
      }
    }
    files = ctx.options().take(files);
    boolean base = ctx.options().baseline();
    List<TypedSpan> gold = new ArrayList<>();
    List<TypedSpan> dossier = new ArrayList<>();
    List<TypedSpan> corenlp = new ArrayList<>();
    long[] dv = new long[2];
    long[] cv = new long[2];
    int offset = 0;
    int failed = 0;
    int noDct = 0;
    for (Path f : files) {
      TimeMl tml = TimeMl.read(f);
      if (tml.dct() == null) {
        noDct++;
      }
      CodePointIndex cp = CodePointIndex.of(tml.text());
      List<TimexScorer.Time> g = new ArrayList<>();
      for (TimeMl.Timex t : tml.timexes()) {
        g.add(new TimexScorer.Time(cp.toCodePoint(t.begin()), cp.toCodePoint(t.end()), t.type(), t.value()));
      }
      List<TimexScorer.Time> d = new ArrayList<>();
      try {
        Doc doc = ctx.extractor().annotate(DocumentInfo.of(tml.id(), tml.dct(), tml.text()));
        // the tagger's own layer keeps TimeML values (PAST_REF, …) that dossier/1 leaves null
        CodePointIndex dcp = doc.offsets();
        for (Timex t : doc.find(TimeTagger.TIMEX).orElse(List.of())) {
          if (t.end() > t.begin()) {
            d.add(new TimexScorer.Time(dcp.toCodePoint(t.begin()), dcp.toCodePoint(t.end()), "", t.value()));
          }
        }
      } catch (InputException e) {
        failed++;
      }
      add(gold, g, offset);
      add(dossier, d, offset);
      add(dv, TimexScorer.dateValues(g, d));
      if (base) {
        List<TimexScorer.Time> c = new ArrayList<>();
        for (CoreNlpBaseline.Span s : ctx.baseline().times(tml.text(), tml.dct())) {
          c.add(new TimexScorer.Time(cp.toCodePoint(s.begin()), cp.toCodePoint(s.end()), s.label(), s.value()));
        }
        add(corenlp, c, offset);
        add(cv, TimexScorer.dateValues(g, c));
      }
      offset += tml.text().length() + 1;
    }
    List<Metric> m = new ArrayList<>();
    Prf dr = SpanScorer.overlap(gold, dossier);
    Prf cr = SpanScorer.overlap(gold, corenlp);
    Prf ds = strict(gold, dossier);
    Prf cs = strict(gold, corenlp);
    m.add(Metric.share("detection P (overlap)", dr.precision(), base ? cr.precision() : null));
    m.add(Metric.share("detection R (overlap)", dr.recall(), base ? cr.recall() : null));
    m.add(Metric.share("detection F1 (overlap)", dr.f1(), base ? cr.f1() : null));
    m.add(Metric.share("detection P (exact)", ds.precision(), base ? cs.precision() : null));
    m.add(Metric.share("detection R (exact)", ds.recall(), base ? cs.recall() : null));
    m.add(Metric.share("detection F1 (exact)", ds.f1(), base ? cs.f1() : null));
    m.add(Metric.share("DATE value accuracy (detected)", share(dv), base ? share(cv) : null));
    m.add(new Metric("DATE detected", "count", (double) dv[0], base ? (double) cv[0] : null));
    m.add(new Metric("gold TIMEX3", "count", (double) gold.size(), base ? (double) gold.size() : null));
    m.add(new Metric("predicted", "count", (double) dossier.size(), base ? (double) corenlp.size() : null));
    List<String> notes = new ArrayList<>();
    notes.add(files.size() + " documents" + (ctx.options().limit() > 0 ? " (--limit)" : "") + "; TIMEX3 inside TEXT only,"
        + " the DCT given as publication date" + (noDct > 0 ? " (" + noDct + " without a DCT)" : "")
        + (failed > 0 ? "; " + failed + " rejected by the pipeline" : ""));
    if (dossier.isEmpty()) {
      notes.add("Dossier produced no TIMES layer entries: the times component is not in the pipeline yet");
    }
    if (base) {
      notes.add("CoreNLP: tokenize,ssplit,pos,lemma,ner (4-class CRF) with SUTime and numeric classifiers, docDate = DCT");
    }
    return new SuiteResult(name(), m, notes, (System.nanoTime() - t0) / 1e9);
  }

  private static Prf strict(List<TypedSpan> gold, List<TypedSpan> pred) {
    List<TypedSpan> g = gold.stream().map(s -> new TypedSpan(s.begin(), s.end(), "T")).toList();
    List<TypedSpan> p = pred.stream().map(s -> new TypedSpan(s.begin(), s.end(), "T")).toList();
    return SpanScorer.exact(g, p).get(SpanScorer.ALL);
  }

  private static void add(List<TypedSpan> out, List<TimexScorer.Time> times, int offset) {
    for (TimexScorer.Time t : times) {
      if (t.end() > t.begin()) {
        out.add(new TypedSpan(t.begin() + offset, t.end() + offset, "T"));
      }
    }
  }

  private static void add(long[] acc, long[] x) {
    acc[0] += x[0];
    acc[1] += x[1];
  }

  private static double share(long[] v) {
    return v[0] == 0 ? 0 : (double) v[1] / v[0];
  }
}
