package org.dossier.nlp.syntax;

import java.util.Set;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layer;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.pipeline.Component;

/**
 * Builds the {@link Layers#CLAUSES} layer once from {@link Layers#DEPENDENCIES}: one {@link Clause}
 * per predicate of every parsed sentence (see {@link Clause} for what a clause holds). Events,
 * speech, claims and goals read this one representation. Stateless and thread-safe.
 */
public final class ClauseLayer implements Component {
  @Override
  public String name() {
    return "clauses";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.DEPENDENCIES);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.CLAUSES);
  }

  @Override
  public Doc apply(Doc doc) {
    DependencyTree tree = new DependencyTree(doc.get(Layers.TOKENS).size(), doc.get(Layers.DEPENDENCIES));
    return doc.with(Layers.CLAUSES,
        ClauseBuilder.build(doc.get(Layers.TOKENS), doc.get(Layers.SENTENCES), tree));
  }
}
