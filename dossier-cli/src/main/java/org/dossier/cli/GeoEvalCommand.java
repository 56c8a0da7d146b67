package org.dossier.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dossier.model.Actor;
import org.dossier.model.DocumentInfo;
import org.dossier.model.Geo;
import org.dossier.model.Span;
import org.dossier.nlp.DossierConfig;
import org.dossier.nlp.Extractor;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.geo.Gazetteer;
import org.dossier.nlp.geo.GeoResolver;
import org.dossier.nlp.geo.Place;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dossier eval-geo}: place-resolution accuracy on the Wikipedia-linked places of GUM's
 * Wikinews documents, and resolution coverage on re3d's gold locations (re3d has no links), each
 * beside the population-only baseline. The corpora are read at run time from {@code --data}.
 *
 * <p>A GUM place counts as correct when the extracted actor overlapping it resolved to an entry whose
 * name matches the Wikipedia title's head and, for titles like "Springfield, Illinois", whose
 * subdivision or country matches the qualifier.
 */
@Command(name = "eval-geo", mixinStandardHelpOptions = true,
    description = "Geocoding accuracy on gum_wikinews places and re3d locations vs the population-only baseline.")
final class GeoEvalCommand implements Callable<Integer> {
  @Option(names = "--data", description = "Directory holding gum_wikinews/ and re3d/ (default: ../shared/data).")
  Path data = Path.of("..", "shared", "data");

  @Option(names = "--errors", description = "Print every GUM place the resolver in context gets wrong or leaves open.")
  boolean errors;

  private record Gold(int start, int end, String text, String title) {}

  private static final class Score {
    int gold;
    int resolved;
    int correct;

    String line(String name) {
      return String.format(Locale.ROOT, "  %-18s gold %4d  resolved %4d (%.1f%%)  correct %4d  accuracy %.1f%%  precision %.1f%%",
          name, gold, resolved, pct(resolved, gold), correct, pct(correct, gold), pct(correct, resolved));
    }
  }

