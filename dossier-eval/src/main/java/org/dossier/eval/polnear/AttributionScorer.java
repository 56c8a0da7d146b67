package org.dossier.eval.polnear;

import java.util.List;
import java.util.Locale;
import org.dossier.eval.score.Prf;

/**
 * Scores predicted attributions (content with a source) against gold ones.
 *
 * <p>A prediction <em>finds</em> a gold attribution when their contents overlap. Its source is
 * right when, for a gold attribution it finds, one of its source spans overlaps the gold source,
 * or one of its source names occurs as whole words in the gold source text (or the reverse), so
 * "Trump" is right for "Donald Trump". Source precision is over predictions that name a source,
 * source recall over gold attributions that have one. Content detection is scored by overlap over
 * all of them.
 *
 * <p>Stateless and thread-safe.
 */
final class AttributionScorer {
  private AttributionScorer() {}

  /** A predicted attribution: content span, source spans (may be empty) and source names (may be empty). */
  record Predicted(Brat.Frag content, List<Brat.Frag> sourceSpans, List<String> sourceNames) {
    boolean hasSource() {
      return !sourceSpans.isEmpty() || !sourceNames.isEmpty();
    }
  }

  /** Content detection by overlap. */
  static Prf content(List<Brat.Attribution> gold, List<Predicted> predicted) {
    long mp = predicted.stream().filter(p -> gold.stream().anyMatch(g -> finds(p, g))).count();
    long mg = gold.stream().filter(g -> predicted.stream().anyMatch(p -> finds(p, g))).count();
    return new Prf(mp, predicted.size(), mg, gold.size());
  }

  /** Source precision and recall. */
  static Prf source(List<Brat.Attribution> gold, List<Predicted> predicted) {
    List<Brat.Attribution> sourced = gold.stream().filter(g -> !g.source().isEmpty()).toList();
    List<Predicted> named = predicted.stream().filter(Predicted::hasSource).toList();
    long mp = named.stream().filter(p -> sourced.stream().anyMatch(g -> finds(p, g) && sourceRight(p, g))).count();
    long mg = sourced.stream().filter(g -> named.stream().anyMatch(p -> finds(p, g) && sourceRight(p, g))).count();
    return new Prf(mp, named.size(), mg, sourced.size());
  }

  static boolean finds(Predicted p, Brat.Attribution g) {
    return g.content().stream().anyMatch(f -> f.overlaps(p.content()));
  }

  static boolean sourceRight(Predicted p, Brat.Attribution g) {
    for (Brat.Frag s : p.sourceSpans()) {
      if (g.source().stream().anyMatch(f -> f.overlaps(s))) {
        return true;
      }
    }
    String gs = " " + normalize(g.sourceText()) + " ";
    if (gs.isBlank()) {
      return false;
    }
    for (String name : p.sourceNames()) {
      String n = normalize(name);
      if (!n.isEmpty() && (gs.contains(" " + n + " ") || (" " + n + " ").contains(gs))) {
        return true;
      }
    }
    return false;
  }

  static String normalize(String s) {
    if (s == null) {
      return "";
    }
    return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("'s\\b", "")
        .replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
  }
}
