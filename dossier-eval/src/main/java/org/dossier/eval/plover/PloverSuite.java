package org.dossier.eval.plover;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.eval.EvalContext;
import org.dossier.eval.Metric;
import org.dossier.eval.Split;
import org.dossier.eval.Suite;
import org.dossier.eval.SuiteResult;
import org.dossier.model.Actor;
import org.dossier.model.DocumentInfo;
import org.dossier.model.Event;
import org.dossier.nlp.InputException;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layers;

/**
 * The PLOVER gold-standard records ({@code PLOVER_GSR_CAMEO.txt}): each sentence runs through the
 * pipeline with the record's date; Dossier's events are typed by their {@code plover} field or,
 * when absent, by their CAMEO code through the CAMEO→PLOVER table; gold types are renamed to the
 * 2021 vocabulary ({@link CameoPlover#RENAMED}). Reports event type accuracy, source and target
 * match and full-record match ({@link EventRecordScorer}), over all records and over each fixed
 * half of them ({@link Split}). CoreNLP has no event coder: no baseline.
 */
public final class PloverSuite implements Suite {
  /** Every record with a miss on stderr (see {@link Suite#debug()}). */
  private static final boolean DEBUG = Suite.debug();

  @Override
  public String name() {
    return "plover";
  }

  @Override
  public String dataDir() {
    return "plover_gsr";
  }

  @Override
  public SuiteResult run(EvalContext ctx) throws IOException {
    long t0 = System.nanoTime();
    Path dir = ctx.data(dataDir());
    CameoPlover table = CameoPlover.read(dir.resolve("CAMEO2PLOVER-2021.txt"));
    JsonNode file = new ObjectMapper().readTree(dir.resolve("PLOVER_GSR_CAMEO.txt").toFile());
    List<JsonNode> records = new ArrayList<>();
    for (JsonNode r : file) {
      if (r.hasNonNull("text") && r.hasNonNull("event") && !"DOCUMENT".equals(r.get("event").asText())) {
        records.add(r);
      }
    }
    records = ctx.options().take(records);
    Tally all = new Tally();
    Map<Split, Tally> halves = new EnumMap<>(Split.class);
    for (Split h : Split.values()) {
      halves.put(h, new Tally());
    }
    int n = 0;
    long events = 0;
    int failed = 0;
    for (JsonNode r : records) {
      String text = r.get("text").asText();
      String id = r.path("id").asText("plover-" + n);
      EventRecordScorer.Gold gold = new EventRecordScorer.Gold(CameoPlover.normalize(r.get("event").asText()),
          actors(r.get("source"), text), actors(r.get("target"), text));
      List<EventRecordScorer.Predicted> pred = new ArrayList<>();
      List<String> found = new ArrayList<>();
      try {
        Doc doc = ctx.extractor().annotate(DocumentInfo.of(id, date(r), text));
        Map<String, Actor> byId = new HashMap<>();
        doc.find(Layers.ACTORS).orElse(List.of()).forEach(a -> byId.put(a.id(), a));
        byId.values().forEach(a -> found.add(a.name()));
        for (Event e : doc.find(Layers.EVENTS).orElse(List.of())) {
          String t = e.plover() != null ? CameoPlover.normalize(e.plover()) : table.type(e.cameo());
          pred.add(new EventRecordScorer.Predicted(t, resolve(e.source(), byId), resolve(e.target(), byId)));
        }
      } catch (InputException e) {
        failed++;
      }
      events += pred.size();
      EventRecordScorer.Outcome o = EventRecordScorer.score(gold, pred);
      if (DEBUG) {
        StringBuilder sb = new StringBuilder();
        sb.append(o.full() ? "FULL " : o.type() ? "TYPE " : "MISS ").append(gold.type()).append(" | ").append(text)
            .append("\n   gold src=").append(gold.sources().stream().map(EventRecordScorer.GoldActor::text).toList())
            .append(" tgt=").append(gold.targets().stream().map(EventRecordScorer.GoldActor::text).toList())
            .append("\n   actors=").append(found);
        for (EventRecordScorer.Predicted p : pred) {
          sb.append("\n   pred ").append(p.type()).append(" src=").append(p.sources().stream().map(Actor::name).toList())
              .append(" tgt=").append(p.targets().stream().map(Actor::name).toList());
        }
        System.err.println(sb);
      }
      n++;
      all.add(gold, o);
      halves.get(Split.of(id)).add(gold, o);
    }
    List<Metric> m = new ArrayList<>(all.metrics(null));
    m.add(new Metric("gold records", "count", (double) n, null));
    m.add(new Metric("events predicted", "count", (double) events, null));
    for (Split h : Split.values()) {
      m.addAll(halves.get(h).metrics(h));
      m.add(new Metric(h.suffix("gold records"), "count", (double) halves.get(h).n, null));
    }
    int withSource = all.withSource;
    int withTarget = all.withTarget;
    List<String> notes = new ArrayList<>();
    notes.add(n + " records" + (ctx.options().limit() > 0 ? " (--limit)" : "") + "; type from the event's plover"
        + " field or CAMEO via CAMEO2PLOVER-2021 (" + table.size() + " codes); gold 0.5 names renamed "
        + CameoPlover.RENAMED + (failed > 0 ? "; " + failed + " rejected by the pipeline" : ""));
    notes.add("source/target match over records with gold sources (" + withSource + ") / targets (" + withTarget
        + "); an actor matches by overlapping mention, shared name words or CAMEO code");
    if (events == 0) {
      notes.add("Dossier produced no events: the event coder is not in the pipeline yet");
    }
    notes.add("[dev] and [test]: the fixed halves of the records by id (org.dossier.eval.Split: CRC-32 of the id,"
        + " even = dev); rules are tuned on dev only, the test half is only scored (rules written before"
        + " the split saw both)");
    notes.add("no CoreNLP counterpart (CoreNLP has no event coder)");
    return new SuiteResult(name(), m, notes, (System.nanoTime() - t0) / 1e9);
  }

