package org.dossier.eval.conll;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dossier.eval.EvalContext;
import org.dossier.eval.Metric;
import org.dossier.eval.Suite;
import org.dossier.eval.SuiteResult;
import org.dossier.eval.baseline.CoreNlpBaseline;
import org.dossier.eval.score.Prf;
import org.dossier.eval.score.SpanScorer;
import org.dossier.eval.score.TypedSpan;
import org.dossier.model.DocumentInfo;
import org.dossier.nlp.InputException;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.doc.Mention;
import org.dossier.nlp.doc.Paragraph;

/**
 * CoNLL-2003 English NER on testb and testa: conlleval's entity-level precision, recall and F1 per
 * type and overall, over Dossier's {@link Layers#MENTIONS} layer (which keeps MISC) mapped by
 * {@link ConllTypes}. Each CoNLL document is rebuilt as text ({@link ConllText}) and run through the
 * whole pipeline; predicted char spans are mapped onto the gold tokens they cover.
 */
public final class Conll2003Suite implements Suite {
  static final List<String> SPLITS = List.of("testb", "testa");
  static final List<String> TYPES = List.of("PER", "ORG", "LOC", "MISC");

  @Override
  public String name() {
    return "conll2003";
  }

  @Override
  public String dataDir() {
    return "conll2003";
  }

  @Override
  public SuiteResult run(EvalContext ctx) throws IOException {
    long t0 = System.nanoTime();
    List<Metric> metrics = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    boolean base = ctx.options().baseline();
    for (String split : SPLITS) {
      Path file = ctx.data(dataDir()).resolve("eng." + split);
      if (!Files.isRegularFile(file)) {
        notes.add("eng." + split + " not found in " + ctx.data(dataDir()) + "; skipped");
        continue;
      }
      List<ConllReader.Document> docs = ctx.options().take(ConllReader.read(file));
      List<TypedSpan> gold = new ArrayList<>();
      List<TypedSpan> dossier = new ArrayList<>();
      List<TypedSpan> corenlp = new ArrayList<>();
      List<TypedSpan> acceptedGold = new ArrayList<>();
      List<TypedSpan> headingGold = new ArrayList<>();
      List<TypedSpan> headingPred = new ArrayList<>();
      List<TypedSpan> bodyGold = new ArrayList<>();
      List<TypedSpan> bodyPred = new ArrayList<>();
      List<TypedSpan> acceptedCorenlp = new ArrayList<>();
      int offset = 0;
      int failed = 0;
      int failedGold = 0;
      for (ConllReader.Document d : docs) {
        ConllText ct = ConllText.of(d);
        int failedBefore = failed;
        for (TypedSpan g : ct.gold()) {
          gold.add(shift(g, offset));
        }
        try {
          Doc doc = ctx.extractor().annotate(DocumentInfo.of(split + "-" + gold.size(), null, ct.text()));
          List<TypedSpan> local = new ArrayList<>();
          for (Mention m : doc.find(Layers.MENTIONS).orElse(List.of())) {
            add(local, ct, m.begin(), m.end(), m.label(), 0);
          }
          List<Paragraph> paragraphs = doc.find(Layers.PARAGRAPHS).orElse(List.of());
          for (TypedSpan p : local) {
            dossier.add(shift(p, offset));
            (heading(paragraphs, ct, p) ? headingPred : bodyPred).add(shift(p, offset));
          }
          for (TypedSpan g : ct.gold()) {
            acceptedGold.add(shift(g, offset));
            (heading(paragraphs, ct, g) ? headingGold : bodyGold).add(shift(g, offset));
          }
        } catch (InputException e) {
          failed++;
          failedGold += ct.gold().size();
        }
        if (base) {
          boolean accepted = failed == failedBefore;
          for (CoreNlpBaseline.Span s : ctx.baseline().ner(ct.text())) {
            add(corenlp, ct, s.begin(), s.end(), s.label(), offset);
            if (accepted) {
              add(acceptedCorenlp, ct, s.begin(), s.end(), s.label(), offset);
            }
          }
        }
        offset += ct.aligner().size() + 1; // +1 keeps chunks of adjacent documents apart
      }
      Map<String, Prf> d = SpanScorer.exact(gold, dossier);
      Map<String, Prf> c = base ? SpanScorer.exact(gold, corenlp) : Map.of();
      String all = SpanScorer.ALL;
      metrics.add(Metric.share(split + " precision", d.get(all).precision(), base ? c.get(all).precision() : null));
      metrics.add(Metric.share(split + " recall", d.get(all).recall(), base ? c.get(all).recall() : null));
      metrics.add(Metric.share(split + " F1", d.get(all).f1(), base ? c.get(all).f1() : null));
      for (String type : TYPES) {
        Prf dp = d.getOrDefault(type, Prf.ZERO);
        Prf cp = c.getOrDefault(type, Prf.ZERO);
        metrics.add(Metric.share(split + " " + type + " P", dp.precision(), base ? cp.precision() : null));
        metrics.add(Metric.share(split + " " + type + " R", dp.recall(), base ? cp.recall() : null));
        metrics.add(Metric.share(split + " " + type + " F1", dp.f1(), base ? cp.f1() : null));
      }
      Prf da = SpanScorer.exact(acceptedGold, dossier).get(all);
      Prf ca = SpanScorer.exact(acceptedGold, acceptedCorenlp).get(all);
      metrics.add(Metric.share(split + " F1, accepted documents only", da.f1(), base ? ca.f1() : null));
      Prf dh = SpanScorer.exact(headingGold, headingPred).get(all);
      Prf db = SpanScorer.exact(bodyGold, bodyPred).get(all);
      metrics.add(Metric.share(split + " F1, lines read as headings", dh.f1(), null));
      metrics.add(Metric.share(split + " F1, body lines", db.f1(), null));
      metrics.add(new Metric(split + " gold entities in headings", "count", (double) headingGold.size(), null));
      metrics.add(new Metric(split + " gold entities", "count", (double) gold.size(), base ? (double) gold.size() : null));
      notes.add(split + ": " + docs.size() + " documents" + (ctx.options().limit() > 0 ? " (--limit)" : "")
          + (failed > 0 ? ", " + failed + " rejected by the pipeline as not English text or empty (their "
          + failedGold + " gold entities count as missed)" : ""));
    }
    notes.add("Dossier: MENTIONS layer; PERSON->PER, ORGANIZATION->ORG, LOCATION/COUNTRY->LOC, GROUP/MISC->MISC");
    if (base) {
      notes.add("CoreNLP: tokenize,ssplit,pos,lemma,ner with english.conll.4class.distsim only"
          + " (no SUTime, no fine-grained NER), the most comparable of its English NER models");
    }
    return new SuiteResult(name(), metrics, notes, (System.nanoTime() - t0) / 1e9);
  }

  private static void add(List<TypedSpan> out, ConllText ct, int begin, int end, String label, int offset) {
    String type = ConllTypes.of(label);
    if (type == null) {
      return;
    }
    TypedSpan t = ct.aligner().tokens(begin, end, type);
    if (t != null) {
      out.add(shift(t, offset));
    }
  }

  /** Whether the block holding the span's first token is a heading (accepted documents only). */
  private static boolean heading(List<Paragraph> paragraphs, ConllText ct, TypedSpan span) {
    int c = ct.aligner().begin(span.begin());
    for (Paragraph p : paragraphs) {
      if (p.begin() <= c && c < p.end()) {
        return p.heading();
      }
    }
    return false;
  }

  private static TypedSpan shift(TypedSpan s, int offset) {
    return new TypedSpan(s.begin() + offset, s.end() + offset, s.type());
  }
}
