package org.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Actor;
import org.dossier.model.ActorType;
import org.dossier.model.Claim;
import org.dossier.model.CodePointIndex;
import org.dossier.model.DocumentInfo;
import org.dossier.model.Dossier;
import org.dossier.model.DossierJson;
import org.dossier.model.Event;
import org.dossier.model.Goal;
import org.dossier.model.Quote;
import org.dossier.store.Store;
import org.dossier.store.query.DocumentQuery;
import org.dossier.store.query.EventFilter;
import org.dossier.store.query.Rows;
import org.dossier.store.query.StoreQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The read model answers what the store's SQL queries answer. Runs on a fixture store written
 * here; with {@code -Ddossier.compare.store=DIR} also on a copy of a real store (e.g. the
 * AFP/Xinhua one), over its busiest actors.
 */
class ReadModelTest {
  @TempDir
  Path dir;

  /** A fictional month of news about two countries, their envoys, a quarrel every third month. */
  static Dossier monthlyDoc(int i) {
    String text = "Ruritania met Freedonia on talks. Anna Example said we agree on the treaty."
        + " Bob Sample claims the border is calm. Bob Sample wants a lasting peace."
        + (i % 3 == 0 ? " Freedonia shelled Ruritania at dawn." : "")
        + (i % 2 == 0 ? " Anna Example commented on the weather." : "");
    CodePointIndex idx = CodePointIndex.of(text);
    int r = text.indexOf("Ruritania");
    int f = text.indexOf("Freedonia");
    int a = text.indexOf("Anna Example");
    int b = text.indexOf("Bob Sample");
    int s2 = text.indexOf(" Anna Example said") + 1;
    int s3 = text.indexOf(" Bob Sample claims") + 1;
    int s4 = text.indexOf(" Bob Sample wants") + 1;
    List<Actor> actors = List.of(
        new Actor("a1", "Ruritania", ActorType.COUNTRY, null, "RUR", "RUR", List.of(), List.of(), List.of(idx.span(r, r + 9))),
        new Actor("a2", "Freedonia", ActorType.COUNTRY, null, "FRE", "FRE", List.of(), List.of(), List.of(idx.span(f, f + 9))),
        new Actor("a3", "Anna Example", ActorType.PERSON, null, "RUR", null, List.of(), List.of(), List.of(idx.span(a, a + 12))),
        new Actor("a4", "Bob Sample", ActorType.PERSON, null, "FRE", null, List.of(), List.of(), List.of(idx.span(b, b + 10))));
    // two documents share a day so that one event gathers two reports
    int month = Math.min(i, 11) + 1;
    String day = String.format("2024-%02d-04", month);
    List<Event> events = new ArrayList<>();
    events.add(new Event("e1", "040", "CONSULT", 1, 1.0, "Consult", List.of("a1"), List.of("a2"), null, day,
        "asserted", null, idx.span(0, s2 - 1)));
    if (i % 3 == 0) {
      int s = text.indexOf("Freedonia shelled");
      events.add(new Event("e2", "190", "FIGHT", 4, -10.0, "Fight", List.of("a2"), List.of("a1"), null, day,
          "asserted", null, idx.span(s, text.indexOf("dawn.") + 5)));
    }
    if (i % 2 == 0) {
      int s = text.indexOf("Anna Example commented");
      events.add(new Event("e3", "010", "COMMENT", 1, 0.0, "Make statement", List.of("a3"), List.of(), null, day,
          "asserted", null, idx.span(s, text.length())));
    }
    int q = text.indexOf("we agree");
    Quote quote = new Quote("q1", "we agree on the treaty", "a3", "partial", "said", q, q + 22);
    Claim claim = new Claim("c1", "the border is calm", "a4", "Bob Sample", "asserted", i % 4 == 0, s3,
        text.indexOf("calm.") + 5);
    Goal goal = new Goal("g1", "a4", "a lasting peace", false, s4, text.indexOf("peace.") + 6);
    return Dossier.builder(new DocumentInfo("doc-" + i, "Month " + i, LocalDate.parse(day).plusDays(1), null, null,
        "en", text)).actors(actors).events(events).quotes(List.of(quote)).claims(List.of(claim))
        .goals(List.of(goal)).build();
  }

  /** A store of thirteen {@link #monthlyDoc}s and {@code more}, refreshed. */
  static Store monthlyStore(Path at, Dossier... more) {
    Store store = Store.open(at);
    List<Dossier> docs = new ArrayList<>();
    for (int i = 0; i < 13; i++) {
      docs.add(monthlyDoc(i));
    }
    docs.addAll(List.of(more));
    store.write(docs);
    store.refresh();
    return store;
  }

