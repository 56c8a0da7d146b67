package org.dossier.eval.petrarch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.dossier.nlp.Extractor;
import org.dossier.nlp.InputException;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layers;

/**
 * PETRARCH2's unit-test records: each sentence runs through the pipeline with its date; every
 * Dossier event gives the codings (source actor code, target actor code, CAMEO code) of its
 * source × target actors, and {@link CodingScorer} counts the expected codings produced exactly and
 * at root level. Events produced on records that expect none are counted too. Reported over all
 * records and over each fixed half of them ({@link Split}).
 *
 * <p>The records use fictional actors (Arnor, Gondor…) and verbs defined in their own validation
 * dictionaries, as PETRARCH itself is tested: the suite reads {@code PETR.Validate.actors.txt} and
 * {@code PETR.Validate.verbs.txt} (and {@code PETR.Validate.agents.txt}) at run time into its own extractor
 * ({@code DossierConfig.withPetrarchDictionaries}); nothing of them is copied into Dossier.
 */
public final class PetrarchSuite implements Suite {
  /** Every record with a miss on stderr (see {@link Suite#debug()}). */
  private static final boolean DEBUG = Suite.debug();

  @Override
  public String name() {
    return "petrarch";
  }

  @Override
  public String dataDir() {
    return "petrarch2";
  }

  @Override
  public SuiteResult run(EvalContext ctx) throws IOException {
    long t0 = System.nanoTime();
    Path dir = ctx.data(dataDir());
    List<PetrarchRecords.Record> records = ctx.options().take(
        PetrarchRecords.read(dir.resolve("PETR.UnitTest.records.xml")));
    List<Path> actorDicts = existing(dir.resolve("PETR.Validate.actors.txt"));
    List<Path> verbDicts = existing(dir.resolve("PETR.Validate.verbs.txt"));
    List<Path> agentDicts = existing(dir.resolve("PETR.Validate.agents.txt"));
    Extractor extractor = actorDicts.isEmpty() && verbDicts.isEmpty() && agentDicts.isEmpty() ? ctx.extractor()
        : Extractor.create(ctx.options().config().withPetrarchDictionaries(actorDicts, verbDicts, agentDicts));
    Tally all = new Tally();
    Map<Split, Tally> halves = new EnumMap<>(Split.class);
    for (Split h : Split.values()) {
      halves.put(h, new Tally());
    }
    long events = 0;
    int failed = 0;
    for (PetrarchRecords.Record r : records) {
      List<PetrarchRecords.Coding> produced = new ArrayList<>();
      StringBuilder actorsSeen = new StringBuilder();
      try {
        Doc doc = extractor.annotate(DocumentInfo.of(r.id(), r.date(), r.text()));
        Map<String, Actor> byId = new HashMap<>();
        doc.find(Layers.ACTORS).orElse(List.of()).forEach(a -> byId.put(a.id(), a));
        if (DEBUG) {
          byId.values().forEach(a -> actorsSeen.append(a.aliases().isEmpty() ? a.name() : a.aliases()).append('=')
              .append(a.code()).append('/').append(a.type()).append("; "));
        }
        for (Event e : doc.find(Layers.EVENTS).orElse(List.of())) {
          events++;
          for (String s : codes(e.source(), byId)) {
            for (String t : codes(e.target(), byId)) {
              produced.add(new PetrarchRecords.Coding(s, t, e.cameo()));
            }
          }
        }
      } catch (InputException e) {
        failed++;
      }
      Tally half = halves.get(Split.of(r.id()));
      if (r.codings().isEmpty()) {
        if (DEBUG && !produced.isEmpty()) {
          System.err.println("SPURIOUS " + r.id() + " | " + r.text() + "\n  produced " + produced);
        }
        all.noEvent(produced);
        half.noEvent(produced);
        continue;
      }
      int[] s = CodingScorer.score(r.codings(), produced);
      if (DEBUG && s[2] < s[0]) {
        System.err.println("MISS " + r.id() + " | " + r.text() + "\n  expected " + r.codings() + "\n  produced " + produced + "\n  actors " + actorsSeen);
      }
      all.add(s);
      half.add(s);
    }
    List<Metric> m = new ArrayList<>(all.metrics(null));
    m.add(new Metric("records", "count", (double) records.size(), null));
    m.add(new Metric("events predicted", "count", (double) events, null));
    for (Split h : Split.values()) {
      m.addAll(halves.get(h).metrics(h));
      m.add(new Metric(h.suffix("records"), "count", (double) halves.get(h).records, null));
    }
    List<String> notes = new ArrayList<>();
    notes.add(records.size() + " records" + (ctx.options().limit() > 0 ? " (--limit)" : "")
        + (failed > 0 ? ", " + failed + " rejected by the pipeline" : ""));
    notes.add(actorDicts.isEmpty() && verbDicts.isEmpty()
        ? "validation dictionaries NOT found: the fictional actors and verbs of these records are unknown"
        : "validation dictionaries read at run time: actors " + names(actorDicts) + ", verbs " + names(verbDicts)
            + ", agents " + names(agentDicts));
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
    int records;
    int expected;
    int exact;
    int root;
    int noEventRecords;
    int spurious;

    void noEvent(List<PetrarchRecords.Coding> produced) {
      records++;
      noEventRecords++;
      spurious += produced.isEmpty() ? 0 : 1;
    }

    /** Adds {@link CodingScorer#score}'s {expected, exact, root}. */
    void add(int[] s) {
      records++;
      expected += s[0];
      exact += s[1];
      root += s[2];
    }

    /** The metrics, named with the half's suffix when {@code half} is not null. */
    List<Metric> metrics(Split half) {
      List<Metric> m = new ArrayList<>();
      m.add(Metric.share(name("expected codings produced exactly", half), share(exact, expected), null));
      m.add(Metric.share(name("expected codings produced at root", half), share(root, expected), null));
      m.add(Metric.share(name("no-event records with an event", half), share(spurious, noEventRecords), null));
      m.add(new Metric(name("expected codings", half), "count", (double) expected, null));
      return m;
    }

    private static String name(String metric, Split half) {
      return half == null ? metric : half.suffix(metric);
    }
  }

  private static List<String> codes(List<String> ids, Map<String, Actor> byId) {
    List<String> out = new ArrayList<>();
    for (String id : ids) {
      Actor a = byId.get(id);
      if (a != null && a.code() != null) {
        out.add(a.code());
      }
    }
    if (out.isEmpty()) {
      out.add("---");
    }
    return out;
  }

  private static List<Path> existing(Path p) {
    return Files.isRegularFile(p) ? List.of(p) : List.of();
  }

  private static List<String> names(List<Path> paths) {
    return paths.stream().map(p -> p.getFileName().toString()).toList();
  }

  private static double share(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }
}
