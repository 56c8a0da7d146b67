package org.dossier.eval.articles;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reading JSON the way score.py's {@code dict.get} does. Stateless. */
final class Json {
  private Json() {}

  /** The elements of the array {@code obj[field]}; empty when absent, null or not an array ({@code get(f, []) or []}). */
  static List<JsonNode> list(JsonNode obj, String field) {
    List<JsonNode> out = new ArrayList<>();
    JsonNode v = obj == null ? null : obj.get(field);
    if (v != null && v.isArray()) {
      v.forEach(out::add);
    }
    return out;
  }

  /** The strings of the array {@code obj[field]}, JSON null kept as null. */
  static List<String> strings(JsonNode obj, String field) {
    List<String> out = new ArrayList<>();
    for (JsonNode x : list(obj, field)) {
      out.add(text(x));
    }
    return out;
  }

  /** {@code obj.get(field)} as text; null when absent or JSON null. */
  static String str(JsonNode obj, String field) {
    return obj == null ? null : text(obj.get(field));
  }

  /** A scalar node as text; null for an absent or null node. */
  static String text(JsonNode v) {
    return v == null || v.isNull() || v.isMissingNode() ? null : v.asText();
  }

  /** Python truthiness of a string: neither None nor empty. */
  static boolean truthy(String s) {
    return s != null && !s.isEmpty();
  }

  /** Python truthiness of {@code obj.get(field)}: present, not null, not false, not empty, not zero. */
  static boolean truthy(JsonNode obj, String field) {
    JsonNode v = obj == null ? null : obj.get(field);
    if (v == null || v.isNull()) {
      return false;
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    if (v.isTextual()) {
      return !v.textValue().isEmpty();
    }
    if (v.isContainerNode()) {
      return v.size() > 0;
    }
    if (v.isNumber()) {
      return v.doubleValue() != 0;
    }
    return true;
  }

  /**
   * score.py's {@code ev_span}: the code-point span {start, end} of {@code obj.evidence} (or of
   * {@code obj} itself when it has no evidence), or null when either is not an integer.
   */
  static int[] evSpan(JsonNode obj) {
    JsonNode ev = truthy(obj, "evidence") ? obj.get("evidence") : obj;
    JsonNode s = ev.get("start");
    JsonNode e = ev.get("end");
    if (s == null || e == null || !s.isIntegralNumber() || !e.isIntegralNumber()) {
      return null;
    }
    return new int[] {s.intValue(), e.intValue()};
  }
}
