package org.dossier.nlp.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the PETRARCH CAMEO verb dictionary format into {@link LexEntry} patterns. The source and
 * target marks of a pattern ({@code $}, {@code +}) become clause roles ({@link #roles}): "- * + AGAINST"
 * puts the target in the "against" oblique, "- + WAS * BY $" reads the passive. Other markers
 * ({@code % ^}) are dropped. A paired code ({@code [032:033]}) keeps its second half as the
 * {@code pair=} option ({@link LexEntry#pairedCode()}). Multi-word
 * phrases ({@code _}, braces, parentheses) become ordered required words; a synonym set becomes
 * a set of alternatives (the head word of each phrase).
 *
 * <p>Stateless and thread-safe.
 */
final class PetrarchVerbReader {
  private static final Pattern BLOCK = Pattern.compile("^---\\s*(.*?)\\s*(?:\\[([^\\]]*)\\])?\\s*---\\s*$");
  private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");

  private PetrarchVerbReader() {}

  static List<LexEntry> read(List<String> lines, String origin) {
    Map<String, Set<String>> synsets = new HashMap<>();
    List<LexEntry> out = new ArrayList<>();
    String blockCode = null;
    String blockPair = null;
    List<Verb> verbs = new ArrayList<>();
    String synset = null;
    for (int i = 0; i < lines.size(); i++) {
      String where = origin + ":" + (i + 1);
      String raw = lines.get(i);
      String line = stripComment(raw).trim();
      if (line.isEmpty()) {
        synset = null;
        continue;
      }
      if (line.startsWith("<!--") || line.startsWith("~") || line.startsWith("<")) {
        continue;
      }
      if (line.startsWith("&")) {
        synset = line.split("\\s+")[0].toLowerCase(Locale.ROOT).replaceAll("_$", "");
        synsets.put(synset, new LinkedHashSet<>());
        continue;
      }
      if (synset != null && line.startsWith("+")) {
        String phrase = line.substring(1).trim().toLowerCase(Locale.ROOT).replace('_', ' ');
        String[] ws = phrase.split("\\s+");
        for (String w : expand(ws[ws.length - 1], synsets)) {
          synsets.get(synset).add(w);
        }
        continue;
      }
      synset = null;
      Matcher block = BLOCK.matcher(line);
      if (block.matches()) {
        blockCode = firstCode(block.group(2));
        blockPair = pairedCode(block.group(2));
        verbs = new ArrayList<>();
        continue;
      }
      if (line.startsWith("-")) {
        Matcher cm = CODE.matcher(line);
        String code = null;
        String pair = null;
        String body = line.substring(1);
        if (cm.find()) {
          code = firstCode(cm.group(1));
          pair = pairedCode(cm.group(1));
          body = line.substring(1, cm.start());
        }
        int star = body.indexOf('*');
        if (star < 0) {
          continue;
        }
        List<Set<String>> before = words(body.substring(0, star), synsets);
        List<Set<String>> after = words(body.substring(star + 1), synsets);
        for (Verb v : verbs) {
          List<Set<String>> b = new ArrayList<>(v.before);
          b.addAll(before);
          List<Set<String>> a = new ArrayList<>(v.after);
          a.addAll(after);
          out.add(new LexEntry(false, v.head, b, a, code,
              withPair(roles(body.substring(0, star), body.substring(star + 1)), code, pair), null, where));
        }
        continue;
      }
      // a verb line: WORD, +CLEAR_UP, KLM_NOP_+RST {forms} [code]
      Matcher cm = CODE.matcher(line);
      String code = blockCode;
      String pair = blockPair;
      String body = line;
      if (cm.find()) {
        code = firstCode(cm.group(1));
        pair = pairedCode(cm.group(1));
        body = line.substring(0, cm.start());
      }
      body = body.replaceAll("\\{[^}]*\\}?", " ").trim();
      if (body.isEmpty()) {
        continue;
      }
      String[] parts = body.split("\\s+")[0].toLowerCase(Locale.ROOT).split("_");
      int headAt = 0;
      for (int p = 0; p < parts.length; p++) {
        if (parts[p].startsWith("+")) {
          headAt = p;
        }
      }
      List<Set<String>> before = new ArrayList<>();
      List<Set<String>> after = new ArrayList<>();
      for (int p = 0; p < parts.length; p++) {
        String w = parts[p].replace("+", "");
        if (w.isEmpty() || p == headAt) {
          continue;
        }
        (p < headAt ? before : after).add(Set.of(w));
      }
      String head = parts[headAt].replace("+", "");
      if (head.isEmpty()) {
        continue;
      }
      Verb v = new Verb(head, before, after);
      verbs.add(v);
      out.add(new LexEntry(false, head, before, after, code, withPair(Set.of(), code, pair), null, where));
    }
    return out;
  }

  /**
   * The clause roles of a pattern's source ({@code $}) and target ({@code +}) marks: a mark right
   * after the verb is its object, one after a preposition that preposition's oblique ("by" a
   * passive's agent, which is the logical subject), one before the verb its subject. Unmarked
   * sides keep the coder's defaults.
   */
  static Set<String> roles(String before, String after) {
    boolean passive = before.toLowerCase(Locale.ROOT).matches(".*\\b(was|were|been|be|being|is|are)\\b.*");
    Set<String> out = new java.util.LinkedHashSet<>();
    for (String mark : new String[] {"$", "+"}) {
      String role = null;
      if (before.contains(mark)) {
        // a mark before the verb is the surface subject: the logical object of a passive
        role = passive ? "obj" : "subj";
      } else {
        String prev = null;
        for (String w : after.toLowerCase(Locale.ROOT).replaceAll("[{}()]", " ").replace('_', ' ').trim()
            .split("\\s+")) {
          if (w.equals(mark)) {
            role = prev == null ? "obj" : prev.equals("by") ? "subj" : "obl:" + prev;
            break;
          }
          prev = w.matches("[a-z]+") ? w : null;
        }
      }
      if (role == null || mark.equals("$") && role.equals("subj") || mark.equals("+") && role.equals("obj")) {
        continue; // the coder's default
      }
      out.add((mark.equals("$") ? "src=" : "tgt=") + role);
    }
    return out;
  }

  private record Verb(String head, List<Set<String>> before, List<Set<String>> after) {}

  /**
   * The second code of a paired code ({@code [032:033]}): PETRARCH codes the event source→target
   * with the first and, as a second event, target→source with the second ("A arrived in B" is
   * A visiting B and B hosting A). Null when the code is not paired or its second half is empty or
   * a null code ({@code ---}).
   */
  static String pairedCode(String s) {
    if (s == null || s.indexOf(':') < 0) {
      return null;
    }
    String c = s.substring(s.indexOf(':') + 1).trim();
    return c.isEmpty() || c.startsWith("-") ? null : c;
  }

  /** {@code options} with the {@code pair=} option when {@code code} has a paired second code. */
  private static Set<String> withPair(Set<String> options, String code, String pair) {
    if (code == null || pair == null) {
      return options;
    }
    Set<String> out = new LinkedHashSet<>(options);
    out.add(LexEntry.PAIR + pair);
    return out;
  }

  private static String firstCode(String s) {
    if (s == null) {
      return null;
    }
    String c = s.trim().split(":")[0].trim();
    return c.isEmpty() || c.startsWith("-") ? null : c;
  }

  private static String stripComment(String line) {
    int hash = line.indexOf('#');
    return hash < 0 ? line : line.substring(0, hash);
  }

  /** The required words of one side of a pattern, markers dropped. */
  private static List<Set<String>> words(String side, Map<String, Set<String>> synsets) {
    String s = side.toLowerCase(Locale.ROOT).replaceAll("[{}()]", " ").replace('_', ' ');
    List<Set<String>> out = new ArrayList<>();
    for (String w : s.trim().split("\\s+")) {
      if (w.isEmpty() || w.equals("+") || w.equals("$") || w.equals("%") || w.equals("^")) {
        continue;
      }
      w = w.replaceAll("^[+$%^]+|[+$%^]+$", "");
      if (w.isEmpty()) {
        continue;
      }
      Set<String> alts = expand(w, synsets);
      if (!alts.isEmpty()) {
        out.add(alts);
      }
    }
    return out;
  }

  private static Set<String> expand(String w, Map<String, Set<String>> synsets) {
    if (w.startsWith("&")) {
      Set<String> s = synsets.get(w.replaceAll("_$", ""));
      return s == null ? Set.of() : Set.copyOf(s);
    }
    return Set.of(w);
  }
}
