package org.dossier.eval.score;

import java.util.Arrays;

/**
 * Maps char spans of a text onto the gold tokens it was built from: a span covers every gold token
 * it overlaps, so a prediction whose tokenisation differs slightly from the gold one (a split
 * hyphen, a kept period) is still compared token by token, as conlleval would see it.
 *
 * <p>Immutable and thread-safe.
 */
public final class TokenAligner {
  private final int[] begins;
  private final int[] ends;

  /** Tokens given by their char begins and ends, in text order, non-overlapping. */
  public TokenAligner(int[] begins, int[] ends) {
    if (begins.length != ends.length) {
      throw new IllegalArgumentException("begins and ends differ in length: " + begins.length + " vs " + ends.length);
    }
    for (int i = 0; i < begins.length; i++) {
      if (ends[i] <= begins[i] || (i > 0 && begins[i] < ends[i - 1])) {
        throw new IllegalArgumentException("token " + i + " [" + begins[i] + ", " + ends[i] + ") is empty or out of order");
      }
    }
    this.begins = begins.clone();
    this.ends = ends.clone();
  }

  /** The token span {@code [first, end)} covering chars {@code [begin, end)}, or null when it covers none. */
  public TypedSpan tokens(int begin, int end, String type) {
    // first token whose end is after begin
    int lo = Arrays.binarySearch(ends, begin + 1);
    int first = lo >= 0 ? lo : -lo - 1;
    // tokens [first, last) that begin before end
    int hi = Arrays.binarySearch(begins, end);
    int last = hi >= 0 ? hi : -hi - 1;
    if (first >= last) {
      return null;
    }
    return new TypedSpan(first, last, type);
  }

  /** The first char of token {@code i}. */
  public int begin(int i) {
    return begins[i];
  }

  /** Number of tokens. */
  public int size() {
    return begins.length;
  }
}
