package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.dossier.model.Actor;
import org.dossier.model.ActorType;
import org.dossier.model.DocumentInfo;
import org.dossier.model.Dossier;
import org.dossier.model.Event;
import org.dossier.model.Span;
import org.dossier.store.query.EventFilter;
import org.dossier.store.query.Rows.ActorProfile;
import org.dossier.store.query.Rows.GraphEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A synthetic store the size of the AFP/Xinhua corpus (2,500 articles, ten coded events each,
 * 60 countries): an actor's timeline and a month's relation graph must answer in under 200 ms.
 */
class StorePerformanceTest {
  private static final String[] CODES = {"010", "036", "040", "042", "043", "057", "111", "112", "130", "173",
      "190", "193"};

  @TempDir
  Path dir;

  @Test
  void query_corpusSizedStore_timelineAndMonthGraphUnder200ms() {
    Random random = new Random(7);
    List<Dossier> docs = new ArrayList<>();
    LocalDate day0 = LocalDate.of(2005, 1, 1);
    for (int d = 0; d < 2500; d++) {
      LocalDate published = day0.plusDays(random.nextInt(730));
      StringBuilder text = new StringBuilder();
      List<Actor> actors = new ArrayList<>();
      List<Event> events = new ArrayList<>();
      for (int a = 0; a < 6; a++) {
        String name = "Country" + (char) ('A' + random.nextInt(26)) + (char) ('a' + random.nextInt(3));
        actors.add(new Actor("a" + (a + 1), name, ActorType.COUNTRY, null,
            name.substring(7).toUpperCase(Locale.ROOT) + "X", null, List.of(), List.of(), List.of()));
      }
      for (int e = 0; e < 10; e++) {
        int start = text.length();
        text.append("Sentence ").append(e).append(" of article ").append(d).append(" about events. ");
        String code = CODES[random.nextInt(CODES.length)];
        int src = random.nextInt(6);
        int tgt = (src + 1 + random.nextInt(5)) % 6;
        events.add(new Event("e" + (e + 1), code, null, 1 + random.nextInt(4), random.nextInt(21) - 10.0, "x",
            List.of("a" + (src + 1)), List.of("a" + (tgt + 1)), null,
            published.minusDays(random.nextInt(3)).toString(), "asserted", null,
            Span.of(text.toString(), start, text.length() - 1)));
      }
      docs.add(Dossier.builder(new DocumentInfo("doc" + d, null, published, "Wire" + (d % 5), null, "en",
          text.toString())).actors(actors).events(events).build());
    }
    try (Store store = Store.open(dir)) {
      for (int i = 0; i < docs.size(); i += 250) {
        store.write(docs.subList(i, Math.min(docs.size(), i + 250)));
      }
      long t0 = System.nanoTime();
      store.refresh();
      double refreshMs = (System.nanoTime() - t0) / 1e6;
      assertThat(store.query().stats().mentions()).isEqualTo(25_000);
      double timeline = Double.MAX_VALUE;
      double graph = Double.MAX_VALUE;
      for (int run = 0; run < 3; run++) {
        long a = System.nanoTime();
        ActorProfile p = store.query().actor("CountryBa", EventFilter.all(1000));
        timeline = Math.min(timeline, (System.nanoTime() - a) / 1e6);
        assertThat(p.timeline()).isNotEmpty();
        long b = System.nanoTime();
        List<GraphEdge> edges = store.query().graph(new EventFilter(null, LocalDate.of(2005, 6, 1),
            LocalDate.of(2005, 6, 30), null, 10_000));
        graph = Math.min(graph, (System.nanoTime() - b) / 1e6);
        assertThat(edges).isNotEmpty();
      }
      System.out.printf(Locale.ROOT, "store perf: %d events; refresh %.0f ms; actor timeline %.1f ms;"
          + " month graph %.1f ms%n", store.query().stats().events(), refreshMs, timeline, graph);
      assertThat(timeline).isLessThan(200);
      assertThat(graph).isLessThan(200);
    }
  }
}