  @Test
  void queries_fixtureStore_sameAsStoreQuery() throws Exception {
    try (Store store = monthlyStore(dir.resolve("store"))) {
      int checked = compare(store, List.of("Ruritania", "Freedonia", "Anna Example", "Bob Sample", "ruri", "Nobody"),
          List.of("Ruritania", "agree", "border AND calm", "peace"));
      assertThat(checked).isGreaterThan(150);
      // the comparisons above are not of empty answers
      ReadModel m = load(store);
      EventFilter ruritania = new EventFilter("Ruritania", null, null, null, 100);
      assertThat(m.events(ruritania)).hasSizeGreaterThan(10);
      assertThat(m.graph(ruritania)).hasSizeGreaterThan(10);
      assertThat(m.quotes(EventFilter.all(100))).hasSize(13);
      assertThat(m.claims(new EventFilter("Bob Sample", null, null, null, 100))).hasSize(13);
      assertThat(m.goals(new EventFilter(null, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 6, 30), null, 100)))
          .hasSize(4);
      assertThat(m.search("agree", "quote", 20)).hasSize(13);
    }
  }

  @Test
  void queries_realStore_sameAsStoreQuery() throws Exception {
    String path = System.getProperty("dossier.compare.store");
    assumeTrue(path != null, "set -Ddossier.compare.store=DIR to compare on a real store");
    Path copy = dir.resolve("copy");
    copyTree(Path.of(path), copy);
    try (Store store = Store.open(copy)) {
      ReadModel m = load(store);
      List<String> names = new ArrayList<>();
      List<String> words = new ArrayList<>();
      for (Rows.ActorRow a : m.actors(null, 60)) {
        names.add(a.name());
        words.add(a.name().substring(a.name().lastIndexOf(' ') + 1));
      }
      assertThat(compare(store, names, words)).isGreaterThan(1000);
    }
  }

  private static void copyTree(Path from, Path to) throws Exception {
    try (var files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else if (!p.getFileName().toString().equals("write.lock")) {
          Files.copy(p, t);
        }
      }
    }
  }

  private static ReadModel load(Store store) throws Exception {
    return ReadModel.load(store.connection(), store.index());
  }

  @Test
  void eventsBetween_fixtureStore_dyadEitherWayOrDirected() throws Exception {
    try (Store store = monthlyStore(dir.resolve("store"))) {
      ReadModel m = load(store);
      EventFilter ruritania = new EventFilter("Ruritania", null, null, null, 500);
      List<Rows.EventRow> all = m.events(ruritania);
      List<Rows.EventRow> between = m.eventsBetween(ruritania, "Freedonia", false);
      // Ruritania meets Freedonia every month; Freedonia shells Ruritania every third month
      assertThat(between).isEqualTo(all.stream().filter(e -> "Freedonia".equals(e.actor1())
          || "Freedonia".equals(e.actor2())).toList());
      assertThat(between).extracting(Rows.EventRow::cameo).contains("040", "190");
      assertThat(m.eventsBetween(ruritania, "Freedonia", true)).isNotEmpty()
          .allSatisfy(e -> assertThat(e.actor1()).isEqualTo("Ruritania"))
          .extracting(Rows.EventRow::cameo).doesNotContain("190");
      assertThat(m.eventsBetween(new EventFilter("Freedonia", null, null, "19", 500), "Ruritania", true))
          .hasSize((int) between.stream().filter(e -> e.cameo().startsWith("19")).count());
      assertThat(m.eventsBetween(ruritania, "Anna Example", false)).isEmpty();
      assertThat(m.eventsBetween(ruritania, "Nobody", false)).isEmpty();
      assertThat(m.eventsBetween(new EventFilter("Ruritania", null, null, null, 2), "Freedonia", false)).hasSize(2);
    }
  }

  @Test
  void heldDocuments_overBudget_noneHeldElseSameJsonAsQuery() throws Exception {
    try (Store store = Store.open(dir.resolve("store"))) {
      store.write(List.of(monthlyDoc(0), monthlyDoc(1)));
      store.refresh();
      HeldDocuments none = HeldDocuments.load(store.connection(), DossierJson.mapper(), 100);
      HeldDocuments all = HeldDocuments.load(store.connection(), DossierJson.mapper(), Long.MAX_VALUE);
      assertThat(none.held()).isFalse();
      assertThat(none.json("doc-0")).isNull();
      assertThat(all.count()).isEqualTo(2);
      assertThat(all.json("doc-9")).isNull();
      assertThat(new String(all.json("doc-1"), StandardCharsets.UTF_8))
          .isEqualTo(DossierJson.toJson(DocumentQuery.document(store.connection(), "doc-1").orElseThrow()));
    }
  }

  @Test
  void heldDocuments_stopAsked_cancelledNotOverBudget() throws Exception {
    try (Store store = Store.open(dir.resolve("store"))) {
      store.write(List.of(monthlyDoc(0), monthlyDoc(1)));
      store.refresh();
      assertThatThrownBy(() -> HeldDocuments.load(store.connection(), DossierJson.mapper(), Long.MAX_VALUE, () -> true))
          .isInstanceOf(java.util.concurrent.CancellationException.class);
    }
  }

  /** Compares every read-model answer with StoreQuery's for these names and search words; returns the count. */
  private static int compare(Store store, List<String> names, List<String> words) throws Exception {
    ReadModel m = load(store);
    StoreQuery q = new StoreQuery(store.connection(), store.index());
    int n = 0;
    assertThat(m.stats()).isEqualTo(q.stats());
    assertThat(m.actors(null, 500)).isEqualTo(q.actors(null, 500));
    List<EventFilter> filters = new ArrayList<>();
    filters.add(EventFilter.all(500));
    filters.add(EventFilter.all(3));
    filters.add(new EventFilter(null, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 6, 30), null, 100));
    filters.add(new EventFilter(null, null, null, "19", 100));
    filters.add(new EventFilter(null, LocalDate.of(1999, 1, 1), LocalDate.of(2001, 12, 31), null, 100));
    for (String name : names) {
      String word = name.substring(name.lastIndexOf(' ') + 1);
      assertThat(m.actors(word, 20)).as("actors %s", word).isEqualTo(q.actors(word, 20));
      assertThat(m.actorIds(name)).as("actorIds %s", name).isEqualTo(q.actorIds(name));
      filters.add(new EventFilter(name, null, null, null, 100));
      filters.add(new EventFilter(name, null, null, null, 5));
      filters.add(new EventFilter(name, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 8, 31), "0", 50));
      filters.add(new EventFilter(name, LocalDate.of(2000, 1, 1), LocalDate.of(2000, 12, 31), null, 100));
      EventFilter page = new EventFilter(null, LocalDate.of(2024, 1, 1), null, null, 100);
      assertThat(m.actor(name, page)).as("actor %s", name).isEqualTo(q.actor(name, page));
      n += 3;
    }
    for (EventFilter f : filters) {
      assertThat(m.events(f)).as("events %s", f).isEqualTo(q.events(f));
      assertThat(rounded(m.graph(f))).as("graph %s", f).isEqualTo(rounded(q.graph(f)));
      assertThat(m.quotes(f)).as("quotes %s", f).isEqualTo(q.quotes(f));
      assertThat(m.claims(f)).as("claims %s", f).isEqualTo(q.claims(f));
      assertThat(m.goals(f)).as("goals %s", f).isEqualTo(q.goals(f));
      n += 5;
    }
    for (Rows.EventRow e : q.events(EventFilter.all(100_000))) {
      assertThat(m.mentions(e.id())).as("mentions %s", e.id()).isEqualTo(q.mentions(e.id()));
      n++;
    }
    assertThat(m.mentions(-1)).isEmpty();
    List<String> docIds = new ArrayList<>();
    m.quotes(EventFilter.all(50)).forEach(x -> docIds.add(x.docId()));
    HeldDocuments held = HeldDocuments.load(store.connection(), DossierJson.mapper(), Long.MAX_VALUE);
    for (String id : docIds) {
      assertThat(new String(held.json(id), StandardCharsets.UTF_8)).as("document %s", id)
          .isEqualTo(DossierJson.toJson(DocumentQuery.document(store.connection(), id).orElseThrow()));
      n++;
    }
    for (String w : words) {
      for (String kind : new String[] {null, "article", "quote", "claim"}) {
        assertThat(m.search(w, kind, 20)).as("search %s %s", w, kind).isEqualTo(q.search(w, kind, 20));
        n++;
      }
    }
    return n;
  }

  /** Graph edges with the mean Goldstein score rounded: the database may sum in another order. */
  private static List<Rows.GraphEdge> rounded(List<Rows.GraphEdge> edges) {
    return edges.stream().map(e -> new Rows.GraphEdge(e.period(), e.actor1(), e.actor2(), e.events(),
        e.verbalCooperation(), e.materialCooperation(), e.verbalConflict(), e.materialConflict(),
        e.meanGoldstein() == null ? null : Math.round(e.meanGoldstein() * 1e9) / 1e9)).toList();
  }
}
