package org.dossier.nlp.doc;

import java.util.List;

/** Binary searches over a document's tokens (in text order) by character offset. Stateless. */
public final class TokenSearch {
  private TokenSearch() {}

  /**
   * Index of the first token of {@code tokens} whose begin is at or after char {@code c};
   * {@code tokens.size()} when there is none.
   */
  public static int atOrAfter(List<Token> tokens, int c) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).begin() < c) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