  @Override
  public Integer call() throws Exception {
    Extractor extractor = Extractor.create(DossierConfig.defaults());
    GeoResolver baseline = GeoResolver.populationOnly();
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long heap0 = rt.totalMemory() - rt.freeMemory();
    long t0 = System.nanoTime();
    Gazetteer gaz = Gazetteer.builtIn();
    long ms = (System.nanoTime() - t0) / 1_000_000;
    System.gc();
    System.out.printf(Locale.ROOT, "gazetteer: %d cities, loaded in %d ms, ~%d MB heap%n",
        gaz.cityCount(), ms, (rt.totalMemory() - rt.freeMemory() - heap0) >> 20);
    Score ctx = new Score();
    Score base = new Score();
    Path tsvDir = data.resolve("gum_wikinews/coref/gum/tsv");
    if (Files.isDirectory(tsvDir)) {
      List<Path> files;
      try (Stream<Path> s = Files.list(tsvDir)) {
        files = s.filter(p -> p.getFileName().toString().startsWith("GUM_news_")).sorted().toList();
      }
      for (Path f : files) {
        StringBuilder text = new StringBuilder();
        List<Gold> gold = readGum(f, text);
        Doc doc = extractor.annotate(DocumentInfo.of(f.getFileName().toString(), LocalDate.now(), text.toString()));
        List<String> c = score(gold, doc.get(Layers.ACTORS), ctx, true, gaz);
        List<String> b = score(gold, baseline.apply(withoutGeo(doc)).get(Layers.ACTORS), base, true, gaz);
        for (int i = 0; errors && i < gold.size(); i++) {
          if (!c.get(i).startsWith("ok") || !c.get(i).equals(b.get(i))) {
            System.out.printf(Locale.ROOT, "  %s %-28s %-30s context: %s | baseline: %s%n", f.getFileName(),
                '"' + gold.get(i).text() + '"', gold.get(i).title(), c.get(i), c.get(i).equals(b.get(i)) ? "same" : b.get(i));
          }
        }
      }
      System.out.println("gum_wikinews (" + files.size() + " news documents, Wikipedia-linked places):");
      System.out.println(ctx.line("in context"));
      System.out.println(base.line("population only"));
    }
    Score rCtx = new Score();
    Score rBase = new Score();
    try (Stream<Path> s = Files.exists(data.resolve("re3d")) ? Files.list(data.resolve("re3d")) : Stream.empty()) {
      for (Path dir : s.filter(Files::isDirectory).sorted().toList()) {
        Map<String, List<Gold>> golds = new HashMap<>();
        for (JsonNode e : jsonLines(dir.resolve("entities.json"))) {
          if ("Location".equals(e.path("type").asText())) {
            golds.computeIfAbsent(e.path("documentId").asText(), k -> new ArrayList<>())
                .add(new Gold(e.path("begin").asInt(), e.path("end").asInt(), e.path("value").asText(), null));
          }
        }
        for (JsonNode d : jsonLines(dir.resolve("documents.json"))) {
          List<Gold> gold = golds.getOrDefault(d.path("_id").asText(), List.of());
          String text = d.path("text").asText();
          if (gold.isEmpty() || text.isBlank()) {
            continue;
          }
          Doc doc = extractor.annotate(DocumentInfo.of(d.path("_id").asText(), LocalDate.now(), text));
          score(gold, doc.get(Layers.ACTORS), rCtx, false, gaz);
          score(gold, baseline.apply(withoutGeo(doc)).get(Layers.ACTORS), rBase, false, gaz);
        }
      }
    }
    if (rCtx.gold > 0) {
      System.out.println("re3d (gold Location mentions; no links, so coverage only):");
      System.out.println(rCtx.line("in context").replaceAll("correct.*", ""));
      System.out.println(rBase.line("population only").replaceAll("correct.*", ""));
    }
    rt.gc();
    System.out.printf(Locale.ROOT, "heap in use after run: %d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
    return 0;
  }

  /** The document as the geo component found it: its place actors without a location. */
  private static Doc withoutGeo(Doc doc) {
    return doc.with(Layers.ACTORS, doc.get(Layers.ACTORS).stream().map(a -> a.withGeo(null)).toList());
  }

  /** Scores each gold place; returns, per gold, what it resolved to ("ok …" when correct). */
  private static List<String> score(List<Gold> gold, List<Actor> actors, Score s, boolean linked, Gazetteer gaz) {
    List<String> out = new ArrayList<>(gold.size());
    for (Gold g : gold) {
      s.gold++;
      // the gold place is the first name in its span ("Chicago" in "Chicago, Illinois"); a seat
      // standing for its government still names a place, so the place actor's metonymy counts and
      // wins over the country actor sharing the span
      Geo geo = null;
      String name = null;
      int at = Integer.MAX_VALUE;
      for (Actor a : actors) {
        List<Span> spans = new ArrayList<>(a.mentions());
        boolean metonym = a.metonymy() != null && a.geo() != null;
        if (metonym) {
          spans.addAll(a.metonymy().mentions());
        }
        for (Span m : spans) {
          if (m.start() < g.end() && g.start() < m.end() && (m.start() < at || m.start() == at && metonym)) {
            at = m.start();
            geo = a.geo();
            name = a.name();
          }
        }
      }
      boolean ok = geo != null && linked && matches(g.title(), geo, gaz);
      out.add((ok ? "ok " : "") + (geo == null ? (name == null ? "no actor" : "unresolved " + name)
          : name + " " + geo.featureClass() + " " + geo.countryCode() + "/" + geo.admin1()
              + String.format(Locale.ROOT, " (%.2f,%.2f)", geo.lat(), geo.lon())));
      if (geo == null) {
        continue;
      }
      s.resolved++;
      if (ok) {
        s.correct++;
      }
    }
    return out;
  }

  /** Whether the Wikipedia title names the resolved place. */
  static boolean matches(String title, Geo geo, Gazetteer gaz) {
    String t = java.net.URLDecoder.decode(title.replace("+", "%2B"), StandardCharsets.UTF_8).replace('_', ' ');
    String head = t.contains(",") ? t.substring(0, t.indexOf(',')).trim() : t.replaceAll("\\s*\\(.*\\)$", "");
    String qual = t.contains(",") ? t.substring(t.indexOf(',') + 1).trim() : null;
    // the head names it ("Springfield" of "Springfield, Illinois"), or the whole title does when the
    // gazetteer's name has the comma itself ("Washington, D.C.")
    if (qual != null && gaz.lookup(t).stream()
        .anyMatch(p -> Math.abs(p.lat() - geo.lat()) < 0.05 && Math.abs(p.lon() - geo.lon()) < 0.05)) {
      return true;
    }
    List<Place> named = gaz.lookup(head);
    boolean headOk = named.stream().anyMatch(p -> Math.abs(p.lat() - geo.lat()) < 0.05 && Math.abs(p.lon() - geo.lon()) < 0.05);
    if (!headOk || qual == null) {
      return headOk;
    }
    String country = geo.countryCode() == null ? null : gaz.country(geo.countryCode()).map(Place::name).orElse(null);
    return qual.equalsIgnoreCase(geo.admin1()) || qual.equalsIgnoreCase(country)
        || gaz.lookup(qual).stream().anyMatch(p -> p.countryCode() != null && p.countryCode().equals(geo.countryCode()));
  }

  /** Reads a GUM WebAnno TSV: rebuilds the text from token offsets and collects linked place spans. */
  private static List<Gold> readGum(Path f, StringBuilder text) throws IOException {
    Map<String, int[]> spans = new LinkedHashMap<>();
    Map<String, String> titles = new HashMap<>();
    try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        String[] c = line.split("\t", -1);
        if (line.startsWith("#") || c.length < 7 || !c[0].matches("\\d+-\\d+")) {
          continue;
        }
        String[] off = c[1].split("-");
        int b = Integer.parseInt(off[0]);
        int e = Integer.parseInt(off[1]);
        while (text.length() < b) {
          text.append(' ');
        }
        text.replace(b, Math.min(e, text.length()), "");
        text.insert(b, c[2]);
        String[] types = c[3].split("\\|");
        String[] ids = c[6].split("\\|");
        for (int i = 0; i < types.length; i++) {
          if (!types[i].startsWith("place")) {
            continue;
          }
          String key = types[i].contains("[") ? types[i] : "tok" + (n++);
          int[] span = spans.computeIfAbsent(key, k -> new int[] {b, e});
          span[0] = Math.min(span[0], b);
          span[1] = Math.max(span[1], e);
          for (String id : ids) {
            String idKey = id.contains("[") ? id.substring(id.indexOf('[')) : "";
            String typeKey = types[i].contains("[") ? types[i].substring(types[i].indexOf('[')) : "";
            if (!id.equals("_") && idKey.equals(typeKey)) {
              titles.put(key, id.replaceAll("\\[\\d+\\]$", ""));
            }
          }
        }
      }
    }
    List<Gold> out = new ArrayList<>();
    spans.forEach((k, s) -> {
      String title = titles.get(k);
      if (title != null && !title.isBlank() && s[1] <= text.length()) {
        out.add(new Gold(s[0], s[1], text.substring(s[0], s[1]), title));
      }
    });
    return out;
  }

  private static List<JsonNode> jsonLines(Path p) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    if (!Files.exists(p)) {
      return out;
    }
    ObjectMapper m = new ObjectMapper();
    for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        out.add(m.readTree(line));
      }
    }
    return out;
  }

  private static double pct(int a, int b) {
    return b == 0 ? 0 : 100.0 * a / b;
  }
}
