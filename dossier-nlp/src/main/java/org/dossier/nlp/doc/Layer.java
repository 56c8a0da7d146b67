package org.dossier.nlp.doc;

import java.util.Objects;

/**
 * A typed key for one layer of annotation on a {@link Doc} ("tokens", "sentences", "actors"…).
 * Layers are compared by identity; declare each once as a constant (see {@link Layers}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the type of the layer's value, which must itself be immutable
 */
public final class Layer<T> {
  private final String name;

  private Layer(String name) {
    if (name == null || !name.matches("[a-z][a-zA-Z0-9_.-]*")) {
      throw new IllegalArgumentException("layer name must be a lower-case identifier, got: " + name);
    }
    this.name = name;
  }

  /** Declares a layer. */
  public static <T> Layer<T> of(String name) {
    return new Layer<>(name);
  }

  /** The layer's name, as shown in provenance and error messages. */
  public String name() {
    return name;
  }

  @Override
  public String toString() {
    return name;
  }

  @Override
  public boolean equals(Object o) {
    return this == o;
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(name) * 31 + System.identityHashCode(this);
  }
}
