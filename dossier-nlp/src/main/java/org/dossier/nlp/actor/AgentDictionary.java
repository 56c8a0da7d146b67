package org.dossier.nlp.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.nlp.doc.Token;

/**
 * Agent phrases ("president", "armed forces", "opposition group") with the CAMEO code they add to
 * the actor they act for: a suffix ({@code [~GOV]}: Russia's president is {@code RUSGOV}) or a
 * prefix ({@code [NGO~]}: "MSF Arnor" is {@code NGOARN}).
 *
 * <p>Read in PETRARCH's agents format (the Phoenix agents dictionaries): one phrase a line, words
 * joined by {@code _} or spaces, an optional plural list in braces ({@code {ARMIES}}; empty braces:
 * no plural; no braces: the regular English plural of the last word), then the code in brackets;
 * {@code !SET! = A, B} defines a substitution set used inside phrases ({@code CONGRESS!PERSON!});
 * {@code #} starts a comment and {@code <!-- -->} lines are skipped. Lines without a code are
 * skipped. The built-in table (our own list of generic English agent nouns) always loads; user
 * files add to it, a later file's code winning for the same phrase.
 *
 * <p>Immutable and thread-safe once built; {@link #builtIn()} is loaded once per JVM.
 */
public final class AgentDictionary {
  private static final Pattern CODE = Pattern.compile("\\[\\s*([A-Z0-9]*)\\s*~\\s*([A-Z0-9]*)\\s*\\]");
  private static final Pattern SET = Pattern.compile("^\\s*(![A-Z]+!)\\s*=\\s*(.+)$");
  private static final Pattern SPLIT = Pattern.compile("[_\\s]+");

  /** The code an agent adds: {@code prefix + actorCode + suffix}. */
  public record Agent(String prefix, String suffix) {
    public Agent {
      prefix = prefix == null ? "" : prefix;
      suffix = suffix == null ? "" : suffix;
      if (prefix.isEmpty() == suffix.isEmpty()) {
        throw new IllegalArgumentException("an agent has a prefix or a suffix code, got: [" + prefix + "~" + suffix + "]");
      }
    }

    /** The code of {@code actorCode} acting through this agent ("---" when the actor is unknown). */
    public String compose(String actorCode) {
      String base = actorCode == null || actorCode.isEmpty() ? "---" : actorCode;
      if (!suffix.isEmpty() && base.endsWith(suffix)) {
        return base;
      }
      return prefix + base + suffix;
    }
  }

  /** An agent phrase found at tokens {@code [begin, end)}. */
  public record Match(int begin, int end, Agent agent) {}

  private static final class Holder {
    static final AgentDictionary BUILT_IN = load(List.of());
  }

  /** first word → phrases starting with it (as lower-case word arrays), longest first. */
  private final Map<String, List<Map.Entry<String[], Agent>>> byFirst;
  private final int size;

  private AgentDictionary(Map<String, Agent> phrases) {
    Map<String, List<Map.Entry<String[], Agent>>> m = new HashMap<>();
    for (Map.Entry<String, Agent> e : phrases.entrySet()) {
      String[] words = e.getKey().split(" ");
      m.computeIfAbsent(words[0], k -> new ArrayList<>()).add(Map.entry(words, e.getValue()));
    }
    m.values().forEach(l -> l.sort((a, b) -> Integer.compare(b.getKey().length, a.getKey().length)));
    this.byFirst = m;
    this.size = phrases.size();
  }

  /** Dossier's own table of generic English agent nouns. */
  public static AgentDictionary builtIn() {
    return Holder.BUILT_IN;
  }

  /** The built-in table plus the user's PETRARCH/Phoenix agents dictionaries, read now. */
  public static AgentDictionary withFiles(List<Path> files) {
    return files == null || files.isEmpty() ? builtIn() : load(files);
  }

