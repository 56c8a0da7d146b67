package org.dossier.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What produced an output: software versions, the pipeline's components in order, and the
 * configuration in force. An additive field of {@code dossier/1}.
 *
 * @param dossier    Dossier's version
 * @param models     model and data versions by name ("corenlp" → "4.5.10", "kb" → as-of date)
 * @param components pipeline components in the order they ran
 * @param config     the configuration in force, flattened to strings
 */
@JsonPropertyOrder({"dossier", "models", "components", "config"})
public record Provenance(String dossier, Map<String, String> models, List<String> components,
    Map<String, String> config) {
  public Provenance {
    Objects.requireNonNull(dossier, "dossier");
    models = ordered(models);
    components = List.copyOf(components == null ? List.of() : components);
    config = ordered(config);
  }

  private static Map<String, String> ordered(Map<String, String> map) {
    return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
