package org.dossier.cli;

import org.dossier.model.DocumentInfo;
import org.dossier.model.Dossier;
import org.dossier.nlp.DossierConfig;
import org.dossier.nlp.Extractor;
import org.dossier.nlp.InputException;
import org.dossier.nlp.doc.Doc;

/**
 * An extractor that loads its models on first use, so that re-ingesting a corpus that is already
 * stored does not pay for loading CoreNLP. Thread-safe.
 */
final class LazyExtractor implements Extractor {
  private final DossierConfig config;
  private volatile Extractor delegate;

  LazyExtractor(DossierConfig config) {
    this.config = config;
  }

  private Extractor get() {
    Extractor e = delegate;
    if (e == null) {
      synchronized (this) {
        e = delegate;
        if (e == null) {
          e = Extractor.create(config);
          delegate = e;
        }
      }
    }
    return e;
  }

  @Override
  public Dossier extract(DocumentInfo document) throws InputException {
    return get().extract(document);
  }

  @Override
  public Doc annotate(DocumentInfo document) throws InputException {
    return get().annotate(document);
  }

  @Override
  public Dossier assemble(Doc annotated) {
    return get().assemble(annotated);
  }

  @Override
  public DossierConfig config() {
    return config;
  }
}