  private static AgentDictionary load(List<Path> files) {
    Map<String, Agent> phrases = new LinkedHashMap<>();
    try (InputStream in = AgentDictionary.class.getResourceAsStream("agents.txt")) {
      if (in == null) {
        throw new IllegalStateException("built-in agents table agents.txt missing from the classpath");
      }
      read("agents.txt", new InputStreamReader(in, StandardCharsets.UTF_8), phrases);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the built-in agents table", e);
    }
    for (Path p : files) {
      var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE);
      try (Reader r = new InputStreamReader(Files.newInputStream(p), decoder)) {
        read(p.toString(), r, phrases);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read agents dictionary " + p, e);
      }
    }
    return new AgentDictionary(phrases);
  }

  /** A dictionary of the given text alone (no built-in table), for tests. */
  static AgentDictionary parse(String text) {
    Map<String, Agent> phrases = new LinkedHashMap<>();
    try {
      read("text", new java.io.StringReader(text), phrases);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new AgentDictionary(phrases);
  }

  private static void read(String name, Reader reader, Map<String, Agent> phrases) throws IOException {
    BufferedReader in = new BufferedReader(reader);
    Map<String, List<String>> sets = new HashMap<>();
    String line;
    while ((line = in.readLine()) != null) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#") || l.startsWith("<!--")) {
        continue;
      }
      int hash = l.indexOf('#');
      if (hash >= 0) {
        l = l.substring(0, hash).strip();
      }
      Matcher set = SET.matcher(l);
      if (set.matches()) {
        List<String> alts = new ArrayList<>();
        for (String a : set.group(2).split(",")) {
          if (!a.isBlank()) {
            alts.add(a.strip());
          }
        }
        sets.put(set.group(1), alts);
        continue;
      }
      Matcher c = CODE.matcher(l);
      if (!c.find() || c.group(1).isEmpty() == c.group(2).isEmpty()) {
        continue; // no agent code (or a malformed one): nothing to compose with
      }
      Agent agent = new Agent(c.group(1), c.group(2));
      String head = l.substring(0, c.start());
      String plurals = null;
      int brace = head.indexOf('{');
      if (brace >= 0) {
        int close = head.indexOf('}', brace);
        plurals = head.substring(brace + 1, close < 0 ? head.length() : close).strip();
        head = head.substring(0, brace);
      }
      head = head.strip();
      if (head.isEmpty()) {
        continue;
      }
      List<String> forms = new ArrayList<>();
      for (String h : expand(head, sets)) {
        forms.add(h);
        if (plurals == null) {
          forms.add(plural(h));
        }
      }
      if (plurals != null && !plurals.isEmpty()) {
        for (String p : plurals.split("\\s+")) {
          forms.addAll(expand(p, sets));
        }
      }
      for (String f : forms) {
        String key = String.join(" ", SPLIT.split(f.toLowerCase(Locale.ROOT).strip()));
        if (!key.isEmpty()) {
          phrases.put(key, agent);
        }
      }
    }
  }

  private static List<String> expand(String phrase, Map<String, List<String>> sets) {
    for (Map.Entry<String, List<String>> e : sets.entrySet()) {
      int i = phrase.indexOf(e.getKey());
      if (i >= 0) {
        List<String> out = new ArrayList<>();
        for (String alt : e.getValue()) {
          out.addAll(expand(phrase.substring(0, i) + alt + phrase.substring(i + e.getKey().length()), sets));
        }
        return out;
      }
    }
    return List.of(phrase.indexOf('!') >= 0 ? phrase.replace("!", "") : phrase);
  }

  /** The regular English plural of the phrase's last word. */
  static String plural(String phrase) {
    String p = phrase.strip();
    String u = p.toUpperCase(Locale.ROOT);
    if (u.endsWith("MAN")) {
      return p.substring(0, p.length() - 3) + "MEN";
    }
    if (u.endsWith("Y") && u.length() > 1 && "AEIOU".indexOf(u.charAt(u.length() - 2)) < 0) {
      return p.substring(0, p.length() - 1) + "IES";
    }
    if (u.endsWith("S") || u.endsWith("X") || u.endsWith("Z") || u.endsWith("CH") || u.endsWith("SH")) {
      return p + "ES";
    }
    return p + "S";
  }

  /** Number of phrase forms (singulars and plurals). */
  public int size() {
    return size;
  }

  /**
   * The longest agent phrase starting at token {@code i} and ending before {@code end}, or null.
   * Words compare case-insensitively; the phrase's last token must be a noun.
   */
  public Match match(List<Token> tokens, int i, int end) {
    List<Map.Entry<String[], Agent>> cands = byFirst.get(tokens.get(i).word().toLowerCase(Locale.ROOT));
    if (cands == null) {
      return null;
    }
    for (Map.Entry<String[], Agent> c : cands) {
      String[] w = c.getKey();
      if (i + w.length > end) {
        continue;
      }
      boolean ok = true;
      for (int k = 1; k < w.length && ok; k++) {
        ok = tokens.get(i + k).word().equalsIgnoreCase(w[k]);
      }
      if (ok && tokens.get(i + w.length - 1).isNoun()) {
        return new Match(i, i + w.length, c.getValue());
      }
    }
    return null;
  }
}
