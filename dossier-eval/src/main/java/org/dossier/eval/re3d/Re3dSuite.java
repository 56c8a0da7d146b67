package org.dossier.eval.re3d;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dossier.eval.EvalContext;
import org.dossier.eval.Metric;
import org.dossier.eval.Suite;
import org.dossier.eval.SuiteResult;
import org.dossier.eval.baseline.CoreNlpBaseline;
import org.dossier.eval.conll.ConllTypes;
import org.dossier.eval.score.Prf;
import org.dossier.eval.score.SpanScorer;
import org.dossier.eval.score.TypedSpan;
import org.dossier.model.Actor;
import org.dossier.model.DocumentInfo;
import org.dossier.model.Role;
import org.dossier.nlp.InputException;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.doc.Mention;

/**
 * re3d (defence and security documents): entities and the {@code InChargeOf} relation.
 *
 * <p>Entities: gold Person, Organisation, Location and Nationality map to PER, ORG, LOC and MISC
 * (other re3d types — weapons, quantities, dates… — are not scored); Dossier's mentions map by
 * {@link ConllTypes}. Scored exactly (span and type) and by typed overlap, since re3d spans often
 * include determiners and titles ("the Syrian army"). Offsets are UTF-16 chars on both sides.
 *
 * <p>Person roles: gold {@code InChargeOf} relations whose source is a gold Person; one is found
 * when a Dossier actor with a mention overlapping the person has a role whose evidence overlaps
 * the target or whose {@code of} shares words with it ({@link RoleMatch}). Reported as found of
 * total, and as precision twice: over all of Dossier's roles (ranks and occupations included, which
 * re3d does not annotate), and over the roles with an {@code of} (title + of: the claim that the
 * person is in charge of something, which is what {@code InChargeOf} annotates).
 */
public final class Re3dSuite implements Suite {
  static final Map<String, String> TYPES = Map.of("Person", "PER", "Organisation", "ORG", "Location", "LOC",
      "Nationality", "MISC");

  @Override
  public String name() {
    return "re3d";
  }

  @Override
  public String dataDir() {
    return "re3d";
  }

  private record Document(String id, String text, List<TypedSpan> entities, List<RoleMatch.Relation> relations) {}

