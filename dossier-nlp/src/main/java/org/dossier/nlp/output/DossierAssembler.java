package org.dossier.nlp.output;

import java.util.List;
import org.dossier.model.Dossier;
import org.dossier.model.Provenance;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layers;

/**
 * Builds the {@code dossier/1} record from an annotated {@link Doc}: semantic layers that are
 * present are copied, absent ones are empty arrays.
 *
 * <p>Stateless and thread-safe.
 */
public final class DossierAssembler {
  private DossierAssembler() {}

  /** The dossier for {@code doc}, with {@code provenance} attached (may be null). */
  public static Dossier assemble(Doc doc, Provenance provenance) {
    return Dossier.builder(doc.info())
        .actors(doc.find(Layers.ACTORS).orElse(List.of()))
        .events(doc.find(Layers.EVENTS).orElse(List.of()))
        .quotes(doc.find(Layers.QUOTES).orElse(List.of()))
        .claims(doc.find(Layers.CLAIMS).orElse(List.of()))
        .goals(doc.find(Layers.GOALS).orElse(List.of()))
        .times(doc.find(Layers.TIMES).orElse(List.of()))
        .amounts(doc.find(Layers.AMOUNTS).orElse(List.of()))
        .provenance(provenance)
        .build();
  }
}
