package org.dossier.eval.articles;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.eval.articles.Miss.Kind;

/**
 * A port of the reference article scorer {@code ../shared/gold/score.py}: scores one
 * {@code dossier/1} output against one gold file of the guideline in {@code ../shared/gold}, with
 * the same counts for every measure (an integration test runs both on the same outputs). Every
 * measure follows score.py step by step; the comments name the Python function ported.
 *
 * <p>Offsets in the output are code points into the document text, end-exclusive. Anchors are
 * searched in the output's own text when it carries one. One difference: where score.py stops on a
 * gold anchor that is not in the text, this scorer counts the item as missed and records an
 * {@link Kind#ANCHOR_NOT_FOUND} miss.
 *
 * <p>Stateless and thread-safe.
 */
public final class ArticleScorer {
  private ArticleScorer() {}

  /**
   * Scores {@code out} against {@code gold}.
   *
   * @param gold the gold file
   * @param text the article text (replaced by the output's {@code document.text} when it differs)
   * @param out  the {@code dossier/1} output
   * @throws IllegalArgumentException when the output has no {@code dossier} schema tag
   */
  public static ArticleScore score(JsonNode gold, String text, JsonNode out) {
    String schema = Json.str(out, "schema");
    if (schema == null || !schema.split("/", -1)[0].equals("dossier")) {
      throw new IllegalArgumentException("output has no dossier schema tag");
    }
    String otext = Json.str(out.get("document"), "text");
    return new Run(gold, new PyText.Text(otext != null ? otext : text), new OutputDoc(out)).score();
  }

  /** One scoring: the gold, the text, the output and the tallies. */
  private static final class Run {
    private final JsonNode gold;
    private final PyText.Text text;
    private final OutputDoc doc;
    private final String id;
    private final Map<Measure, int[]> res = new EnumMap<>(Measure.class);
    private final List<Miss> misses = new ArrayList<>();

    Run(JsonNode gold, PyText.Text text, OutputDoc doc) {
      this.gold = gold;
      this.text = text;
      this.doc = doc;
      this.id = Json.str(gold, "doc");
    }

    ArticleScore score() {
      actors();
      quotes();
      events();
      times();
      claims();
      goals();
      return new ArticleScore(id, res, misses);
    }

    private void put(Measure m, int found, int wanted) {
      res.put(m, new int[] {found, wanted});
    }

    private void miss(Kind kind, String detail) {
      misses.add(new Miss(kind, id, detail));
    }

    /** {@code span_of}: the code-point span of the first occurrence of {@code anchor}, or null. */
    private int[] spanOf(String anchor) {
      int i = text.find(anchor);
      if (i < 0) {
        miss(Kind.ANCHOR_NOT_FOUND, anchor);
        return null;
      }
      return new int[] {i, i + PyText.length(anchor)};
    }

    /** {@code sentence_span}: from after the last ". ", "? " or newline before start to the next one after end. */
    private int[] sentenceSpan(int start, int end) {
      int lo = Math.max(text.rfind(". ", 0, start), Math.max(text.rfind("\n", 0, start), text.rfind("? ", 0, start)));
      lo = lo < 0 ? 0 : lo + 1;
      int hi = Integer.MAX_VALUE;
      for (int i : new int[] {text.find(". ", end), text.find("\n", end), text.find("? ", end)}) {
        if (i >= 0) {
          hi = Math.min(hi, i);
        }
      }
      return new int[] {lo, hi == Integer.MAX_VALUE ? text.length() : hi + 1};
    }

    private static boolean overlaps(int[] a, int[] b) {
      return a != null && b != null && a[0] < b[1] && b[0] < a[1];
    }

    /** Items of the output list {@code field} whose evidence overlaps {@code span}. */
    private List<JsonNode> overlapping(String field, int[] span) {
      List<JsonNode> hit = new ArrayList<>();
      for (JsonNode x : Json.list(doc.json(), field)) {
        if (overlaps(Json.evSpan(x), span)) {
          hit.add(x);
        }
      }
      return hit;
    }

    /** {@code gold_names}: the normalised name and aliases of a gold actor. */
    private static Set<String> goldNames(JsonNode g) {
      Set<String> gn = new LinkedHashSet<>();
      gn.add(PyText.norm(Json.str(g, "name")));
      Json.strings(g, "aliases").forEach(x -> gn.add(PyText.norm(x)));
      return gn;
    }

