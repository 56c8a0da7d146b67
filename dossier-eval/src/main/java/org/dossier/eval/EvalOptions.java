package org.dossier.eval;

import java.nio.file.Path;
import java.util.Objects;
import org.dossier.nlp.DossierConfig;

/**
 * How a suite runs.
 *
 * @param data     the gold-standard directory ({@code ../shared/data} by default)
 * @param corpora  the corpus directory (for the {@code corpus} suite)
 * @param limit    most documents (or records) to score; 0 for all
 * @param baseline whether to run CoreNLP's own pipeline beside Dossier
 * @param baselineLimit most documents the slow CoreNLP full pipeline processes in throughput and
 *                 quote suites; 0 for all
 * @param config   Dossier's configuration
 * @param gold     the folder of article gold files (for the {@code articles} suite); null for
 *                 {@code gold/dev} beside the data directory ({@code ../shared/gold/dev})
 * @param errors   whether the {@code articles} suite lists every miss, grouped by kind
 */
public record EvalOptions(Path data, Path corpora, int limit, boolean baseline, int baselineLimit,
    DossierConfig config, Path gold, boolean errors) {
  public EvalOptions {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(corpora, "corpora");
    Objects.requireNonNull(config, "config");
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be >= 0, got: " + limit);
    }
    if (baselineLimit < 0) {
      throw new IllegalArgumentException("baselineLimit must be >= 0, got: " + baselineLimit);
    }
  }

  /** Options without a gold folder (the default one) and without the list of misses. */
  public EvalOptions(Path data, Path corpora, int limit, boolean baseline, int baselineLimit, DossierConfig config) {
    this(data, corpora, limit, baseline, baselineLimit, config, null, false);
  }

  /**
   * The shared folder: the parent of the data directory ({@code ../shared}), from which gold
   * {@code input} paths such as {@code shared/corpora/x.jsonl#ID} are resolved.
   */
  public Path shared() {
    Path d = data.toAbsolutePath().normalize();
    return d.getParent() != null ? d.getParent() : d;
  }

  /** The article gold folder: {@link #gold} when given, else {@code gold/dev} in the shared folder. */
  public Path goldDir() {
    return gold != null ? gold : shared().resolve("gold").resolve("dev");
  }

  /** Whether {@code n} items already reach the limit. */
  public boolean reached(int n) {
    return limit > 0 && n >= limit;
  }

  /** The first {@code limit} items (all when there is no limit). */
  public <T> java.util.List<T> take(java.util.List<T> items) {
    return limit > 0 && items.size() > limit ? items.subList(0, limit) : items;
  }
}
