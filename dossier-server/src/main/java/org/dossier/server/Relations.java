package org.dossier.server;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dossier.store.query.EventFilter;
import org.dossier.store.query.Rows.ActorRow;
import org.dossier.store.query.Rows.EventRow;
import org.dossier.store.query.Rows.GraphEdge;

/**
 * Relations among actors over the {@link ReadModel}'s events: the graph's rows per month and pair
 * (as {@code StoreQuery.graph}), and small networks that answer one question each — one actor's
 * neighbourhood, the relations between two actors and the actors around them, or a period's
 * strongest dyads — with communities for the layout, and a dyad's trend month by month.
 *
 * <p>Stateless over an immutable model; thread-safe.
 */
final class Relations {
  private static final Comparator<String> TEXT_NULLS_LAST = Comparator.nullsLast(Comparator.naturalOrder());
  /** Most nodes a network is drawn with at first: more is a hairball on a page. */
  static final int MAX_NODES = 60;
  /** Label propagation rounds: communities of a few dozen nodes settle in a handful. */
  private static final int COMMUNITY_ROUNDS = 10;

  /**
   * An actor in a network.
   *
   * @param events    its events with the network's other actors in the period
   * @param community the community it was grouped in (nodes of one community share a number)
   * @param focus     whether it is one of the actors the question names
   * @param x         where the force-directed layout put it ({@link ForceLayout}), in [-500, 500] or so
   * @param y         likewise
   */
  record Node(String name, String type, String country, int events, int community, boolean focus, double x,
      double y) {}

  /**
   * The events between two actors in a period, either direction.
   *
   * @param cooperation   events of QuadClass 1 and 2
   * @param conflict      events of QuadClass 3 and 4
   * @param meanGoldstein mean Goldstein score of the scored events, null when none is scored
   */
  record Link(String actor1, String actor2, int events, int cooperation, int conflict, Double meanGoldstein) {}

  /**
   * A network answering one question.
   *
   * @param mode       {@code actor} (a neighbourhood), {@code dyad} (two actors) or {@code dyads} (the period's strongest)
   * @param focus      the actor the question names (its canonical name), null for {@code dyads}
   * @param with       the second actor of a {@code dyad}
   * @param candidates how many actors could have been drawn (neighbours, or actors in the period's dyads)
   */
  record Network(String mode, String focus, String with, LocalDate from, LocalDate to, List<Node> nodes,
      List<Link> links, int candidates) {}

  /** A dyad's events in one month, either direction. */
  record TrendPoint(String period, int events, int cooperation, int conflict, Double meanGoldstein) {}

  /** A dyad: its month-by-month trend and its events, newest first. */
  record Dyad(String actor1, String actor2, List<TrendPoint> trend, List<EventRow> events) {}

  private final ReadModel m;

  Relations(ReadModel model) {
    this.m = model;
  }

  private static final class Acc {
    int count;
    int coop;
    int conf;
    double sum;
    int scored;

    void add(HeldEvent e) {
      count++;
      Integer quad = e.row().quad();
      if (quad != null && (quad == 1 || quad == 2)) {
        coop++;
      } else if (quad != null && (quad == 3 || quad == 4)) {
        conf++;
      }
      if (e.goldstein() != null) {
        sum += e.goldstein();
        scored++;
      }
    }

    Double mean() {
      return scored == 0 ? null : sum / scored;
    }
  }

  /** An unordered pair of actor ids, the smaller first. */
  private record Pair(int a, int b) {
    static Pair of(int x, int y) {
      return x < y ? new Pair(x, y) : new Pair(y, x);
    }

    int other(int id) {
      return id == a ? b : a;
    }
  }

