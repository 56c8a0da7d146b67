package org.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dossier.model.Actor;
import org.dossier.model.ActorType;
import org.dossier.model.CodePointIndex;
import org.dossier.model.DocumentInfo;
import org.dossier.model.Dossier;
import org.dossier.model.Event;
import org.dossier.model.Goal;
import org.dossier.store.Store;
import org.dossier.store.query.EventFilter;
import org.dossier.store.query.FacetQuery;
import org.dossier.store.query.Rows;
import org.dossier.store.query.StoreQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analyst's views on a fixture store: facets counted over the whole store equal what the
 * store's list queries count, the timeline puts the news newest first and background apart, an
 * event lists its reports, networks answer one question, statements group by what they say.
 */
class AnalystViewsTest {
  @TempDir
  Path dir;

  /**
   * An agency-style article of 2024-12-20 that mentions, besides the news, a war of 1900 (the
   * kind of date a misread clock time "1900 GMT" would also give) and that repeats a goal.
   */
  static Dossier agencyDoc() {
    String text = "Ruritania hosted Freedonia for talks on Friday. Freedonia invaded Ruritania in 1900."
        + " Bob Sample wants a lasting peace.";
    CodePointIndex idx = CodePointIndex.of(text);
    int r = text.indexOf("Ruritania");
    int f = text.indexOf("Freedonia");
    int b = text.indexOf("Bob Sample");
    int s2 = text.indexOf("Freedonia invaded");
    List<Actor> actors = List.of(
        new Actor("a1", "Ruritania", ActorType.COUNTRY, null, "RUR", "RUR", List.of(), List.of(), List.of(idx.span(r, r + 9))),
        new Actor("a2", "Freedonia", ActorType.COUNTRY, null, "FRE", "FRE", List.of(), List.of(), List.of(idx.span(f, f + 9))),
        new Actor("a4", "Bob Sample", ActorType.PERSON, null, "FRE", null, List.of(), List.of(), List.of(idx.span(b, b + 10))));
    List<Event> events = List.of(
        new Event("e1", "042", "CONSULT", 1, 1.9, "Make a visit", List.of("a2"), List.of("a1"), null, "2024-12-20",
            "asserted", null, idx.span(0, s2 - 1)),
        new Event("e2", "192", "FIGHT", 4, -10.0, "Occupy territory", List.of("a2"), List.of("a1"), null, "1900",
            "asserted", null, idx.span(s2, text.indexOf("1900.") + 5)));
    int g = text.indexOf("a lasting peace");
    Goal goal = new Goal("g1", "a4", "A lasting peace.", false, g, g + 16);
    return Dossier.builder(new DocumentInfo("AFP_ENG_20241220.0001", "Talks", LocalDate.of(2024, 12, 20), null, null,
        "en", text)).actors(actors).events(events).goals(List.of(goal)).build();
  }

  private Store store() {
    return ReadModelTest.monthlyStore(dir.resolve("store"), agencyDoc());
  }

