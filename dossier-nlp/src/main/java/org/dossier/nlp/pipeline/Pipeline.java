package org.dossier.nlp.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layer;

/**
 * An ordered list of {@link Component}s, checked when built: every required layer is produced by
 * an earlier component, and no layer is produced twice.
 *
 * <p>Immutable and thread-safe when its components are.
 */
public final class Pipeline {
  private final List<Component> components;
  private final Set<Layer<?>> produced;

  private Pipeline(List<Component> components, Set<Layer<?>> produced) {
    this.components = List.copyOf(components);
    this.produced = Set.copyOf(produced);
  }

  /** Starts an empty pipeline. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Runs every component in order; before each one, a {@link Deadline} checkpoint.
   *
   * @throws Deadline.Exceeded when the current thread's document budget ran out
   */
  public Doc apply(Doc doc) {
    Doc current = doc;
    for (Component component : components) {
      Deadline.check(component.name());
      try {
        current = component.apply(current);
      } catch (RuntimeException e) {
        if (Deadline.expired() && !(e instanceof Deadline.Exceeded)) {
          throw new Deadline.Exceeded(component.name()); // CoreNLP stopped on the deadline's interrupt
        }
        throw e;
      }
      for (Layer<?> layer : component.produces()) {
        if (!current.has(layer)) {
          throw new PipelineException("component '" + component.name() + "' declared layer '" + layer
              + "' but did not produce it");
        }
      }
    }
    return current;
  }

  /** The components' names, in order. */
  public List<String> componentNames() {
    return components.stream().map(Component::name).toList();
  }

  /** Every layer the pipeline produces. */
  public Set<Layer<?>> produces() {
    return produced;
  }

  /** Builds a {@link Pipeline}; not thread-safe. */
  public static final class Builder {
    private final List<Component> components = new ArrayList<>();

    private Builder() {}

    /** Appends a component. */
    public Builder add(Component component) {
      components.add(Objects.requireNonNull(component, "component"));
      return this;
    }

    /**
     * Checks the order and builds.
     *
     * @throws PipelineException naming the component and the missing or doubly produced layer
     */
    public Pipeline build() {
      Map<Layer<?>, String> producedBy = new LinkedHashMap<>();
      Set<String> names = new HashSet<>();
      for (Component c : components) {
        if (!names.add(c.name())) {
          throw new PipelineException("component '" + c.name() + "' is added twice");
        }
        for (Layer<?> required : c.requires()) {
          if (!producedBy.containsKey(required)) {
            throw new PipelineException("component '" + c.name() + "' requires layer '" + required
                + "', which no earlier component produces (produced so far: " + producedBy.keySet() + ")");
          }
        }
        for (Layer<?> layer : c.produces()) {
          String earlier = producedBy.putIfAbsent(layer, c.name());
          if (earlier != null) {
            throw new PipelineException("layer '" + layer + "' is produced by both '" + earlier + "' and '"
                + c.name() + "'");
          }
        }
      }
      return new Pipeline(components, producedBy.keySet());
    }
  }
}