  /** As {@code StoreQuery.graph(filter)}: per month and actor pair, counts by QuadClass and mean Goldstein. */
  List<GraphEdge> graph(EventFilter f) {
    Set<Integer> ids = null;
    if (f.actor() != null) {
      ids = new HashSet<>(m.actorIds(f.actor()));
      if (ids.isEmpty()) {
        return List.of();
      }
    }
    record Key(String period, int actor1, int actor2) {}
    final class Acc {
      final int[] quads = new int[5];
      int count;
      double sum;
      int scored;
    }
    Map<Key, Acc> groups = new LinkedHashMap<>();
    // an actor's graph reads only its events (grouping order does not matter: the edges are sorted)
    int[] range = m.range(f);
    List<HeldEvent> candidates = m.heldEvents().subList(range[0], range[1]);
    if (ids != null) {
      int[] at = m.positions(List.copyOf(ids));
      candidates = new ArrayList<>(at.length);
      for (int i : at) {
        candidates.add(m.heldEvents().get(i));
      }
    }
    for (HeldEvent e : candidates) {
      if (e.actor1() == null || e.actor2() == null || m.actorRow(e.actor1()) == null
          || m.actorRow(e.actor2()) == null) {
        continue;
      }
      if (ids != null && !ids.contains(e.actor1()) && !ids.contains(e.actor2())) {
        continue;
      }
      if (!ReadModel.keep(e, f)) {
        continue;
      }
      String period = e.start() == null ? null : e.start().toString().substring(0, 7);
      Acc acc = groups.computeIfAbsent(new Key(period, e.actor1(), e.actor2()), k -> new Acc());
      acc.count++;
      Integer quad = e.row().quad();
      if (quad != null && quad >= 1 && quad <= 4) {
        acc.quads[quad]++;
      }
      if (e.goldstein() != null) {
        acc.sum += e.goldstein();
        acc.scored++;
      }
    }
    List<GraphEdge> out = new ArrayList<>(groups.size());
    groups.forEach((k, a) -> out.add(new GraphEdge(k.period(), m.actorRow(k.actor1()).name(),
        m.actorRow(k.actor2()).name(), a.count, a.quads[1], a.quads[2], a.quads[3], a.quads[4],
        a.scored == 0 ? null : a.sum / a.scored)));
    out.sort(Comparator.comparing(GraphEdge::period, TEXT_NULLS_LAST)
        .thenComparing(Comparator.comparingInt(GraphEdge::events).reversed())
        .thenComparing(GraphEdge::actor1).thenComparing(GraphEdge::actor2));
    return out.size() > f.limit() ? List.copyOf(out.subList(0, f.limit())) : out;
  }