  @Override
  public SuiteResult run(EvalContext ctx) throws IOException {
    long t0 = System.nanoTime();
    List<Document> docs = ctx.options().take(documents(ctx.data(dataDir())));
    boolean base = ctx.options().baseline();
    List<TypedSpan> gold = new ArrayList<>();
    List<TypedSpan> dossier = new ArrayList<>();
    List<TypedSpan> corenlp = new ArrayList<>();
    int relations = 0;
    int found = 0;
    int roles = 0;
    int rolesRight = 0;
    int rolesOf = 0;
    int rolesOfRight = 0;
    int offset = 0;
    int failed = 0;
    for (Document d : docs) {
      for (TypedSpan g : d.entities()) {
        gold.add(shift(g, offset));
      }
      try {
        Doc doc = ctx.extractor().annotate(DocumentInfo.of(d.id(), null, d.text()));
        for (Mention m : doc.find(Layers.MENTIONS).orElse(List.of())) {
          String t = ConllTypes.of(m.label());
          if (t != null) {
            dossier.add(new TypedSpan(m.begin() + offset, m.end() + offset, t));
          }
        }
        // relations and roles are compared in code points, as dossier/1 records are
        List<RoleMatch.Relation> rels = d.relations().stream().map(r -> r.toCodePoints(doc.offsets())).toList();
        List<Actor> actors = doc.find(Layers.ACTORS).orElse(List.of());
        relations += rels.size();
        for (RoleMatch.Relation r : rels) {
          if (RoleMatch.found(r, actors)) {
            found++;
          }
        }
        for (Actor a : actors) {
          for (Role role : a.roles()) {
            roles++;
            boolean right = rels.stream().anyMatch(r -> RoleMatch.matches(r, a, role));
            if (right) {
              rolesRight++;
            }
            if (role.of() != null) { // title + of: the claim that the person is in charge of something
              rolesOf++;
              if (right) {
                rolesOfRight++;
              }
            }
          }
        }
      } catch (InputException e) {
        failed++;
      }
      if (base) {
        for (CoreNlpBaseline.Span s : ctx.baseline().ner(d.text())) {
          String t = ConllTypes.of(s.label());
          if (t != null) {
            corenlp.add(new TypedSpan(s.begin() + offset, s.end() + offset, t));
          }
        }
      }
      offset += d.text().length() + 1;
    }
    Map<String, Prf> de = SpanScorer.exact(gold, dossier);
    Map<String, Prf> ce = base ? SpanScorer.exact(gold, corenlp) : Map.of();
    Map<String, Prf> dov = typedOverlap(gold, dossier);
    Map<String, Prf> cov = base ? typedOverlap(gold, corenlp) : Map.of();
    List<Metric> m = new ArrayList<>();
    String all = SpanScorer.ALL;
    m.add(Metric.share("entities P (exact)", de.get(all).precision(), base ? ce.get(all).precision() : null));
    m.add(Metric.share("entities R (exact)", de.get(all).recall(), base ? ce.get(all).recall() : null));
    m.add(Metric.share("entities F1 (exact)", de.get(all).f1(), base ? ce.get(all).f1() : null));
    m.add(Metric.share("entities P (overlap)", dov.get(all).precision(), base ? cov.get(all).precision() : null));
    m.add(Metric.share("entities R (overlap)", dov.get(all).recall(), base ? cov.get(all).recall() : null));
    m.add(Metric.share("entities F1 (overlap)", dov.get(all).f1(), base ? cov.get(all).f1() : null));
    for (String type : List.of("PER", "ORG", "LOC", "MISC")) {
      m.add(Metric.share(type + " F1 (exact)", de.getOrDefault(type, Prf.ZERO).f1(),
          base ? ce.getOrDefault(type, Prf.ZERO).f1() : null));
      m.add(Metric.share(type + " F1 (overlap)", dov.getOrDefault(type, Prf.ZERO).f1(),
          base ? cov.getOrDefault(type, Prf.ZERO).f1() : null));
    }
    m.add(new Metric("gold entities", "count", (double) gold.size(), null));
    m.add(Metric.share("InChargeOf person roles found (recall)", relations == 0 ? 0 : (double) found / relations, null));
    m.add(Metric.share("roles matching a gold InChargeOf (precision)", roles == 0 ? 0 : (double) rolesRight / roles, null));
    m.add(new Metric("gold InChargeOf with a Person source", "count", (double) relations, null));
    m.add(new Metric("InChargeOf person roles found", "count", (double) found, null));
    m.add(new Metric("roles predicted", "count", (double) roles, null));
    m.add(new Metric("roles matching a gold InChargeOf", "count", (double) rolesRight, null));
    m.add(Metric.share("roles with an of matching a gold InChargeOf (precision)",
        rolesOf == 0 ? 0 : (double) rolesOfRight / rolesOf, null));
    m.add(new Metric("roles with an of (title + of)", "count", (double) rolesOf, null));
    List<String> notes = new ArrayList<>();
    notes.add(docs.size() + " documents" + (ctx.options().limit() > 0 ? " (--limit)" : "")
        + "; Person/Organisation/Location/Nationality -> PER/ORG/LOC/MISC; other re3d types not scored"
        + (failed > 0 ? "; " + failed + " rejected by the pipeline" : ""));
    if (roles == 0) {
      notes.add("Dossier produced no roles: the roles component is not in the pipeline yet");
    }
    if (base) {
      notes.add("CoreNLP: tokenize,ssplit,pos,lemma,ner with the 4-class CoNLL CRF (no counterpart for roles)");
    }
    return new SuiteResult(name(), m, notes, (System.nanoTime() - t0) / 1e9);
  }