  @Test
  void facets_fixtureStore_countsEqualStoreQueryCounts() {
    try (Store store = store()) {
      StoreQuery q = new StoreQuery(store.connection(), store.index());
      FacetQuery fq = new FacetQuery(store.connection(), q);
      List<EventFilter> filters = List.of(EventFilter.all(1), new EventFilter("Ruritania", null, null, null, 1),
          new EventFilter(null, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 8, 31), null, 1),
          new EventFilter("Freedonia", null, null, "19", 1));
      int checked = 0;
      for (EventFilter f : filters) {
        FacetQuery.Facets facets = fq.facets(f);
        assertThat(facets.eventRoots()).as("roots of %s", f).isNotEmpty();
        for (Map.Entry<String, Long> e : facets.eventRoots().entrySet()) {
          EventFilter root = new EventFilter(f.actor(), f.from(), f.to(), e.getKey(), 100_000);
          assertThat(q.events(root)).as("root %s of %s", e.getKey(), f).hasSize(e.getValue().intValue());
          checked++;
        }
        for (Map.Entry<String, Long> e : facets.eventYears().entrySet()) {
          int y = Integer.parseInt(e.getKey());
          LocalDate from = max(f.from(), LocalDate.of(y, 1, 1));
          LocalDate to = min(f.to(), LocalDate.of(y, 12, 31));
          assertThat(q.events(new EventFilter(f.actor(), from, to, f.code(), 100_000))).as("year %s of %s", y, f)
              .hasSize(e.getValue().intValue());
          checked++;
        }
        long total = q.events(new EventFilter(f.actor(), f.from(), f.to(), f.code(), 100_000)).size();
        assertThat(facets.eventRoots().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(total);
      }
      FacetQuery.Facets all = fq.facets(EventFilter.all(1));
      List<Rows.ActorRow> actors = q.actors(null, 100_000);
      for (Map.Entry<String, Long> e : all.actorTypes().entrySet()) {
        assertThat(actors.stream().filter(a -> e.getKey().equals(a.type()))).as("type %s", e.getKey())
            .hasSize(e.getValue().intValue());
        checked++;
      }
      for (Map.Entry<String, Long> e : all.actorCountries().entrySet()) {
        assertThat(actors.stream().filter(a -> e.getKey().equals(a.country() == null ? FacetQuery.UNDATED : a.country())))
            .as("country %s", e.getKey()).hasSize(e.getValue().intValue());
        checked++;
      }
      assertThat(checked).isGreaterThan(15);
      // the source of an agency's Gigaword-style id is the agency; ids without one have none
      assertThat(all.documentSources()).containsEntry("AFP", 1L).containsEntry(FacetQuery.UNDATED, 13L);
      assertThat(all.documentYears()).containsEntry("2024", 14L);
      assertThat(all.eventYears()).containsKey("1900");
    }
  }

  @Test
  void actors_typeAndCountry_filteredOverAllActorsAsFacetsCount() throws Exception {
    try (Store store = store(); StoreService s = new StoreService(store, 1)) {
      FacetQuery.Facets f = s.facets(EventFilter.all(1));
      for (Map.Entry<String, Long> e : f.actorTypes().entrySet()) {
        assertThat(s.actors(null, e.getKey(), null, 500)).hasSize(e.getValue().intValue())
            .allSatisfy(a -> assertThat(a.type()).isEqualTo(e.getKey()));
      }
      assertThat(s.actors(null, "PERSON", "FRE", 500)).extracting(Rows.ActorRow::name).containsExactly("Bob Sample");
      assertThat(s.actors("Ruri", "PERSON", null, 500)).isEmpty();
    }
  }

  @Test
  void timeline_storeWithBackgroundEvent_newsNewestFirstBackgroundApart() throws Exception {
    try (Store store = store(); StoreService s = new StoreService(store, 1)) {
      PublicationRange range = s.published();
      assertThat(range.from()).isAfter(LocalDate.of(2024, 1, 1));
      assertThat(range.to()).isEqualTo(LocalDate.of(2024, 12, 20));
      Timeline.Page news = s.timeline(EventFilter.all(500), Timeline.Band.NEWS, 0);
      assertThat(news.events()).isNotEmpty().noneSatisfy(e -> assertThat(e.date()).startsWith("1900"));
      assertThat(news.events().get(0).date()).isEqualTo("2024-12-20");
      List<String> dates = news.events().stream().map(Rows.EventRow::date).toList();
      List<String> newestFirst = new ArrayList<>(dates);
      newestFirst.sort(java.util.Comparator.reverseOrder());
      assertThat(dates).isEqualTo(newestFirst);
      assertThat(news.background()).isEqualTo(1);
      Timeline.Page background = s.timeline(EventFilter.all(500), Timeline.Band.BACKGROUND, 0);
      assertThat(background.events()).extracting(Rows.EventRow::date).containsExactly("1900");
      Timeline.Page paged = s.timeline(EventFilter.all(2), Timeline.Band.NEWS, 2);
      assertThat(paged.events()).isEqualTo(news.events().subList(2, 4));
      assertThat(paged.total()).isEqualTo(news.total());
    }
  }

  @Test
  void event_reportedTwice_listsEveryReportWithSourceCounts() throws Exception {
    try (Store store = store(); StoreService s = new StoreService(store, 1)) {
      // months 11 and 12 of the fixture share a day: one event, two reports
      Rows.EventRow busiest = s.events(EventFilter.all(500)).stream()
          .max(java.util.Comparator.comparingInt(Rows.EventRow::numArticles)).orElseThrow();
      Timeline.EventView v = s.event(busiest.id()).orElseThrow();
      assertThat(v.reports()).hasSize(busiest.numMentions());
      assertThat(v.articles()).isEqualTo(busiest.numArticles()).isGreaterThan(1);
      assertThat(v.reports()).allSatisfy(r -> assertThat(r.evidence()).isNotBlank());
      assertThat(s.event(-5)).isEmpty();
    }
  }

