package org.dossier.eval.plover;

import java.util.List;
import org.dossier.eval.score.ActorMatch;
import org.dossier.model.Actor;

/**
 * Scores one gold event record (one sentence, one event) against the events predicted for it.
 * The predicted event compared is the best one: the right type first, then the most actor matches.
 * Source (target) is right when a predicted source (target) actor matches a gold one
 * ({@link ActorMatch}); records without gold targets count as right when no target is predicted.
 *
 * <p>Stateless and thread-safe.
 */
final class EventRecordScorer {
  private EventRecordScorer() {}

  /** A gold actor: text, CAMEO code and code point span in the sentence (-1 when not found). */
  record GoldActor(String text, String code, int begin, int end) {}

  /** A gold record. */
  record Gold(String type, List<GoldActor> sources, List<GoldActor> targets) {}

  /** A predicted event with its PLOVER type (null when it has none) and resolved actors. */
  record Predicted(String type, List<Actor> sources, List<Actor> targets) {}

  /** The outcome for one record. */
  record Outcome(boolean anyEvent, boolean type, boolean source, boolean target, boolean full) {}

  static Outcome score(Gold gold, List<Predicted> predicted) {
    Outcome best = new Outcome(!predicted.isEmpty(), false, false, gold.targets().isEmpty(), false);
    int bestScore = -1;
    for (Predicted p : predicted) {
      boolean type = gold.type().equals(p.type());
      boolean src = !gold.sources().isEmpty() && matchesAny(p.sources(), gold.sources());
      boolean tgt = gold.targets().isEmpty() ? p.targets().isEmpty() : matchesAny(p.targets(), gold.targets());
      boolean srcOk = gold.sources().isEmpty() ? p.sources().isEmpty() : src;
      int score = (type ? 4 : 0) + (srcOk ? 2 : 0) + (tgt ? 1 : 0);
      if (score > bestScore) {
        bestScore = score;
        best = new Outcome(true, type, srcOk, tgt, type && srcOk && tgt);
      }
    }
    return best;
  }

  private static boolean matchesAny(List<Actor> actors, List<GoldActor> gold) {
    for (Actor a : actors) {
      for (GoldActor g : gold) {
        if (ActorMatch.matches(a, g.text(), g.begin(), g.end(), g.code())) {
          return true;
        }
      }
    }
    return false;
  }
}