    /** The normalised names of the gold actor {@code name}: itself and the aliases of gold actors so named. */
    private Set<String> goldNamesOf(String name) {
      Set<String> gn = new LinkedHashSet<>();
      gn.add(PyText.norm(name));
      for (JsonNode a : Json.list(gold, "actors")) {
        if (Json.str(a, "name").equals(name)) {
          Json.strings(a, "aliases").forEach(x -> gn.add(PyText.norm(x)));
        }
      }
      return gn;
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
      for (String x : a) {
        if (b.contains(x)) {
          return true;
        }
      }
      return false;
    }

    /** {@code find_actor}: the first actor whose name is a gold name, else the first answering to one. */
    private String findActor(JsonNode g) {
      Set<String> gn = goldNames(g);
      String best = null;
      for (Map.Entry<String, JsonNode> e : doc.actors().entrySet()) {
        if (gn.contains(PyText.norm(Json.str(e.getValue(), "name")))) {
          return e.getKey();
        }
        if (best == null && intersects(doc.names(e.getKey()), gn)) {
          best = e.getKey();
        }
      }
      return best;
    }

    private static boolean isPerson(JsonNode a) {
      String t = Json.str(a, "type");
      return (t == null ? "" : t).toUpperCase(Locale.ROOT).equals("PERSON");
    }

    /** Actors found, roles, countries, person precision and splits. */
    private void actors() {
      int must = 0;
      int found = 0;
      int rolesOk = 0;
      int rolesTotal = 0;
      int ctryOk = 0;
      int ctryTotal = 0;
      List<JsonNode> goldActors = Json.list(gold, "actors");
      for (JsonNode g : goldActors) {
        String aid = findActor(g);
        if (!g.get("must").asBoolean()) {
          continue;
        }
        must++;
        String name = Json.str(g, "name");
        if (aid == null) {
          miss(Kind.ACTOR_MISSING, name);
          continue;
        }
        found++;
        JsonNode a = doc.actor(aid);
        if (Json.truthy(g, "role")) {
          rolesTotal++;
          List<String> titles = new ArrayList<>();
          for (JsonNode r : Json.list(a, "roles")) {
            titles.add(PyText.norm(Json.str(r, "title"), false) + " " + PyText.norm(Json.str(r, "of"), false));
          }
          String joined = String.join(" | ", titles);
          List<String> want = Json.strings(g, "role");
          if (want.stream().anyMatch(joined::contains)) {
            rolesOk++;
          } else {
            miss(Kind.ROLE_MISSING, name + " has [" + joined + "] want " + want);
          }
        }
        if (Json.truthy(g, "country")) {
          ctryTotal++;
          String have = Json.str(a, "country");
          if ((have == null ? "" : have).toUpperCase(Locale.ROOT).equals(Json.str(g, "country"))) {
            ctryOk++;
          } else {
            miss(Kind.COUNTRY_WRONG, name + " has " + have + " want " + Json.str(g, "country"));
          }
        }
      }
      put(Measure.ACTORS, found, must);
      List<JsonNode> goldPersons = goldActors.stream().filter(g -> "PERSON".equals(Json.str(g, "type"))).toList();
      List<String> predPersons = doc.actors().entrySet().stream().filter(e -> isPerson(e.getValue()))
          .map(Map.Entry::getKey).toList();
      Set<String> okPersons = new HashSet<>();
      for (String aid : predPersons) {
        Set<String> names = doc.names(aid);
        if (goldPersons.stream().anyMatch(g -> intersects(names, goldNames(g)))) {
          okPersons.add(aid);
        }
      }
      int splits = 0;
      for (JsonNode g : goldPersons) {
        Set<String> gn = goldNames(g);
        long n = predPersons.stream().filter(aid -> gn.contains(PyText.norm(doc.name(aid)))).count();
        if (n > 1) {
          splits++;
          miss(Kind.PERSON_SPLIT, "split into " + n + " actors: " + Json.str(g, "name"));
        }
      }
      for (String aid : predPersons) {
        if (!okPersons.contains(aid)) {
          miss(Kind.PERSON_NOT_IN_GOLD, String.valueOf(doc.name(aid)));
        }
      }
      put(Measure.PERSON_PRECISION, okPersons.size(), predPersons.size());
      put(Measure.PERSON_SPLITS, splits, 0);
      put(Measure.ROLES, rolesOk, rolesTotal);
      put(Measure.COUNTRIES, ctryOk, ctryTotal);
    }

