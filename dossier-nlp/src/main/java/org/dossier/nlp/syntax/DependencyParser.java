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
 * <p>The model loads once per JVM. Thread-safe.
 */
public final class DependencyParser implements Component {
  private static volatile edu.stanford.nlp.parser.nndep.DependencyParser model;

  private final ParseSelector selector;
  private final int maxTokens;

  /** Parses the sentences {@code selector} chooses, up to {@code maxTokens} tokens long. */
  public DependencyParser(ParseSelector selector, int maxTokens) {
    this.selector = selector;
    this.maxTokens = maxTokens;
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
    for (Sentence s : doc.get(Layers.SENTENCES)) {
      if (chosen.get(s.index()) && s.size() <= maxTokens) {
        parse(tokens, s, out);
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
    for (TypedDependency d : gs.typedDependencies()) {
      int gov = d.gov().index();
      int dep = d.dep().index();
      if (dep <= 0) {
        continue;
      }
      out.add(new Dependency(gov <= 0 ? -1 : first + gov - 1, first + dep - 1, d.reln().toString()));
    }
  }
}
