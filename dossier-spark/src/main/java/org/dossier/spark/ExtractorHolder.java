package org.dossier.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dossier.nlp.DossierConfig;
import org.dossier.nlp.Extractor;

/**
 * One {@link Extractor} per executor JVM and configuration, created on first use: the models
 * load once however many partitions and tasks the executor runs. Thread-safe (an executor runs
 * several tasks at once; {@code computeIfAbsent} makes the others wait for the one loading).
 */
final class ExtractorHolder {
  private static final Map<Boolean, Extractor> BY_PARSE = new ConcurrentHashMap<>();

  private ExtractorHolder() {}

  /** The JVM's extractor for the default configuration, with or without the parser. */
  static Extractor get(boolean parse) {
    return BY_PARSE.computeIfAbsent(parse, p -> Extractor.create(DossierConfig.defaults().withParse(p)));
  }
}
