package org.dossier.eval.petrarch;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Share of expected PETRARCH codings produced: exactly (source code, target code, full CAMEO event
 * code) and at root level (same codes, event code compared on its two-digit root).
 *
 * <p>Stateless and thread-safe.
 */
final class CodingScorer {
  private CodingScorer() {}

  /** {expected, produced exactly, produced at root level}. */
  static int[] score(Collection<PetrarchRecords.Coding> expected, Collection<PetrarchRecords.Coding> produced) {
    Set<PetrarchRecords.Coding> exact = new HashSet<>(produced);
    Set<PetrarchRecords.Coding> root = new HashSet<>();
    for (PetrarchRecords.Coding c : produced) {
      root.add(root(c));
    }
    int e = 0;
    int r = 0;
    for (PetrarchRecords.Coding c : expected) {
      if (exact.contains(c)) {
        e++;
      }
      if (root.contains(root(c))) {
        r++;
      }
    }
    return new int[] {expected.size(), e, r};
  }

  private static PetrarchRecords.Coding root(PetrarchRecords.Coding c) {
    return new PetrarchRecords.Coding(c.source(), c.target(), c.code().length() >= 2 ? c.code().substring(0, 2) : c.code());
  }
}
