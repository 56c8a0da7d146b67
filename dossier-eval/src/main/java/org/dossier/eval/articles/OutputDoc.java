package org.dossier.eval.articles;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A {@code dossier/1} document as score.py's {@code Doc} reads it: actors by id (in output order,
 * a repeated id keeping its first position and last value, as a Python dict does), the normalised
 * names an actor answers to, and the keys an event argument can match.
 *
 * <p>Immutable.
 */
final class OutputDoc {
  private final JsonNode out;
  private final Map<String, JsonNode> actors = new LinkedHashMap<>();

  OutputDoc(JsonNode out) {
    this.out = out;
    for (JsonNode a : Json.list(out, "actors")) {
      actors.put(Json.str(a, "id"), a);
    }
  }

  /** The output JSON. */
  JsonNode json() {
    return out;
  }

  /** Actors by id, in output order. */
  Map<String, JsonNode> actors() {
    return actors;
  }

  /** The actor with {@code id}, or null. */
  JsonNode actor(String id) {
    return id == null ? null : actors.get(id);
  }

  /** The actor's name, or null (score.py's {@code doc.actors.get(id, {}).get('name')}). */
  String name(String id) {
    JsonNode a = actor(id);
    return a == null ? null : Json.str(a, "name");
  }

  /** Normalised name, aliases and mention texts of the actor; empty when unknown. */
  Set<String> names(String id) {
    JsonNode a = actor(id);
    Set<String> ns = new LinkedHashSet<>();
    if (a == null) {
      return ns;
    }
    ns.add(PyText.norm(Json.str(a, "name")));
    for (JsonNode x : Json.list(a, "aliases")) {
      ns.add(PyText.norm(Json.text(x)));
    }
    for (JsonNode m : Json.list(a, "mentions")) {
      ns.add(PyText.norm(Json.str(m, "text")));
    }
    ns.remove("");
    return ns;
  }

  /** Country, CAMEO code (and its first three letters) and name keys an event argument can match. */
  Set<String> keys(String id) {
    JsonNode a = actor(id);
    Set<String> ks = new LinkedHashSet<>();
    if (a == null) {
      return ks;
    }
    String country = Json.str(a, "country");
    if (Json.truthy(country)) {
      ks.add(country.toUpperCase(Locale.ROOT));
    }
    String code = Json.str(a, "code");
    code = code == null ? "" : code.toUpperCase(Locale.ROOT);
    if (!code.isEmpty()) {
      ks.add(code);
      ks.add(PyText.head(code, 3));
      if (code.contains("NAT")) {
        ks.add("NATO");
      }
    }
    for (String n : names(id)) {
      if (n.equals("nato") || n.equals("north atlantic treaty organization")) {
        ks.add("NATO");
      }
      if (n.equals("european union") || n.equals("eu") || n.equals("e.u.")) {
        ks.add("EU");
      }
      if (n.equals("europe") || n.equals("european")) {
        ks.add("EUR");
      }
      if (n.contains("west")) {
        ks.add("WST");
      }
      if (n.equals("brics")) {
        ks.add("BRICS");
      }
      if (n.contains("shanghai cooperation") || n.equals("sco")) {
        ks.add("SCO");
      }
    }
    String type = Json.str(a, "type");
    if ((type == null ? "" : type).toUpperCase(Locale.ROOT).startsWith("ORG") && !Json.truthy(country)) {
      ks.add("IGO");
    }
    return ks;
  }
}
