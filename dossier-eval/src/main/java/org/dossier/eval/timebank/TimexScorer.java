package org.dossier.eval.timebank;

import java.util.List;

/**
 * Value accuracy of detected DATE expressions: of the gold DATE expressions that some prediction
 * overlaps, the share for which an overlapping prediction carries exactly the gold value.
 *
 * <p>Stateless and thread-safe.
 */
final class TimexScorer {
  private TimexScorer() {}

  /** A time expression: char or code point span and value (null when unresolved). */
  record Time(int begin, int end, String type, String value) {
    boolean overlaps(Time o) {
      return begin < o.end && o.begin < end;
    }
  }

  /** {detected gold DATEs, of which with the right value}. */
  static long[] dateValues(List<Time> gold, List<Time> predicted) {
    long detected = 0;
    long right = 0;
    for (Time g : gold) {
      if (!"DATE".equals(g.type())) {
        continue;
      }
      boolean found = false;
      boolean ok = false;
      for (Time p : predicted) {
        if (p.overlaps(g)) {
          found = true;
          ok |= g.value() != null && g.value().equals(p.value());
        }
      }
      if (found) {
        detected++;
        if (ok) {
          right++;
        }
      }
    }
    return new long[] {detected, right};
  }
}
