package org.dossier.nlp.pipeline;

import java.util.Set;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layer;

/**
 * One step of the extraction pipeline. A component declares the layers it reads and the layers it
 * adds; {@link Pipeline.Builder#build()} rejects an order in which a required layer is not yet
 * produced.
 *
 * <p>Implementations must be thread-safe: one instance processes many documents concurrently.
 * Heavy resources (models, dictionaries) are loaded once, in the constructor or a shared holder.
 */
public interface Component {
  /** Short name, shown in provenance and errors. */
  String name();

  /** Layers that must be present before {@link #apply}. */
  Set<Layer<?>> requires();

  /** Layers that {@link #apply} adds. */
  Set<Layer<?>> produces();

  /** Returns {@code doc} with this component's layers added. */
  Doc apply(Doc doc);
}
