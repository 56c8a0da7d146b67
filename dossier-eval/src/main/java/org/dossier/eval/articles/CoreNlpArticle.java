package org.dossier.eval.articles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.eval.baseline.CoreNlpBaseline;

/**
 * What CoreNLP alone gives on an article, written as a {@code dossier/1} document so that the same
 * {@link ArticleScorer} scores it. Only the measures with a CoreNLP counterpart mean anything:
 * <ul>
 *   <li>actors: one per distinct (label, normalised text) entity of the 4-class CoNLL CRF
 *       (PERSON, ORGANIZATION, LOCATION; MISC holds nationalities and events, not actors), its
 *       mentions the entity's occurrences; CoreNLP has no coreference here, so "Annan" and
 *       "Kofi Annan" are two actors, as a user of its NER sees them;</li>
 *   <li>times: SUTime's time expressions with their values, the publication date as document date;</li>
 *   <li>quotes and speakers (only when {@code full} is given): the default full pipeline's quote
 *       attribution, its canonical speaker (else the attributed mention) matched to an entity
 *       actor by normalised name, else an actor of its own of no type (so that it counts for speakers, not as a person).</li>
 * </ul>
 * Roles, countries, events, claims and goals stay empty: CoreNLP has no counterpart.
 *
 * <p>Stateless and thread-safe.
 */
final class CoreNlpArticle {
  private static final ObjectMapper JSON = new ObjectMapper();

  private CoreNlpArticle() {}

  /**
   * The document for {@code text}.
   *
   * @param ner   the 4-class CRF's entities
   * @param times SUTime's time expressions
   * @param full  the full pipeline's result, or null when it did not run on this article
   */
  static JsonNode document(String text, LocalDate published, List<CoreNlpBaseline.Span> ner,
      List<CoreNlpBaseline.Span> times, CoreNlpBaseline.FullResult full) {
    ObjectNode root = JSON.createObjectNode();
    root.put("schema", "dossier/1");
    ObjectNode document = root.putObject("document");
    document.put("text", text);
    document.put("published", published == null ? null : published.toString());
    Map<String, ObjectNode> byKey = new LinkedHashMap<>();
    ArrayNode actors = root.putArray("actors");
    for (CoreNlpBaseline.Span s : ner) {
      String type = switch (s.label()) {
        case "PERSON" -> "PERSON";
        case "ORGANIZATION" -> "ORGANIZATION";
        case "LOCATION" -> "LOCATION";
        default -> null;
      };
      if (type == null) {
        continue;
      }
      String mention = text.substring(s.begin(), s.end());
      ObjectNode a = byKey.computeIfAbsent(type + "|" + PyText.norm(mention), k -> {
        ObjectNode n = actors.addObject();
        n.put("id", "c" + actors.size());
        n.put("name", mention);
        n.put("type", type);
        n.putArray("mentions");
        return n;
      });
      span((ArrayNode) a.get("mentions"), text, s.begin(), s.end());
    }
    ArrayNode ts = root.putArray("times");
    for (CoreNlpBaseline.Span t : times) {
      span(ts, text, t.begin(), t.end()).put("value", t.value());
    }
    ArrayNode quotes = root.putArray("quotes");
    if (full != null) {
      for (CoreNlpBaseline.QuoteSpan q : full.quotes()) {
        ObjectNode o = span(quotes, text, q.begin(), q.end());
        o.put("kind", "direct");
        String speaker = speaker(q, text);
        if (speaker != null && !PyText.norm(speaker).isEmpty()) {
          o.put("speaker", actorFor(speaker, actors));
        }
      }
    }
    root.putArray("events");
    root.putArray("claims");
    root.putArray("goals");
    return root;
  }

  /**
   * The speaker: CoreNLP's canonical speaker name (resolved through its coreference), else the
   * attributed mention's words in the text.
   */
  private static String speaker(CoreNlpBaseline.QuoteSpan q, String text) {
    if (q.speaker() != null && !q.speaker().isBlank()) {
      return q.speaker();
    }
    if (q.speakerBegin() >= 0 && q.speakerEnd() <= text.length()) {
      return text.substring(q.speakerBegin(), q.speakerEnd());
    }
    return null;
  }

  /** The id of the actor answering to {@code name}, a new untyped actor when none does. */
  private static String actorFor(String name, ArrayNode actors) {
    String n = PyText.norm(name);
    for (JsonNode a : actors) {
      if (PyText.norm(a.get("name").asText()).equals(n)) {
        return a.get("id").asText();
      }
      for (JsonNode m : a.path("mentions")) {
        if (PyText.norm(m.path("text").asText()).equals(n)) {
          return a.get("id").asText();
        }
      }
    }
    ObjectNode a = actors.addObject();
    a.put("id", "c" + actors.size());
    a.put("name", name);
    a.putNull("type");
    return a.get("id").asText();
  }

  /** Appends {start, end, text} in code points for the UTF-16 span [begin, end). */
  private static ObjectNode span(ArrayNode into, String text, int begin, int end) {
    ObjectNode o = into.addObject();
    o.put("start", text.codePointCount(0, begin));
    o.put("end", text.codePointCount(0, end));
    o.put("text", text.substring(begin, end));
    return o;
  }
}
