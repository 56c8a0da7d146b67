package org.dossier.eval.score;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores predicted spans against gold spans.
 *
 * <p>{@link #exact} is conlleval's entity-level measure: a prediction is correct only when a gold
 * span has the same begin, end and type; scores are given per type and micro-averaged over all.
 * {@link #overlap} counts a prediction correct when it shares a unit with a gold span
 * (types ignored), the TempEval "relaxed" detection measure.
 *
 * <p>Stateless and thread-safe.
 */
public final class SpanScorer {
  private SpanScorer() {}

  /** Per-type and overall exact-match scores; the key {@code ALL} holds the micro-average. */
  public static Map<String, Prf> exact(Collection<TypedSpan> gold, Collection<TypedSpan> predicted) {
    Map<TypedSpan, Integer> remaining = new HashMap<>();
    for (TypedSpan g : gold) {
      remaining.merge(g, 1, Integer::sum);
    }
    Map<String, long[]> counts = new TreeMap<>(); // type -> {tp, predicted, gold}
    for (TypedSpan g : gold) {
      counts.computeIfAbsent(g.type(), k -> new long[3])[2]++;
    }
    for (TypedSpan p : predicted) {
      long[] c = counts.computeIfAbsent(p.type(), k -> new long[3]);
      c[1]++;
      Integer left = remaining.get(p);
      if (left != null && left > 0) {
        remaining.put(p, left - 1);
        c[0]++;
      }
    }
    Map<String, Prf> out = new TreeMap<>();
    Prf all = Prf.ZERO;
    for (Map.Entry<String, long[]> e : counts.entrySet()) {
      long[] c = e.getValue();
      Prf prf = new Prf(c[0], c[1], c[0], c[2]);
      out.put(e.getKey(), prf);
      all = all.plus(prf);
    }
    out.put(ALL, all);
    return out;
  }

  /** The key of the micro-average in {@link #exact}. */
  public static final String ALL = "ALL";

  /** Overlap matching, types ignored. */
  public static Prf overlap(Collection<TypedSpan> gold, Collection<TypedSpan> predicted) {
    List<TypedSpan> g = sorted(gold);
    List<TypedSpan> p = sorted(predicted);
    long matchedP = p.stream().filter(x -> anyOverlap(x, g)).count();
    long matchedG = g.stream().filter(x -> anyOverlap(x, p)).count();
    return new Prf(matchedP, p.size(), matchedG, g.size());
  }

  /** The spans of {@code among} that overlap {@code span}, in order. */
  public static List<TypedSpan> overlapping(TypedSpan span, Collection<TypedSpan> among) {
    List<TypedSpan> out = new ArrayList<>();
    for (TypedSpan s : among) {
      if (s.overlaps(span)) {
        out.add(s);
      }
    }
    return out;
  }

  private static boolean anyOverlap(TypedSpan x, List<TypedSpan> sorted) {
    // sorted by begin; spans are short, so a linear scan from the start is fast enough per document
    for (TypedSpan s : sorted) {
      if (s.begin() >= x.end()) {
        return false;
      }
      if (s.overlaps(x)) {
        return true;
      }
    }
    return false;
  }

  private static List<TypedSpan> sorted(Collection<TypedSpan> spans) {
    List<TypedSpan> l = new ArrayList<>(spans);
    l.sort((a, b) -> a.begin() != b.begin() ? Integer.compare(a.begin(), b.begin()) : Integer.compare(a.end(), b.end()));
    return l;
  }
}
