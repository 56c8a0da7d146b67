package org.dossier.eval.polnear;

import java.io.PrintStream;
import java.util.List;

/**
 * Prints, with {@code DOSSIER_EVAL_DEBUG} set, every sourced gold attribution Dossier misses, with
 * its gold cue ({@code MISS}: no prediction overlaps its content; {@code NOSRC}: only predictions
 * without a source do; {@code SRC}: found, source wrong), and every sourced prediction that finds
 * no gold attribution ({@code FP}) or names the wrong source ({@code FPSRC}), each with a window of the article text read at run time: the way
 * to classify errors without copying corpus text anywhere.
 *
 * <p>Stateless; writes to the stream it is given.
 */
final class PolnearErrors {
  private PolnearErrors() {}

  static void print(PrintStream out, String id, String text, List<Brat.Attribution> gold,
      List<AttributionScorer.Predicted> pred) {
    List<AttributionScorer.Predicted> named = pred.stream().filter(AttributionScorer.Predicted::hasSource).toList();
    for (Brat.Attribution g : gold) {
      if (g.source().isEmpty()) {
        continue;
      }
      List<AttributionScorer.Predicted> found = named.stream().filter(p -> AttributionScorer.finds(p, g)).toList();
      if (found.stream().anyMatch(p -> AttributionScorer.sourceRight(p, g))) {
        continue;
      }
      boolean unsourced = found.isEmpty() && pred.stream().anyMatch(p -> AttributionScorer.finds(p, g));
      out.println((!found.isEmpty() ? "SRC   " : unsourced ? "NOSRC " : "MISS  ") + id + " src=[" + g.sourceText()
          + "] cue=[" + g.cueText() + "] content=["
          + window(text, g.content().get(0).begin(), g.content().get(0).end()) + "] context=["
          + window(text, Math.max(0, Math.min(g.content().get(0).begin(), g.source().get(0).begin()) - 60),
              Math.max(g.content().get(0).begin(), g.source().get(0).end()) + 40) + "]"
          + (found.isEmpty() ? "" : " predicted=" + found.get(0).sourceNames()));
    }
    for (AttributionScorer.Predicted p : named) {
      boolean any = gold.stream().anyMatch(g -> AttributionScorer.finds(p, g));
      boolean right = gold.stream().anyMatch(g -> AttributionScorer.finds(p, g) && AttributionScorer.sourceRight(p, g));
      if (!right) {
        out.println((any ? "FPSRC " : "FP   ") + id + " names=" + p.sourceNames() + " content=["
            + window(text, p.content().begin(), p.content().end()) + "]");
      }
    }
  }

  private static String window(String text, int b, int e) {
    int[] cps = text.codePoints().toArray();
    int lo = Math.max(0, Math.min(b, cps.length));
    int hi = Math.max(lo, Math.min(Math.min(e, lo + 200), cps.length));
    return new String(cps, lo, hi - lo).replace('\n', ' ');
  }
}