  /** The counts of one set of records (all of them, or one half). */
  private static final class Tally {
    int n;
    int any;
    int type;
    int source;
    int withSource;
    int target;
    int withTarget;
    int full;

    void add(EventRecordScorer.Gold gold, EventRecordScorer.Outcome o) {
      n++;
      any += o.anyEvent() ? 1 : 0;
      type += o.type() ? 1 : 0;
      full += o.full() ? 1 : 0;
      if (!gold.sources().isEmpty()) {
        withSource++;
        source += o.source() ? 1 : 0;
      }
      if (!gold.targets().isEmpty()) {
        withTarget++;
        target += o.target() ? 1 : 0;
      }
    }

    /** The share metrics, named with the half's suffix when {@code half} is not null. */
    List<Metric> metrics(Split half) {
      List<Metric> m = new ArrayList<>();
      m.add(Metric.share(name("records with any event", half), share(any, n), null));
      m.add(Metric.share(name("event type accuracy", half), share(type, n), null));
      m.add(Metric.share(name("source match", half), share(source, withSource), null));
      m.add(Metric.share(name("target match", half), share(target, withTarget), null));
      m.add(Metric.share(name("full-record match", half), share(full, n), null));
      return m;
    }

    private static String name(String metric, Split half) {
      return half == null ? metric : half.suffix(metric);
    }
  }

  private static List<Actor> resolve(List<String> ids, Map<String, Actor> byId) {
    List<Actor> out = new ArrayList<>();
    for (String id : ids) {
      Actor a = byId.get(id);
      if (a != null) {
        out.add(a);
      }
    }
    return out;
  }

  private static List<EventRecordScorer.GoldActor> actors(JsonNode node, String text) {
    List<EventRecordScorer.GoldActor> out = new ArrayList<>();
    if (node == null || !node.isArray()) {
      return out;
    }
    for (JsonNode a : node) {
      String t = a.path("actorText").asText("");
      if (t.isBlank()) {
        continue;
      }
      int c = text.indexOf(t);
      int b = c < 0 ? -1 : text.codePointCount(0, c);
      int e = c < 0 ? -1 : b + t.codePointCount(0, t.length());
      out.add(new EventRecordScorer.GoldActor(t, a.path("code").asText(null), b, e));
    }
    return out;
  }

  private static LocalDate date(JsonNode r) {
    try {
      return r.hasNonNull("date") ? LocalDate.parse(r.get("date").asText()) : null;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static double share(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }
}