  /**
   * The network of the question {@code f} and {@code with} ask, drawn with at most {@code maxNodes}
   * actors over the events within {@code f}'s dates and code: with an actor and {@code with}, the
   * two and the actors both deal with (then each one's own busiest neighbours); with an actor only,
   * it and its busiest neighbours; with neither, {@code dyads} true: the actors of the strongest
   * dyads; else the neighbourhood of the busiest actor of the period. Links are every pair of drawn
   * actors with events in the period. Null when a named actor is unknown.
   */
  Network network(EventFilter f, String with, boolean dyads, int maxNodes) {
    Map<Pair, Acc> pairs = pairs(f);
    Map<Integer, Map<Integer, Integer>> adjacent = new HashMap<>();
    Map<Integer, Integer> totals = new HashMap<>();
    pairs.forEach((p, acc) -> {
      adjacent.computeIfAbsent(p.a(), k -> new HashMap<>()).merge(p.b(), acc.count, Integer::sum);
      adjacent.computeIfAbsent(p.b(), k -> new HashMap<>()).merge(p.a(), acc.count, Integer::sum);
      totals.merge(p.a(), acc.count, Integer::sum);
      totals.merge(p.b(), acc.count, Integer::sum);
    });
    Comparator<Integer> busiest = Comparator.comparingInt((Integer id) -> -totals.getOrDefault(id, 0))
        .thenComparing(id -> m.actorRow(id).name());
    Set<Integer> focus = new LinkedHashSet<>();
    Set<Integer> drawn = new LinkedHashSet<>();
    String mode;
    int candidates;
    if (f.actor() == null && dyads) {
      mode = "dyads";
      List<Map.Entry<Pair, Acc>> strongest = new ArrayList<>(pairs.entrySet());
      strongest.sort(Comparator.comparingInt((Map.Entry<Pair, Acc> e) -> -e.getValue().count)
          .thenComparing(e -> m.actorRow(e.getKey().a()).name()).thenComparing(e -> m.actorRow(e.getKey().b()).name()));
      for (Map.Entry<Pair, Acc> e : strongest) {
        if (drawn.size() + (drawn.contains(e.getKey().a()) ? 0 : 1) + (drawn.contains(e.getKey().b()) ? 0 : 1) > maxNodes) {
          break;
        }
        drawn.add(e.getKey().a());
        drawn.add(e.getKey().b());
      }
      candidates = totals.size();
    } else {
      Integer a;
      if (f.actor() == null) {
        a = totals.keySet().stream().min(busiest).orElse(null);
        if (a == null) {
          return new Network("actor", null, null, f.from(), f.to(), List.of(), List.of(), 0);
        }
      } else {
        a = canonical(f.actor(), totals);
        if (a == null) {
          return null;
        }
      }
      focus.add(a);
      drawn.add(a);
      Map<Integer, Integer> nearA = adjacent.getOrDefault(a, Map.of());
      if (with == null) {
        mode = "actor";
        nearA.keySet().stream().sorted(byWeight(nearA, busiest)).limit(Math.max(0, maxNodes - 1)).forEach(drawn::add);
        candidates = nearA.size();
      } else {
        mode = "dyad";
        Integer b = canonical(with, totals);
        if (b == null) {
          return null;
        }
        focus.add(b);
        drawn.add(b);
        Map<Integer, Integer> nearB = adjacent.getOrDefault(b, Map.of());
        Map<Integer, Integer> common = new HashMap<>();
        nearA.forEach((id, n) -> {
          if (nearB.containsKey(id)) {
            common.put(id, Math.min(n, nearB.get(id)));
          }
        });
        int budget = Math.max(0, maxNodes - drawn.size());
        common.keySet().stream().filter(id -> !drawn.contains(id)).sorted(byWeight(common, busiest))
            .limit(budget * 2L / 3).forEach(drawn::add);
        // then each side's own busiest neighbours, in turns, until the budget is spent
        List<Integer> ownA = nearA.keySet().stream().filter(id -> !drawn.contains(id)).sorted(byWeight(nearA, busiest)).toList();
        List<Integer> ownB = nearB.keySet().stream().filter(id -> !drawn.contains(id)).sorted(byWeight(nearB, busiest)).toList();
        for (int i = 0; drawn.size() < maxNodes && (i < ownA.size() || i < ownB.size()); i++) {
          if (i < ownA.size()) {
            drawn.add(ownA.get(i));
          }
          if (i < ownB.size() && drawn.size() < maxNodes) {
            drawn.add(ownB.get(i));
          }
        }
        Set<Integer> all = new HashSet<>(nearA.keySet());
        all.addAll(nearB.keySet());
        candidates = all.size();
      }
    }
    List<Link> links = new ArrayList<>();
    List<Pair> kept = new ArrayList<>();
    pairs.forEach((p, acc) -> {
      if (drawn.contains(p.a()) && drawn.contains(p.b())) {
        kept.add(p);
        links.add(new Link(m.actorRow(p.a()).name(), m.actorRow(p.b()).name(), acc.count, acc.coop, acc.conf,
            acc.mean()));
      }
    });
    links.sort(Comparator.comparingInt((Link l) -> -l.events()).thenComparing(Link::actor1).thenComparing(Link::actor2));
    Map<Integer, Integer> community = communities(drawn, kept, pairs, focus);
    List<Node> nodes = new ArrayList<>();
    Map<Integer, Integer> degree = new HashMap<>();
    for (Pair p : kept) {
      degree.merge(p.a(), pairs.get(p).count, Integer::sum);
      degree.merge(p.b(), pairs.get(p).count, Integer::sum);
    }
    // laid out in community order, the question's actors first (at the centre)
    List<Integer> order = new ArrayList<>(drawn);
    order.sort(Comparator.comparingInt((Integer id) -> focus.contains(id) ? -1 : community.get(id)));
    Map<Integer, Integer> index = new HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      index.put(order.get(i), i);
    }
    List<int[]> edges = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    for (Pair p : kept) {
      edges.add(new int[] {index.get(p.a()), index.get(p.b())});
      weights.add(1 + Math.log(pairs.get(p).count) / Math.log(2) / 4);
    }
    double[][] xy = ForceLayout.layout(order.size(), edges, weights);
    for (int id : drawn) {
      ActorRow r = m.actorRow(id);
      double[] at = xy[index.get(id)];
      nodes.add(new Node(r.name(), r.type(), r.country(), degree.getOrDefault(id, 0), community.get(id),
          focus.contains(id), Math.round(at[0] * 10) / 10.0, Math.round(at[1] * 10) / 10.0));
    }
    String focusName = focus.isEmpty() ? null : m.actorRow(focus.iterator().next()).name();
    String withName = focus.size() > 1 ? m.actorRow(new ArrayList<>(focus).get(1)).name() : null;
    return new Network(mode, focusName, withName, f.from(), f.to(), nodes, links, candidates);
  }

  private static Comparator<Integer> byWeight(Map<Integer, Integer> weight, Comparator<Integer> then) {
    return Comparator.comparingInt((Integer id) -> -weight.getOrDefault(id, 0)).thenComparing(then);
  }

  /** The actor a name stands for: of its matches, the one with most events in the period, else the best match. */
  private Integer canonical(String name, Map<Integer, Integer> totals) {
    List<Integer> ids = m.actorIds(name);
    if (ids.isEmpty()) {
      return null;
    }
    return ids.stream().max(Comparator.comparingInt((Integer id) -> totals.getOrDefault(id, 0))
        .thenComparing(id -> -ids.indexOf(id))).orElseThrow();
  }

  /** Events per unordered pair of known, different actors, among the events within {@code f}'s dates and code. */
  private Map<Pair, Acc> pairs(EventFilter f) {
    EventFilter dates = new EventFilter(null, f.from(), f.to(), f.code(), 1);
    int[] range = m.range(dates);
    Map<Pair, Acc> out = new LinkedHashMap<>();
    for (HeldEvent e : m.heldEvents().subList(range[0], range[1])) {
      if (e.actor1() == null || e.actor2() == null || e.actor1().equals(e.actor2())
          || m.actorRow(e.actor1()) == null || m.actorRow(e.actor2()) == null || !ReadModel.keep(e, dates)) {
        continue;
      }
      out.computeIfAbsent(Pair.of(e.actor1(), e.actor2()), k -> new Acc()).add(e);
    }
    return out;
  }

  /**
   * Communities by weighted label propagation over the drawn actors' links, leaving out the
   * question's own actors (linked to everyone, they would pull all into one community): each actor,
   * busiest first, takes the label its links weigh most (ties: the smaller label) until no label
   * changes. The focus actors form community 0; the others are numbered from 1 by size.
   */
  private static Map<Integer, Integer> communities(Set<Integer> drawn, List<Pair> kept, Map<Pair, Acc> pairs,
      Set<Integer> focus) {
    Map<Integer, Map<Integer, Integer>> adj = new HashMap<>();
    for (Pair p : kept) {
      if (focus.contains(p.a()) || focus.contains(p.b())) {
        continue;
      }
      adj.computeIfAbsent(p.a(), k -> new HashMap<>()).put(p.b(), pairs.get(p).count);
      adj.computeIfAbsent(p.b(), k -> new HashMap<>()).put(p.a(), pairs.get(p).count);
    }
    List<Integer> order = drawn.stream().filter(id -> !focus.contains(id)).toList();
    Map<Integer, Integer> label = new HashMap<>();
    for (int id : order) {
      label.put(id, id);
    }
    for (int round = 0; round < COMMUNITY_ROUNDS; round++) {
      boolean changed = false;
      for (int id : order) {
        Map<Integer, Integer> weights = new TreeMap<>();
        adj.getOrDefault(id, Map.of()).forEach((n, w) -> weights.merge(label.get(n), w, Integer::sum));
        if (weights.isEmpty()) {
          continue;
        }
        int best = weights.entrySet().stream().max(Comparator.comparingInt((Map.Entry<Integer, Integer> e) -> e.getValue())
            .thenComparing(e -> -e.getKey())).orElseThrow().getKey();
        if (best != label.get(id)) {
          label.put(id, best);
          changed = true;
        }
      }
      if (!changed) {
        break;
      }
    }
    Map<Integer, Integer> size = new HashMap<>();
    label.values().forEach(l -> size.merge(l, 1, Integer::sum));
    List<Integer> labels = size.keySet().stream().sorted(Comparator.comparingInt((Integer l) -> -size.get(l))
        .thenComparing(l -> l)).toList();
    Map<Integer, Integer> number = new HashMap<>();
    for (int i = 0; i < labels.size(); i++) {
      number.put(labels.get(i), i + 1);
    }
    Map<Integer, Integer> out = new HashMap<>();
    for (int id : drawn) {
      out.put(id, focus.contains(id) ? 0 : number.get(label.get(id)));
    }
    return out;
  }

  /**
   * The dyad of {@code f.actor()} and {@code with}, either direction: its events per month over the
   * months that start within {@code [trendFrom, trendTo]} (either may be null: unbounded) and its
   * events within {@code f}'s dates, newest first, at most
   * {@code f.limit()}. Null when either actor is unknown.
   */
  Dyad dyad(EventFilter f, String with, LocalDate trendFrom, LocalDate trendTo) {
    List<Integer> a = m.actorIds(f.actor());
    List<Integer> b = m.actorIds(with);
    if (a.isEmpty() || b.isEmpty()) {
      return null;
    }
    Set<Integer> as = new HashSet<>(a);
    Set<Integer> bs = new HashSet<>(b);
    Map<String, Acc> months = new TreeMap<>();
    List<EventRow> events = new ArrayList<>();
    int[] at = m.positions(a.size() <= b.size() ? a : b);
    for (int i = at.length - 1; i >= 0; i--) {
      HeldEvent e = m.heldEvents().get(at[i]);
      boolean between = (as.contains(e.actor1()) && bs.contains(e.actor2()))
          || (bs.contains(e.actor1()) && as.contains(e.actor2()));
      if (!between || e.start() == null) {
        continue;
      }
      if ((trendFrom == null || !e.start().isBefore(trendFrom)) && (trendTo == null || !e.start().isAfter(trendTo))) {
        months.computeIfAbsent(e.start().toString().substring(0, 7), k -> new Acc()).add(e);
      }
      if (events.size() < f.limit() && ReadModel.keep(e, f)) {
        events.add(e.row());
      }
    }
    List<TrendPoint> trend = new ArrayList<>();
    months.forEach((p, acc) -> trend.add(new TrendPoint(p, acc.count, acc.coop, acc.conf, acc.mean())));
    return new Dyad(m.actorRow(a.get(0)).name(), m.actorRow(b.get(0)).name(), trend, events);
  }
}
