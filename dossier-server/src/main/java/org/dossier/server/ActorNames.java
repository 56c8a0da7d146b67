package org.dossier.server;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.store.query.Rows.ActorRow;
import org.dossier.store.resolve.Names;

/**
 * Finds actors by name as {@code StoreQuery} does ({@code contains(lower(names), lower(?)) OR kb = ?},
 * exact matches first), by one search through every actor's names held in one string.
 *
 * <p>Immutable but for a bounded cache of resolved names; thread-safe.
 */
final class ActorNames {
  private final List<ActorRow> rows;
  private final List<String> namesLower;
  /** Every actor's lower-cased names, in the rows' order, each followed by {@link #SEPARATOR}. */
  private final String allNames;
  /** Where each actor's names start in {@link #allNames}. */
  private final int[] starts;
  /** Positions in the rows' of the actors with each knowledge-base id. */
  private final Map<String, int[]> byKb;
  private static final char SEPARATOR = '\u0001';
  /** Names already resolved to actor ids; bounded by clearing (the answers never change). */
  private final Map<String, List<Integer>> resolved = new java.util.concurrent.ConcurrentHashMap<>();
  private static final int MAX_RESOLVED = 20_000;

  /** {@code rows} in the order matches are answered in, with each one's lower-cased names (or null). */
  ActorNames(List<ActorRow> rows, List<String> namesLower) {
    this.rows = rows;
    this.namesLower = namesLower;
    StringBuilder all = new StringBuilder();
    this.starts = new int[rows.size()];
    Map<String, List<Integer>> kb = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      starts[i] = all.length();
      
      String lower = namesLower.get(i);
      all.append(lower == null ? "" : lower.replace(SEPARATOR, ' ')).append(SEPARATOR);
      if (rows.get(i).kb() != null) {
        kb.computeIfAbsent(rows.get(i).kb(), k -> new ArrayList<>()).add(i);
      }
    }
    this.allNames = all.toString();
    this.byKb = new HashMap<>();
    kb.forEach((k, v) -> byKb.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
  }

  /**
   * Positions in the rows', ascending, of the actors one of whose names contains {@code name}
   * (ignoring case) or whose knowledge-base id is {@code name}: the SQL's
   * {@code contains(lower(names), lower(?)) OR kb = ?}, by one search through all names.
   */
  int[] matching(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    List<Integer> found = new ArrayList<>();
    if (lower.indexOf(SEPARATOR) >= 0) {
      for (int i = 0; i < rows.size(); i++) {
        String names = namesLower.get(i);
        if (names != null && names.contains(lower)) {
          found.add(i);
        }
      }
    } else if (!lower.isEmpty()) {
      int from = 0;
      int at;
      while ((at = allNames.indexOf(lower, from)) >= 0) {
        int i = Arrays.binarySearch(starts, at);
        i = i >= 0 ? i : -i - 2; // the actor whose names the match lies in (it cannot span a separator)
        found.add(i);
        from = i + 1 < starts.length ? starts[i + 1] : allNames.length();
      }
    } else {
      for (int i = 0; i < rows.size(); i++) {
        if (namesLower.get(i) != null) {
          found.add(i);
        }
      }
    }
    int[] kb = byKb.getOrDefault(name, new int[0]);
    if (kb.length == 0) {
      return found.stream().mapToInt(Integer::intValue).toArray();
    }
    return java.util.stream.IntStream.concat(found.stream().mapToInt(Integer::intValue), Arrays.stream(kb))
        .distinct().sorted().toArray();
  }

  /** As {@code StoreQuery.actorIds(name)}: exact name or id matches first, else partial ones, busiest first. */
  List<Integer> actorIds(String name) {
    // every actor-filtered request resolves its name; a scan of all actors' names is the costliest step
    List<Integer> known = resolved.get(name);
    if (known != null) {
      return known;
    }
    if (resolved.size() >= MAX_RESOLVED) {
      resolved.clear();
    }
    List<Integer> ids = List.copyOf(scanActorIds(name));
    resolved.put(name, ids);
    return ids;
  }

  private List<Integer> scanActorIds(String name) {
    String norm = Names.normalise(name);
    List<ActorRow> found = new ArrayList<>();
    for (int i : matching(name)) {
      found.add(rows.get(i));
    }
    // the SQL orders these by docs and id only (not mentions)
    found.sort(Comparator.comparingInt((ActorRow a) -> -a.docs()).thenComparingInt(ActorRow::id));
    List<Integer> exact = new ArrayList<>();
    List<Integer> partial = new ArrayList<>();
    for (ActorRow a : found) {
      boolean same = name.equals(a.kb()) || Names.normalise(a.name()).equals(norm);
      (same ? exact : partial).add(a.id());
    }
    return exact.isEmpty() ? partial : exact;
  }
}
