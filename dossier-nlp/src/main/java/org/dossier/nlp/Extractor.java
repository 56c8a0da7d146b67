package org.dossier.nlp;

import org.dossier.model.DocumentInfo;
import org.dossier.model.Dossier;
import org.dossier.nlp.doc.Doc;

/**
 * Turns one document into its {@code dossier/1} record.
 *
 * <p>Implementations are thread-safe: create one per JVM (models load once) and call it from as
 * many threads as there are cores.
 */
public interface Extractor {
  /** An extractor with the standard pipeline for {@code config}. */
  static Extractor create(DossierConfig config) {
    return new StandardExtractor(config);
  }

  /**
   * Extracts everything Dossier knows how to from {@code document}.
   *
   * @throws InputException when the text cannot be processed (empty, too long, binary)
   */
  Dossier extract(DocumentInfo document) throws InputException;

  /** Runs the pipeline and returns the annotated document, for components and evaluation. */
  Doc annotate(DocumentInfo document) throws InputException;

  /** The {@code dossier/1} record of an annotated document, with provenance. */
  Dossier assemble(Doc annotated);

  /** The configuration in force. */
  DossierConfig config();
}
