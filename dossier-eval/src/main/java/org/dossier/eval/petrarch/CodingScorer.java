package org.dossier.eval.petrarch;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Share of expected PETRARCH codings produced: exactly (source code, target code, full CAMEO event
 * code) and at root level (same codes, event code compared on its two-digit root).
 *
 * <p>Actor codes are compared after dropping PETRARCH's {@code ---} placeholder for an unknown
 * country in front of a sector code: PETRARCH writes police of no known country {@code ---COP},
 * Dossier writes the sector code alone ({@code COP}); both say the same. A bare {@code ---} (no
 * actor at all) stays as it is.
 *
 * <p>Stateless and thread-safe.
 */
final class CodingScorer {
  private CodingScorer() {}

  /** {expected, produced exactly, produced at root level}. */
  static int[] score(Collection<PetrarchRecords.Coding> expected, Collection<PetrarchRecords.Coding> produced) {
    Set<PetrarchRecords.Coding> exact = new HashSet<>();
    Set<PetrarchRecords.Coding> root = new HashSet<>();
    for (PetrarchRecords.Coding p : produced) {
      PetrarchRecords.Coding c = normal(p);
      exact.add(c);
      root.add(root(c));
    }
    int e = 0;
    int r = 0;
    for (PetrarchRecords.Coding x : expected) {
      PetrarchRecords.Coding c = normal(x);
      if (exact.contains(c)) {
        e++;
      }
      if (root.contains(root(c))) {
        r++;
      }
    }
    return new int[] {expected.size(), e, r};
  }

  private static PetrarchRecords.Coding normal(PetrarchRecords.Coding c) {
    return new PetrarchRecords.Coding(actor(c.source()), actor(c.target()), c.code());
  }

  /** "---COP" and "COP" are one code: the placeholder for an unknown country is dropped. */
  static String actor(String code) {
    return code != null && code.length() > 3 && code.startsWith("---") ? code.substring(3) : code;
  }

  private static PetrarchRecords.Coding root(PetrarchRecords.Coding c) {
    return new PetrarchRecords.Coding(c.source(), c.target(), c.code().length() >= 2 ? c.code().substring(0, 2) : c.code());
  }
}
