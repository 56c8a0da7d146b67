package org.dossier.nlp.text;

import java.util.Map;
import java.util.Set;

/**
 * The word classes of one data file ({@code class<TAB>word,word,...}, read by
 * {@link DataFile#wordClasses}): each class name with its lower-case words. Immutable and
 * thread-safe.
 *
 * @param origin the file the classes come from, for error messages
 * @param classes each class with its words
 */
public record WordClasses(String origin, Map<String, Set<String>> classes) {
  public WordClasses {
    classes = Map.copyOf(classes);
  }

  /**
   * The words of class {@code name}.
   *
   * @throws IllegalArgumentException when the file has no such class
   */
  public Set<String> of(String name) {
    Set<String> words = classes.get(name);
    if (words == null) {
      throw new IllegalArgumentException("no word class " + name + " in " + origin);
    }
    return words;
  }
}
