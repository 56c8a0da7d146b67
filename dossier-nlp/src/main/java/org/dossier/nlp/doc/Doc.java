package org.dossier.nlp.doc;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.CodePointIndex;
import org.dossier.model.DocumentInfo;

/**
 * The document under analysis: it owns the text, and every annotation is a layer over it whose
 * offsets are UTF-16 char offsets into {@link #text()} (converted to code points only on output,
 * through {@link #offsets()}).
 *
 * <p>Immutable and thread-safe: {@link #with} returns a new {@code Doc} sharing the other layers.
 * Layer values must be immutable.
 */
public final class Doc {
  private final DocumentInfo info;
  private final Map<Layer<?>, Object> layers;
  private final CodePointIndex offsets;

  private Doc(DocumentInfo info, Map<Layer<?>, Object> layers, CodePointIndex offsets) {
    this.info = info;
    this.layers = layers;
    this.offsets = offsets;
  }

  /** A document with no annotation yet. */
  public static Doc of(DocumentInfo info) {
    Objects.requireNonNull(info, "info");
    return new Doc(info, Map.of(), CodePointIndex.of(info.text()));
  }

  /** The document's metadata and text. */
  public DocumentInfo info() {
    return info;
  }

  /** The full text that every offset refers to. */
  public String text() {
    return info.text();
  }

  /** Char offset to code point offset conversion for this text. */
  public CodePointIndex offsets() {
    return offsets;
  }

  /** The text between char offsets {@code begin} and {@code end}. */
  public String text(int begin, int end) {
    return info.text().substring(begin, end);
  }

  /** Whether {@code layer} is present. */
  public boolean has(Layer<?> layer) {
    return layers.containsKey(layer);
  }

  /**
   * The value of {@code layer}.
   *
   * @throws IllegalStateException when the layer is absent: a pipeline ordering bug
   */
  @SuppressWarnings("unchecked")
  public <T> T get(Layer<T> layer) {
    Object value = layers.get(layer);
    if (value == null) {
      throw new IllegalStateException("layer '" + layer + "' is not present on document " + info.id()
          + " (present: " + layers.keySet() + ")");
    }
    return (T) value;
  }

  /** The value of {@code layer}, if present. */
  @SuppressWarnings("unchecked")
  public <T> Optional<T> find(Layer<T> layer) {
    return Optional.ofNullable((T) layers.get(layer));
  }

  /** A new document with {@code layer} set to {@code value} (replacing any earlier value). */
  public <T> Doc with(Layer<T> layer, T value) {
    Objects.requireNonNull(layer, "layer");
    Objects.requireNonNull(value, () -> "value of layer " + layer);
    Map<Layer<?>, Object> copy = new IdentityHashMap<>(layers);
    copy.put(layer, value);
    return new Doc(info, Collections.unmodifiableMap(copy), offsets);
  }

  /** The layers present. */
  public Set<Layer<?>> layers() {
    return layers.keySet();
  }
}