    /** Quotes found, speakers right, term quotes reported as speech. */
    private void quotes() {
      List<JsonNode> goldQuotes = Json.list(gold, "quotes");
      int found = 0;
      int speakers = 0;
      for (JsonNode g : goldQuotes) {
        String anchor = Json.str(g, "anchor");
        List<JsonNode> hit = overlapping("quotes", spanOf(anchor));
        if (hit.isEmpty()) {
          miss(Kind.QUOTE_MISSING, PyText.head(anchor, 40));
          continue;
        }
        found++;
        Set<String> gn = goldNamesOf(Json.str(g, "speaker"));
        if (hit.stream().anyMatch(q -> intersects(doc.names(Json.str(q, "speaker")), gn))) {
          speakers++;
        } else {
          miss(Kind.SPEAKER_WRONG, PyText.head(anchor, 40) + " -> "
              + hit.stream().map(q -> String.valueOf(doc.name(Json.str(q, "speaker")))).toList()
              + " want " + Json.str(g, "speaker"));
        }
      }
      int badSpeech = 0;
      List<String> terms = Json.strings(gold, "not_speech_by_single_speaker");
      for (JsonNode q : Json.list(doc.json(), "quotes")) {
        String qt = PyText.strip(PyText.norm(q.has("text") ? Json.str(q, "text") : ""), "'\" ");
        String kind = Json.str(q, "kind");
        if (terms.contains(qt) && (kind == null || kind.equals("direct")) && Json.truthy(q, "speaker")) {
          badSpeech++;
          miss(Kind.TERM_AS_SPEECH, qt + " by " + doc.name(Json.str(q, "speaker")));
        }
      }
      put(Measure.QUOTES, found, goldQuotes.size());
      put(Measure.SPEAKERS, speakers, goldQuotes.size());
      put(Measure.TERM_AS_SPEECH, badSpeech, 0);
    }

    /** {@code arg_match}: whether the predicted actors' keys meet the gold keys (None: no actor is fine). */
    private boolean argMatch(List<String> goldList, JsonNode predIds) {
      if (goldList.isEmpty()) {
        return true;
      }
      Set<String> keys = new HashSet<>();
      if (predIds != null && predIds.isArray()) {
        predIds.forEach(p -> keys.addAll(doc.keys(Json.text(p))));
      }
      if (goldList.contains(null) && keys.isEmpty()) {
        return true;
      }
      return goldList.stream().anyMatch(k -> k != null && !k.isEmpty() && keys.contains(k));
    }

    /** {@code date_consistent}: one date is a prefix of the other (a day within its month, a month within its year). */
    private static boolean dateConsistent(String gold, String pred) {
      if (gold == null || pred == null || pred.isEmpty()) {
        return false;
      }
      return pred.startsWith(gold) || gold.startsWith(pred);
    }

    /** Events found, event precision, event dates. */
    private void events() {
      List<JsonNode> evs = Json.list(doc.json(), "events");
      Set<Integer> matchedPred = new HashSet<>();
      int found = 0;
      int must = 0;
      int datesOk = 0;
      int datesTotal = 0;
      for (JsonNode g : Json.list(gold, "events")) {
        List<int[]> sents = new ArrayList<>();
        List<String> anchors = new ArrayList<>();
        anchors.add(Json.str(g, "anchor"));
        anchors.addAll(Json.strings(g, "also"));
        for (String a : anchors) {
          int[] sp = spanOf(a);
          if (sp != null) {
            sents.add(sentenceSpan(sp[0], sp[1]));
          }
        }
        List<String> roots = Json.strings(g, "roots");
        List<String> src = Json.strings(g, "src");
        List<String> tgt = Json.strings(g, "tgt");
        boolean symmetric = Json.truthy(g, "symmetric");
        JsonNode hit = null;
        for (int i = 0; i < evs.size(); i++) {
          JsonNode e = evs.get(i);
          String code = Json.truthy(e, "cameo") ? Json.str(e, "cameo") : "";
          if (!roots.contains(PyText.head(code, 2))) {
            continue;
          }
          int[] es = Json.evSpan(e);
          if (es == null || sents.stream().noneMatch(s -> overlaps(es, s))) {
            continue;
          }
          boolean fwd = argMatch(src, e.get("source")) && argMatch(tgt, e.get("target"));
          boolean rev = symmetric && argMatch(src, e.get("target")) && argMatch(tgt, e.get("source"));
          if (fwd || rev) {
            matchedPred.add(i);
            hit = hit != null ? hit : e;
          }
        }
        if (g.get("must").asBoolean()) {
          must++;
          if (hit != null) {
            found++;
          } else {
            miss(Kind.EVENT_MISSING, Json.str(g, "id"));
          }
        }
        if (hit != null && Json.truthy(g, "date")) {
          datesTotal++;
          List<String> dates = new ArrayList<>();
          dates.add(Json.str(g, "date"));
          dates.addAll(Json.strings(g, "date_accept"));
          String have = Json.str(hit, "date");
          if (dates.stream().anyMatch(d -> dateConsistent(d, have))) {
            datesOk++;
          } else {
            miss(Kind.EVENT_DATE_WRONG, Json.str(g, "id") + " has " + have + " want " + Json.str(g, "date"));
          }
        }
      }
      put(Measure.EVENTS, found, must);
      put(Measure.EVENT_PRECISION, matchedPred.size(), evs.size());
      put(Measure.EVENT_DATES, datesOk, datesTotal);
      for (int i = 0; i < evs.size(); i++) {
        if (!matchedPred.contains(i)) {
          JsonNode e = evs.get(i);
          String evidence = Json.str(e.get("evidence"), "text");
          miss(Kind.SPURIOUS_EVENT, Json.str(e, "cameo") + " " + actorNames(e.get("source")) + " -> "
              + actorNames(e.get("target")) + " :: " + PyText.head(evidence == null ? "" : evidence, 80));
        }
      }
    }