  private static Map<String, Prf> typedOverlap(List<TypedSpan> gold, List<TypedSpan> pred) {
    Map<String, Prf> out = new LinkedHashMap<>();
    Prf all = Prf.ZERO;
    for (String type : List.of("PER", "ORG", "LOC", "MISC")) {
      Prf p = SpanScorer.overlap(gold.stream().filter(s -> s.type().equals(type)).toList(),
          pred.stream().filter(s -> s.type().equals(type)).toList());
      out.put(type, p);
      all = all.plus(p);
    }
    out.put(SpanScorer.ALL, all);
    return out;
  }

  private static TypedSpan shift(TypedSpan s, int offset) {
    return new TypedSpan(s.begin() + offset, s.end() + offset, s.type());
  }

  /** Every document of every source directory, in a stable order. */
  private static List<Document> documents(Path root) throws IOException {
    List<Path> dirs;
    try (Stream<Path> s = Files.list(root)) {
      dirs = s.filter(Files::isDirectory).sorted().toList();
    }
    ObjectMapper mapper = new ObjectMapper();
    List<Document> out = new ArrayList<>();
    for (Path dir : dirs) {
      Path docsFile = dir.resolve("documents.json");
      if (!Files.isRegularFile(docsFile)) {
        continue;
      }
      Map<String, String> texts = new LinkedHashMap<>();
      for (JsonNode n : lines(mapper, docsFile)) {
        texts.put(n.path("_id").asText(), n.path("text").asText());
      }
      Map<String, List<TypedSpan>> entities = new LinkedHashMap<>();
      Map<String, List<TypedSpan>> persons = new LinkedHashMap<>();
      for (JsonNode n : lines(mapper, dir.resolve("entities.json"))) {
        String type = TYPES.get(n.path("type").asText());
        int b = n.path("begin").asInt(-1);
        int e = n.path("end").asInt(-1);
        if (type == null || b < 0 || e <= b) {
          continue;
        }
        String doc = n.path("documentId").asText();
        entities.computeIfAbsent(doc, k -> new ArrayList<>()).add(new TypedSpan(b, e, type));
        if ("PER".equals(type)) {
          persons.computeIfAbsent(doc, k -> new ArrayList<>()).add(new TypedSpan(b, e, type));
        }
      }
      Map<String, List<RoleMatch.Relation>> relations = new LinkedHashMap<>();
      for (JsonNode n : lines(mapper, dir.resolve("relations.json"))) {
        if (!"InChargeOf".equals(n.path("type").asText())) {
          continue;
        }
        String doc = n.path("documentId").asText();
        RoleMatch.Relation r = new RoleMatch.Relation(n.path("sourceBegin").asInt(), n.path("sourceEnd").asInt(),
            n.path("targetBegin").asInt(), n.path("targetEnd").asInt(), n.path("target").asText(""));
        boolean person = persons.getOrDefault(doc, List.of()).stream()
            .anyMatch(p -> p.begin() < r.sourceEnd() && r.sourceBegin() < p.end());
        if (person) {
          relations.computeIfAbsent(doc, k -> new ArrayList<>()).add(r);
        }
      }
      for (Map.Entry<String, String> t : texts.entrySet()) {
        List<TypedSpan> ents = entities.getOrDefault(t.getKey(), List.of()).stream()
            .filter(s -> s.end() <= t.getValue().length()).toList();
        out.add(new Document(t.getKey(), t.getValue(), ents,
            relations.getOrDefault(t.getKey(), List.of()).stream().filter(r -> r.valid(t.getValue().length())).toList()));
      }
    }
    return out;
  }

  private static List<JsonNode> lines(ObjectMapper mapper, Path file) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    if (!Files.isRegularFile(file)) {
      return out;
    }
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        String l = line.strip();
        if (l.startsWith("\uFEFF")) {
          l = l.substring(1);
        }
        if (l.startsWith("{")) {
          out.add(mapper.readTree(l));
        }
      }
    }
    return out;
  }
}
