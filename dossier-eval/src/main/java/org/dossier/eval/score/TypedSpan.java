package org.dossier.eval.score;

import java.util.Objects;

/**
 * A labelled span, end-exclusive. Units (tokens, chars, code points) are the caller's choice, but
 * gold and predictions compared with each other must use the same ones.
 *
 * @param begin first unit
 * @param end   unit after the last
 * @param type  label ({@code PER}, {@code DATE}…); never null
 */
public record TypedSpan(int begin, int end, String type) {
  public TypedSpan {
    if (begin < 0 || end <= begin) {
      throw new IllegalArgumentException("invalid span [" + begin + ", " + end + ")");
    }
    Objects.requireNonNull(type, "type");
  }

  /** Whether the two spans share a unit (types ignored). */
  public boolean overlaps(TypedSpan o) {
    return begin < o.end && o.begin < end;
  }
}
