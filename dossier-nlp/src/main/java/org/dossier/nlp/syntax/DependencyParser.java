package org.dossier.nlp.syntax;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.dossier.nlp.doc.Dependency;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layer;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.doc.Sentence;
import org.dossier.nlp.doc.Token;
import org.dossier.nlp.pipeline.Component;

/**
 * Universal Dependencies parses (CoreNLP's neural {@code depparse}, English UD model, basic
 * relations) of the sentences a {@link ParseSelector} chooses, from the tokens and POS tags the
 * CoreNLP layer already produced. Sentences not chosen, or longer than the configured limit, get
 * no dependencies; parsing only the sentences that can hold an event keeps the extraction fast.
 *
 * <p>The parse of one document is bounded: chosen sentences are parsed in document order until
 * {@code maxDocTokens} tokens have been parsed; the rest get no dependencies. A long news article
 * has a few thousand tokens, so the bound only touches pathological documents (a megabyte of
 * quoted speech would otherwise spend most of the per-document time budget in the parser).
 *
 * <p>The model loads once per JVM. Thread-safe.
 */
public final class DependencyParser implements Component {
  private static volatile edu.stanford.nlp.parser.nndep.DependencyParser model;

  private final ParseSelector selector;
  private final int maxTokens;
  private final int maxDocTokens;

  /** Tokens parsed in one document at most: about ten times a long news article. */
  public static final int DEFAULT_MAX_DOC_TOKENS = 40_000;

  /**
   * Parses the sentences {@code selector} chooses, up to {@code maxTokens} tokens long, and at most
   * {@link #DEFAULT_MAX_DOC_TOKENS} tokens per document.
   */
  public DependencyParser(ParseSelector selector, int maxTokens) {
    this(selector, maxTokens, DEFAULT_MAX_DOC_TOKENS);
  }

  /**
   * Parses the sentences {@code selector} chooses, up to {@code maxTokens} tokens long, until
   * {@code maxDocTokens} tokens of the document have been parsed.
   */
  public DependencyParser(ParseSelector selector, int maxTokens, int maxDocTokens) {
    if (selector == null) {
      throw new IllegalArgumentException("selector must be set");
    }
    if (maxTokens <= 0 || maxDocTokens <= 0) {
      throw new IllegalArgumentException("token limits must be positive, got: " + maxTokens + ", " + maxDocTokens);
    }
    this.selector = selector;
    this.maxTokens = maxTokens;
    this.maxDocTokens = maxDocTokens;
  }

  private static edu.stanford.nlp.parser.nndep.DependencyParser model() {
    edu.stanford.nlp.parser.nndep.DependencyParser m = model;
    if (m == null) {
      synchronized (DependencyParser.class) {
        m = model;
        if (m == null) {
          RedwoodConfiguration.current().clear().apply();
          m = edu.stanford.nlp.parser.nndep.DependencyParser.loadFromModelFile(
              edu.stanford.nlp.parser.nndep.DependencyParser.DEFAULT_MODEL);
          model = m;
        }
      }
    }
    return m;
  }

  @Override
  public String name() {
    return "depparse";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.MENTIONS);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.DEPENDENCIES);
  }

  @Override
  public Doc apply(Doc doc) {
    BitSet chosen = selector.select(doc);
    List<Token> tokens = doc.get(Layers.TOKENS);
    List<Dependency> out = new ArrayList<>();
    int budget = maxDocTokens;
    for (Sentence s : doc.get(Layers.SENTENCES)) {
      if (chosen.get(s.index()) && s.size() <= maxTokens && s.size() <= budget) {
        parse(tokens, s, out);
        budget -= s.size();
      }
    }
    return doc.with(Layers.DEPENDENCIES, List.copyOf(out));
  }

  /** Appends the dependencies of sentence {@code s} to {@code out}. */
  static void parse(List<Token> tokens, Sentence s, List<Dependency> out) {
    List<CoreLabel> words = new ArrayList<>(s.size());
    for (int i = s.firstToken(); i < s.endToken(); i++) {
      Token t = tokens.get(i);
      CoreLabel l = new CoreLabel();
      l.setWord(t.word());
      l.setValue(t.word());
      l.setOriginalText(t.word());
      l.setTag(t.pos());
      l.setLemma(t.lemma());
      l.setIndex(i - s.firstToken() + 1);
      l.setSentIndex(s.index());
      l.setBeginPosition(t.begin());
      l.setEndPosition(t.end());
      words.add(l);
    }
    GrammaticalStructure gs = model().predict(words);
    int first = s.firstToken();
    int from = out.size();
    for (TypedDependency d : gs.typedDependencies()) {
      int gov = d.gov().index();
      int dep = d.dep().index();
      if (dep <= 0) {
        continue;
      }
      out.add(new Dependency(gov <= 0 ? -1 : first + gov - 1, first + dep - 1, d.reln().toString()));
    }
    ParseRepairs.repair(tokens, out, from);
  }
}