    private List<String> actorNames(JsonNode ids) {
      List<String> out = new ArrayList<>();
      if (ids != null && ids.isArray()) {
        ids.forEach(x -> out.add(String.valueOf(doc.name(Json.text(x)))));
      }
      return out;
    }

    /** Times: an overlapping time expression with the gold value or an accepted one. */
    private void times() {
      int ok = 0;
      int must = 0;
      for (JsonNode g : Json.list(gold, "times")) {
        if (!g.get("must").asBoolean()) {
          continue;
        }
        must++;
        String anchor = Json.str(g, "anchor");
        String t = Json.str(g, "text");
        int[] a = spanOf(anchor);
        List<JsonNode> hit = List.of();
        if (a != null) {
          int i = text.find(t, a[0], a[1]);
          hit = overlapping("times", new int[] {i, i + PyText.length(t)});
        }
        Set<String> accept = new HashSet<>(Json.strings(g, "accept"));
        accept.add(Json.str(g, "value"));
        // str(t.get("value")): a missing value reads "None"
        if (hit.stream().anyMatch(x -> accept.contains(x.hasNonNull("value") ? Json.str(x, "value") : "None"))) {
          ok++;
        } else {
          miss(Kind.TIME_WRONG, t + " @" + PyText.head(anchor, 25) + " -> "
              + hit.stream().map(x -> Json.str(x, "value")).toList() + " want " + Json.str(g, "value"));
        }
      }
      put(Measure.TIMES, ok, must);
    }

    /** Claims: an overlapping claim of an accepted certainty whose source names a gold source keyword. */
    private void claims() {
      int ok = 0;
      int must = 0;
      for (JsonNode g : Json.list(gold, "claims")) {
        if (!g.get("must").asBoolean()) {
          continue;
        }
        must++;
        String anchor = Json.str(g, "anchor");
        List<JsonNode> hit = overlapping("claims", spanOf(anchor));
        List<String> certainty = Json.strings(g, "certainty");
        List<String> sources = Json.strings(g, "source");
        boolean good = false;
        for (JsonNode c : hit) {
          if (!certainty.contains(Json.str(c, "certainty"))) {
            continue;
          }
          if (!sources.isEmpty()) {
            String st = Json.truthy(c, "sourceText") ? Json.str(c, "sourceText") : "";
            String src = String.join(" ", doc.names(Json.str(c, "source"))) + " " + PyText.norm(st);
            if (sources.stream().noneMatch(k -> src.contains(PyText.norm(k)))) {
              continue;
            }
          }
          good = true;
        }
        if (good) {
          ok++;
        } else {
          miss(Kind.CLAIM_WRONG, PyText.head(anchor, 40) + " -> "
              + hit.stream().map(c -> "(" + Json.str(c, "certainty") + ", " + Json.str(c, "sourceText") + ")").toList()
              + " want " + certainty + " by " + sources);
        }
      }
      put(Measure.CLAIMS, ok, must);
    }

    /** Goals: an overlapping goal whose actor answers to the gold actor's names. */
    private void goals() {
      int ok = 0;
      int must = 0;
      for (JsonNode g : Json.list(gold, "goals")) {
        if (!g.get("must").asBoolean()) {
          continue;
        }
        must++;
        String anchor = Json.str(g, "anchor");
        Set<String> gn = goldNamesOf(Json.str(g, "actor"));
        if (overlapping("goals", spanOf(anchor)).stream()
            .anyMatch(x -> intersects(doc.names(Json.str(x, "actor")), gn))) {
          ok++;
        } else {
          miss(Kind.GOAL_MISSING, Json.str(g, "actor") + ": " + PyText.head(anchor, 40));
        }
      }
      put(Measure.GOALS, ok, must);
    }
  }
}
