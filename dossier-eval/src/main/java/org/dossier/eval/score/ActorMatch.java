package org.dossier.eval.score;

import java.util.List;
import java.util.Locale;
import org.dossier.model.Actor;
import org.dossier.model.Span;

/**
 * Whether a Dossier actor is the actor a gold annotation names: one of its mentions overlaps the
 * gold span, or one of its names occurs as whole words in the gold text (or the gold text in the
 * name: "Hungarian" and "Hungarian officials"), or its CAMEO code equals the gold code (with the
 * country part alone enough when the gold code is only a country).
 *
 * <p>Stateless and thread-safe.
 */
public final class ActorMatch {
  private ActorMatch() {}

  /**
   * @param actor     the predicted actor
   * @param goldText  the gold actor text, or null
   * @param goldBegin first code point of the gold span, or -1 when unknown
   * @param goldEnd   code point after it, or -1
   * @param goldCode  the gold CAMEO code, or null
   */
  public static boolean matches(Actor actor, String goldText, int goldBegin, int goldEnd, String goldCode) {
    if (actor == null) {
      return false;
    }
    if (goldBegin >= 0 && goldEnd > goldBegin) {
      for (Span s : actor.mentions()) {
        if (s.start() < goldEnd && goldBegin < s.end()) {
          return true;
        }
      }
    }
    String g = normalize(goldText);
    if (!g.isEmpty()) {
      for (String name : names(actor)) {
        String n = normalize(name);
        if (!n.isEmpty() && ((" " + g + " ").contains(" " + n + " ") || (" " + n + " ").contains(" " + g + " "))) {
          return true;
        }
      }
    }
    if (goldCode != null && !goldCode.isBlank() && actor.code() != null) {
      String gc = goldCode.trim().toUpperCase(Locale.ROOT);
      String ac = actor.code().toUpperCase(Locale.ROOT);
      return ac.equals(gc) || (gc.length() == 3 && ac.startsWith(gc));
    }
    return false;
  }

  private static List<String> names(Actor a) {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(a.name()), a.aliases().stream()).toList();
  }

  /** Lower case, possessive and punctuation removed, spaces collapsed. */
  public static String normalize(String s) {
    if (s == null) {
      return "";
    }
    return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("'s\\b", "")
        .replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
  }
}