  @Test
  void network_questions_neighbourhoodDyadStrongest() throws Exception {
    try (Store store = store(); StoreService s = new StoreService(store, 1)) {
      Relations.Network busiest = s.network(EventFilter.all(1), null, false, 60).orElseThrow();
      assertThat(busiest.mode()).isEqualTo("actor");
      assertThat(busiest.focus()).isIn("Ruritania", "Freedonia");
      assertThat(busiest.nodes()).extracting(Relations.Node::name).containsExactlyInAnyOrder("Ruritania", "Freedonia");
      Relations.Link link = busiest.links().get(0);
      // without dates asked, the news the store's publication range reports: the war of 1900 is not in it
      assertThat(busiest.from()).isEqualTo(s.published().eventsFrom());
      long between = s.eventsBetween(new EventFilter("Ruritania", busiest.from(), busiest.to(), null, 500), "Freedonia",
          false).size();
      assertThat(link.events()).isEqualTo((int) between);
      assertThat(link.cooperation() + link.conflict()).isEqualTo(link.events());
      Relations.Network dyad = s.network(new EventFilter("Freedonia", null, null, null, 1), "Ruritania", false, 60)
          .orElseThrow();
      assertThat(dyad.mode()).isEqualTo("dyad");
      assertThat(dyad.with()).isEqualTo("Ruritania");
      assertThat(dyad.nodes()).allSatisfy(n -> assertThat(n.focus()).isTrue());
      Relations.Network capped = s.network(EventFilter.all(1), null, true, 2).orElseThrow();
      assertThat(capped.nodes()).hasSizeLessThanOrEqualTo(2);
      assertThat(s.network(new EventFilter("Nobody", null, null, null, 1), null, false, 60)).isEmpty();
      Relations.Dyad d = s.dyad(new EventFilter("Ruritania", LocalDate.of(2024, 12, 1), LocalDate.of(2024, 12, 31),
          null, 100), "Freedonia").orElseThrow();
      assertThat(d.events()).isNotEmpty().allSatisfy(e -> assertThat(e.date()).startsWith("2024-12"));
      assertThat(d.trend()).extracting(Relations.TrendPoint::period).isSorted().doesNotContain("1900-01");
    }
  }

  @Test
  void statements_sameGoalInManyArticles_oneGroupRankedFirst() throws Exception {
    try (Store store = store(); StoreService s = new StoreService(store, 1)) {
      StoreService.Statements said = s.statements("Bob Sample", EventFilter.all(10), 10).orElseThrow();
      // "a lasting peace" in thirteen articles and "A lasting peace." in one: one goal, fourteen articles
      assertThat(said.goals()).hasSize(1);
      assertThat(said.goals().get(0).articles()).isEqualTo(14);
      assertThat(said.goals().get(0).text()).isEqualTo("a lasting peace");
      assertThat(said.goals().get(0).evidence()).hasSize(StatementGroups.EVIDENCE);
      assertThat(said.claims().get(0).articles()).isGreaterThan(1);
      assertThat(s.statements("Nobody", EventFilter.all(10), 10)).isEmpty();
    }
  }

  @Test
  void publicationRange_strayDates_leftOutOfTheDenseRange() {
    TreeMap<LocalDate, Long> days = new TreeMap<>();
    days.put(LocalDate.of(1841, 1, 1), 1L);
    for (int d = 1; d <= 28; d++) {
      days.put(LocalDate.of(2006, 11, d), 4L);
    }
    days.put(LocalDate.of(2006, 12, 2), 3L);
    PublicationRange r = PublicationRange.of(days);
    assertThat(r.first()).isEqualTo(LocalDate.of(1841, 1, 1));
    assertThat(r.from()).isEqualTo(LocalDate.of(2006, 11, 1));
    assertThat(r.to()).isEqualTo(LocalDate.of(2006, 12, 2));
    assertThat(r.months()).extracting(PublicationRange.Month::month).containsExactly("2006-11", "2006-12");
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a == null ? b : a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a == null ? b : a.isBefore(b) ? a : b;
  }
}
