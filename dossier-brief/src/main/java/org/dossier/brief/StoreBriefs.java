package org.dossier.brief;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dossier.model.Dossier;
import org.dossier.store.Store;
import org.dossier.store.query.ActorEvidence.StoredSpan;
import org.dossier.store.query.EventFilter;
import org.dossier.store.query.Rows;

/**
 * Briefs across a store: for an actor (roles over time, what it wants, what it did in date order
 * with merged duplicates and their source counts, what it said, claims resting on its word, its
 * relations and their trend) or for a topic (the articles a full-text query finds). Every line
 * cites spans of stored articles.
 *
 * <p>Not thread-safe: uses the store's connection; call from one thread at a time.
 */
public final class StoreBriefs {
  private static final int MAX_EVENTS = 200;
  private static final int MAX_LINES = 25;
  private static final int EVIDENCE_PER_EVENT = 2;
  private static final int TOPIC_DOCUMENTS = 10;

  private StoreBriefs() {}

  /**
   * The brief of the actor best matching {@code name}, limited to events dated between
   * {@code from} and {@code to} (either may be null).
   *
   * @throws IllegalArgumentException when no actor matches
   */
  public static Brief forActor(Store store, String name, LocalDate from, LocalDate to) {
    return forActor(BriefSource.of(store.connection(), store.index()), name, from, to);
  }

  /** As {@link #forActor(Store, String, LocalDate, LocalDate)}, reading {@code q}. */
  public static Brief forActor(BriefSource q, String name, LocalDate from, LocalDate to) {
    EventFilter filter = new EventFilter(null, from, to, null, MAX_EVENTS);
    Rows.ActorProfile profile = q.actor(name, filter);
    if (profile == null) {
      throw new IllegalArgumentException("no actor named " + name + " in the store");
    }
    Rows.ActorRow actor = profile.actor();
    List<Section> sections = new ArrayList<>();

    List<BriefLine> who = new ArrayList<>();
    List<StoredSpan> firstMentions = q.firstMentions(actor.id(), 1);
    if (!firstMentions.isEmpty()) {
      who.add(new BriefLine(actor.name() + " — " + actor.type().toLowerCase(Locale.ROOT)
          + (actor.country() == null ? "" : " [" + actor.country() + "]") + ", in " + actor.docs() + " articles, "
          + actor.firstSeen() + " to " + actor.lastSeen(), null, List.of(evidence(firstMentions.get(0)))));
    }
    for (Rows.RoleRow r : profile.roles()) {
      Optional<StoredSpan> where = q.role(actor.id(), r.title());
      List<StoredSpan> fallback = where.isPresent() ? List.of(where.get()) : firstMentions;
      if (!fallback.isEmpty()) {
        who.add(new BriefLine(r.title() + (r.of() == null ? "" : " of " + r.of()) + " (" + r.source() + "; seen "
            + r.firstSeen() + " to " + r.lastSeen() + " in " + r.docs() + " articles)", null,
            List.of(evidence(fallback.get(0)))));
      }
    }
    sections.add(new Section("actors", "Who", who));

    EventFilter byActor = new EventFilter(actor.name(), from, to, null, MAX_LINES);
    sections.add(new Section("goals", "What " + actor.name() + " wants", statements(q, "goals",
        q.goals(byActor).stream().map(g -> new Stmt(g.docId(), g.text(), (g.negated() ? "to avoid: " : "") + g.text()
            + " (" + g.published() + ")")).toList())));

    List<BriefLine> did = new ArrayList<>();
    Map<String, List<Rows.EventRow>> byCounterpart = new LinkedHashMap<>();
    for (Rows.EventRow e : profile.timeline()) {
      List<Evidence> evidence = q.mentions(e.id()).stream().limit(EVIDENCE_PER_EVENT)
          .map(m -> new Evidence(m.docId(), m.start(), m.end(), m.evidence())).toList();
      if (evidence.isEmpty()) {
        continue;
      }
      did.add(new BriefLine((e.date() == null ? "undated" : e.date()) + " — " + nameOr(e.actor1()) + " — "
          + (e.label() == null ? "CAMEO " + e.cameo() : e.label()) + (e.actor2() == null ? "" : " — " + e.actor2())
          + (e.location() == null ? "" : " (in " + e.location() + ")") + " [" + e.numArticles() + " articles, "
          + e.numSources() + " sources, " + e.numMentions() + " mentions]", e.date(), evidence));
      String other = actor.name().equals(e.actor1()) ? e.actor2() : e.actor1();
      if (other != null && !other.equals(actor.name())) {
        byCounterpart.computeIfAbsent(other, k -> new ArrayList<>()).add(e);
      }
    }
    sections.add(new Section("did", "What happened, in date order (duplicates merged)", did));

    sections.add(new Section("quotes", "What " + actor.name() + " said", statements(q, "quotes",
        q.quotes(byActor).stream().filter(r -> !"term".equals(r.kind()))
            .map(r -> new Stmt(r.docId(), r.text(), "\u201c" + r.text() + "\u201d (" + r.published() + ")")).toList())));
    sections.add(new Section("claims", "Claims on " + actor.name() + "'s word", statements(q, "claims",
        q.claims(byActor).stream().map(r -> new Stmt(r.docId(), r.text(), r.text() + " (" + r.certainty()
            + (r.negated() ? ", negated" : "") + "; " + r.published() + ")")).toList())));

    List<BriefLine> relations = new ArrayList<>();
    byCounterpart.entrySet().stream()
        .sorted((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()))
        .limit(MAX_LINES)
        .forEach(en -> relations.add(relationLine(q, en.getKey(), en.getValue())));
    sections.add(new Section("relations", "Relations and their trend", relations));
    return new Brief(Brief.SCHEMA, actor.name(), null, sections);
  }

