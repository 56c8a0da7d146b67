package org.dossier.eval.baseline;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's own pipelines, as an analyst would run them, for side-by-side numbers:
 * <ul>
 *   <li>{@link #ner}: tokenize, ssplit, pos, lemma and ner with the 4-class CoNLL CRF
 *       ({@value #CONLL_4CLASS}) alone — the most comparable of CoreNLP's English NER models
 *       (the default combines 3-, 7- and MISC-class CRFs with fine-grained rules and has no
 *       single CoNLL label set);</li>
 *   <li>{@link #times}: the same with SUTime and the numeric classifiers on, the document date set;</li>
 *   <li>{@link #full}: the default full pipeline {@value #FULL_ANNOTATORS} with default
 *       properties (statistical coreference, quote attribution).</li>
 * </ul>
 * Each pipeline loads on first use and is then reused.
 *
 * <p>Thread-safe for loading; annotation calls may run concurrently (CoreNLP pipelines are).
 */
public final class CoreNlpBaseline {
  /** The 4-class CoNLL NER model. */
  public static final String CONLL_4CLASS = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
  /** The default full pipeline's annotators. */
  public static final String FULL_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

  private StanfordCoreNLP ner;
  private StanfordCoreNLP times;
  private StanfordCoreNLP full;
  private double fullLoadSeconds;

  /** A labelled char span of the input text. */
  public record Span(int begin, int end, String label, String value) {}

  /** A quote with the char span of its attributed speaker mention (-1 when none) and the speaker's name. */
  public record QuoteSpan(int begin, int end, int speakerBegin, int speakerEnd, String speaker) {}

  /** The result of the full pipeline on one text. */
  public record FullResult(int tokens, List<QuoteSpan> quotes) {}

  /** Named entities found by the 4-class CRF: maximal runs of one label within a sentence. */
  public List<Span> ner(String text) {
    Annotation a = new Annotation(text);
    nerPipeline().annotate(a);
    return entityRuns(a);
  }

  /** Time expressions found by SUTime with {@code date} as the document date (may be null). */
  public List<Span> times(String text, LocalDate date) {
    Annotation a = new Annotation(text);
    if (date != null) {
      a.set(CoreAnnotations.DocDateAnnotation.class, date.toString());
    }
    timesPipeline().annotate(a);
    List<Span> out = new ArrayList<>();
    List<CoreMap> mentions = a.get(CoreAnnotations.MentionsAnnotation.class);
    if (mentions == null) {
      return out;
    }
    for (CoreMap m : mentions) {
      Timex t = m.get(TimeAnnotations.TimexAnnotation.class);
      if (t == null) {
        continue;
      }
      out.add(new Span(m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
          m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class), t.timexType(), t.value()));
    }
    return out;
  }

  /** Runs the default full pipeline; returns its token count and attributed quotes. */
  public FullResult full(String text) {
    Annotation a = new Annotation(text);
    fullPipeline().annotate(a);
    List<CoreLabel> tokens = a.get(CoreAnnotations.TokensAnnotation.class);
    List<QuoteSpan> quotes = new ArrayList<>();
    List<CoreMap> qs = a.get(CoreAnnotations.QuotationsAnnotation.class);
    if (qs != null) {
      for (CoreMap q : qs) {
        int b = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int e = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        Integer mb = q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
        Integer me = q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
        String speaker = q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class);
        int sb = -1;
        int se = -1;
        if (mb != null && me != null && tokens != null && mb >= 0 && me < tokens.size() && mb <= me) {
          sb = tokens.get(mb).beginPosition();
          se = tokens.get(me).endPosition();
        }
        quotes.add(new QuoteSpan(b, e, sb, se, speaker));
      }
    }
    return new FullResult(tokens == null ? 0 : tokens.size(), quotes);
  }

  /** Seconds the full pipeline took to load (0 before it has). */
  public synchronized double fullLoadSeconds() {
    return fullLoadSeconds;
  }

  private synchronized StanfordCoreNLP nerPipeline() {
    if (ner == null) {
      ner = create(base(false));
    }
    return ner;
  }

  private synchronized StanfordCoreNLP timesPipeline() {
    if (times == null) {
      times = create(base(true));
    }
    return times;
  }

  private synchronized StanfordCoreNLP fullPipeline() {
    if (full == null) {
      Properties p = new Properties();
      p.setProperty("annotators", FULL_ANNOTATORS);
      long t0 = System.nanoTime();
      full = create(p);
      fullLoadSeconds = (System.nanoTime() - t0) / 1e9;
    }
    return full;
  }

  private static Properties base(boolean sutime) {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    // the same input handling as Dossier's layer: a line break always ends a sentence
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    p.setProperty("ner.model", CONLL_4CLASS);
    p.setProperty("ner.useSUTime", Boolean.toString(sutime));
    p.setProperty("ner.applyNumericClassifiers", Boolean.toString(sutime));
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", Boolean.toString(sutime));
    return p;
  }

  private static StanfordCoreNLP create(Properties p) {
    RedwoodConfiguration.current().clear().apply();
    return new StanfordCoreNLP(p);
  }

  private static List<Span> entityRuns(Annotation a) {
    List<Span> out = new ArrayList<>();
    for (CoreMap s : a.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      int i = 0;
      while (i < tokens.size()) {
        String label = tokens.get(i).ner();
        if (label == null || "O".equals(label)) {
          i++;
          continue;
        }
        int j = i + 1;
        while (j < tokens.size() && label.equals(tokens.get(j).ner())) {
          j++;
        }
        out.add(new Span(tokens.get(i).beginPosition(), tokens.get(j - 1).endPosition(), label, null));
        i = j;
      }
    }
    return out;
  }
}
