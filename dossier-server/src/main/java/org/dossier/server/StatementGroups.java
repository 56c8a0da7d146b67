package org.dossier.server;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * An actor's goals, claims or quotes grouped by what they state and ranked by how many articles
 * state it, so that "what they want" reads as a short list with its support: the same aim in five
 * articles comes first, once, with its five sources.
 *
 * <p>Statements group when their texts are equal once case, punctuation, spacing and a leading
 * "to" are set aside ("To join the WTO." and "join the WTO" are one goal).
 */
final class StatementGroups {
  /** Evidence rows kept per group: enough to check it, short enough to read. */
  static final int EVIDENCE = 5;

  private StatementGroups() {}

  /** One statement of a group: where it was made and its words there. */
  record Evidence(String docId, LocalDate published, String text) {}

  /**
   * Statements that say the same.
   *
   * @param text       the wording most articles use (the earliest of equals)
   * @param qualifier  what else the statements share when they all do ("negated", a certainty, a quote kind), or null
   * @param articles   distinct articles that state it
   * @param statements statements in the group
   * @param words      words of {@code text}: a one-word goal is a fragment more often than an aim
   * @param evidence   the first {@link #EVIDENCE} statements, earliest first
   */
  record Group(String text, String qualifier, int articles, int statements, int words, List<Evidence> evidence) {}

  /** The grouping key of a statement's text. */
  static String key(String text) {
    String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    return s.startsWith("to ") ? s.substring(3) : s;
  }

  /**
   * Groups {@code rows} (in publication order) by their text's {@link #key} and qualifier, most
   * articles first (then most statements, then earliest), at most {@code limit} groups.
   */
  static <T> List<Group> group(List<T> rows, Function<T, String> text, Function<T, String> qualifier,
      Function<T, String> docId, Function<T, LocalDate> published, int limit) {
    final class Acc {
      final Map<String, Integer> wordings = new LinkedHashMap<>();
      final Set<String> docs = new LinkedHashSet<>();
      final List<Evidence> evidence = new ArrayList<>();
      String qualifier;
      int count;
      int first;
    }
    Map<String, Acc> groups = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      T row = rows.get(i);
      String t = text.apply(row);
      String k = key(t);
      if (k.isEmpty()) {
        continue;
      }
      String q = qualifier.apply(row);
      final int order = i;
      Acc acc = groups.computeIfAbsent(k + "\u0000" + q, x -> {
        Acc a = new Acc();
        a.qualifier = q;
        a.first = order;
        return a;
      });
      acc.count++;
      acc.wordings.merge(t.strip(), 1, Integer::sum);
      acc.docs.add(docId.apply(row));
      if (acc.evidence.size() < EVIDENCE) {
        acc.evidence.add(new Evidence(docId.apply(row), published.apply(row), t));
      }
    }
    List<Acc> sorted = new ArrayList<>(groups.values());
    sorted.sort(Comparator.comparingInt((Acc a) -> -a.docs.size()).thenComparingInt(a -> -a.count)
        .thenComparingInt(a -> a.first));
    List<Group> out = new ArrayList<>();
    for (Acc a : sorted.subList(0, Math.min(limit, sorted.size()))) {
      String wording = a.wordings.entrySet().stream().max(Comparator.comparingInt(Map.Entry::getValue))
          .orElseThrow().getKey();
      out.add(new Group(wording, a.qualifier, a.docs.size(), a.count, key(wording).split(" ").length,
          List.copyOf(a.evidence)));
    }
    return out;
  }
}