  /** The brief of the articles a full-text query finds (best first), merged section by section. */
  public static Brief forTopic(Store store, String query, LocalDate from, LocalDate to) {
    return forTopic(BriefSource.of(store.connection(), store.index()), query, from, to);
  }

  /** As {@link #forTopic(Store, String, LocalDate, LocalDate)}, reading {@code q}. */
  public static Brief forTopic(BriefSource q, String query, LocalDate from, LocalDate to) {
    List<Rows.SearchRow> hits = q.search(query, "article", TOPIC_DOCUMENTS * 3);
    Map<String, List<BriefLine>> lines = new LinkedHashMap<>();
    Map<String, String> headings = new HashMap<>();
    int used = 0;
    for (Rows.SearchRow hit : hits) {
      if (used >= TOPIC_DOCUMENTS) {
        break;
      }
      Optional<Dossier> doc = q.document(hit.docId());
      if (doc.isEmpty() || !within(doc.get().document().published(), from, to)) {
        continue;
      }
      used++;
      for (Section s : q.articleBrief(doc.get()).sections()) {
        headings.putIfAbsent(s.id(), s.heading());
        List<BriefLine> target = lines.computeIfAbsent(s.id(), k -> new ArrayList<>());
        for (BriefLine l : s.lines()) {
          if (target.size() < MAX_LINES) {
            target.add(l);
          }
        }
      }
    }
    List<Section> sections = new ArrayList<>();
    lines.forEach((id, ls) -> sections.add(new Section(id, headings.get(id), ls)));
    return new Brief(Brief.SCHEMA, "Topic: " + query, null, sections);
  }

  private static boolean within(LocalDate d, LocalDate from, LocalDate to) {
    return d == null || ((from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to)));
  }

  private static BriefLine relationLine(BriefSource q, String other, List<Rows.EventRow> events) {
    Map<String, int[]> byYear = new LinkedHashMap<>();
    for (Rows.EventRow e : events) {
      String period = e.date() == null ? "undated" : e.date().substring(0, Math.min(4, e.date().length()));
      int[] c = byYear.computeIfAbsent(period, k -> new int[2]);
      c[e.quad() != null && e.quad() >= 3 ? 1 : 0]++;
    }
    StringBuilder trend = new StringBuilder();
    byYear.forEach((p, c) -> trend.append(trend.length() == 0 ? "" : "; ").append(p).append(": ").append(c[0])
        .append(" cooperative, ").append(c[1]).append(" conflictual"));
    double mean = events.stream().filter(e -> e.goldstein() != null).mapToDouble(Rows.EventRow::goldstein)
        .average().orElse(0);
    List<Evidence> evidence = events.stream().limit(3).flatMap(e -> q.mentions(e.id()).stream().limit(1))
        .map(m -> new Evidence(m.docId(), m.start(), m.end(), m.evidence())).toList();
    return new BriefLine(String.format(Locale.ROOT, "%s: %d events, mean Goldstein %+.1f — %s", other,
        events.size(), mean, trend), null, evidence);
  }

  private record Stmt(String docId, String text, String line) {}

  private static List<BriefLine> statements(BriefSource q, String table, List<Stmt> rows) {
    List<BriefLine> out = new ArrayList<>();
    for (Stmt s : rows) {
      q.statement(table, s.docId(), s.text()).ifPresent(span -> out.add(new BriefLine(s.line(), null,
          List.of(evidence(span)))));
    }
    return out;
  }

  private static Evidence evidence(StoredSpan s) {
    return new Evidence(s.docId(), s.start(), s.end(), s.text());
  }

  private static String nameOr(String name) {
    return name == null ? "?" : name;
  }
}
