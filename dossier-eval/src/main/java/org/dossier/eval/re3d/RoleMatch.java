package org.dossier.eval.re3d;

import java.util.List;
import org.dossier.eval.score.ActorMatch;
import org.dossier.model.Actor;
import org.dossier.model.CodePointIndex;
import org.dossier.model.Role;
import org.dossier.model.Span;

/**
 * Matches Dossier's person roles to gold {@code InChargeOf} relations (person in charge of
 * target). A role matches a relation when its actor has a mention overlapping the relation's
 * source and the role's evidence overlaps the target, or the role's {@code of} and the target
 * text share their words (one contained in the other, e.g. "Daesh" and "the leader of Daesh").
 *
 * <p>Stateless and thread-safe.
 */
final class RoleMatch {
  private RoleMatch() {}

  /** A gold relation: source and target spans, target text. */
  record Relation(int sourceBegin, int sourceEnd, int targetBegin, int targetEnd, String target) {
    boolean valid(int length) {
      return sourceBegin >= 0 && sourceEnd > sourceBegin && targetBegin >= 0 && targetEnd > targetBegin
          && sourceEnd <= length && targetEnd <= length;
    }

    Relation toCodePoints(CodePointIndex cp) {
      return new Relation(cp.toCodePoint(sourceBegin), cp.toCodePoint(sourceEnd), cp.toCodePoint(targetBegin),
          cp.toCodePoint(targetEnd), target);
    }
  }

  static boolean found(Relation r, List<Actor> actors) {
    for (Actor a : actors) {
      for (Role role : a.roles()) {
        if (matches(r, a, role)) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean matches(Relation r, Actor actor, Role role) {
    boolean person = actor.mentions().stream().anyMatch(s -> s.start() < r.sourceEnd() && r.sourceBegin() < s.end());
    if (!person) {
      return false;
    }
    Span ev = role.evidence();
    if (ev != null && ev.start() < r.targetEnd() && r.targetBegin() < ev.end()) {
      return true;
    }
    String of = ActorMatch.normalize(role.of());
    String target = ActorMatch.normalize(r.target());
    if (of.isEmpty() || target.isEmpty()) {
      return false;
    }
    return (" " + target + " ").contains(" " + of + " ") || (" " + of + " ").contains(" " + target + " ");
  }
}
