package org.dossier.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Properties;
import org.dossier.model.DocumentInfo;

/**
 * Counts tokens the same way for every system measured: CoreNLP's English tokenizer with its
 * default options (the {@code tokenize} annotator of both pipelines), so tokens/s compare on one
 * basis. Thread-safe.
 */
public final class TokenCounter {
  private final StanfordCoreNLP tokenizer;

  public TokenCounter() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize");
    p.setProperty("tokenize.language", "en");
    this.tokenizer = new StanfordCoreNLP(p, false);
  }

  /** Tokens in {@code text}. */
  public int count(String text) {
    Annotation a = new Annotation(text);
    tokenizer.annotate(a);
    List<?> tokens = a.get(CoreAnnotations.TokensAnnotation.class);
    return tokens == null ? 0 : tokens.size();
  }

  /** Tokens in all of {@code docs}. */
  public long count(List<DocumentInfo> docs) {
    long n = 0;
    for (DocumentInfo d : docs) {
      n += count(d.text());
    }
    return n;
  }
}
