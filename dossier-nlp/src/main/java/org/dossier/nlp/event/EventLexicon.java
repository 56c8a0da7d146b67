package org.dossier.nlp.event;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.nlp.text.DataFile;
import org.dossier.nlp.text.ReportingVerbs;

/**
 * Verb and noun patterns that code events: Dossier's own lexicon ({@code nominal.tsv}, the
 * nominalisations with where their source and target stand, then {@code lexicon.tsv}) and,
 * optionally, PETRARCH CAMEO verb dictionaries read from a user path at run time. The built-in files
 * share one format and one loader; {@code nominal.tsv} is read first, so of two equally specific
 * patterns for one head its row wins (see {@link ClauseCoder}: the first best pattern is taken).
 *
 * <p>Immutable and thread-safe once built.
 */
public final class EventLexicon {
  /** The built-in rule files, in precedence order. */
  private static final String CLAUSE_ONLY = "nominal.tsv";
  private static final List<String> RESOURCES = List.of(CLAUSE_ONLY, "lexicon.tsv");
  private static volatile EventLexicon builtIn;

  private final Map<String, List<LexEntry>> verbs;
  private final Map<String, List<LexEntry>> nouns;
  private final int size;

  private EventLexicon(Collection<LexEntry> entries) {
    Map<String, List<LexEntry>> v = new HashMap<>();
    Map<String, List<LexEntry>> n = new HashMap<>();
    for (LexEntry e : entries) {
      (e.noun() ? n : v).computeIfAbsent(e.head(), k -> new ArrayList<>()).add(e);
    }
    v.replaceAll((k, l) -> List.copyOf(l));
    n.replaceAll((k, l) -> List.copyOf(l));
    this.verbs = Map.copyOf(v);
    this.nouns = Map.copyOf(n);
    this.size = entries.size();
  }

  /** Dossier's bundled lexicon, loaded once per JVM. */
  public static EventLexicon builtIn() {
    EventLexicon b = builtIn;
    if (b == null) {
      synchronized (EventLexicon.class) {
        b = builtIn;
        if (b == null) {
          List<LexEntry> all = new ArrayList<>();
          for (String resource : RESOURCES) {
            all.addAll(parseTsv(DataFile.text(EventLexicon.class, resource), resource));
          }
          b = new EventLexicon(all);
          builtIn = b;
        }
      }
    }
    return b;
  }


  /** A lexicon from Dossier-format text (see {@code lexicon.tsv} for the format). */
  public static EventLexicon parse(String tsv, String origin) {
    return new EventLexicon(parseTsv(tsv, origin));
  }

  /**
   * Reads a PETRARCH CAMEO verb dictionary ({@code CAMEO.verbpatterns.*.txt} format: synsets,
   * {@code --- NAME [code] ---} blocks, verb lines, {@code - pre * post [code]} patterns).
   * Transformations ({@code ~} lines) are ignored.
   *
   * @throws UncheckedIOException when the file cannot be read
   */
  public static EventLexicon loadPetrarch(Path file) {
    try {
      return new EventLexicon(PetrarchVerbReader.read(Files.readAllLines(file, StandardCharsets.UTF_8),
          file.getFileName().toString()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read PETRARCH verb dictionary " + file, e);
    }
  }

  /**
   * This lexicon with {@code other}'s entries in place of its own for every verb and noun head that
   * {@code other} defines: a dictionary the user loads says how its words are coded, and a more
   * specific built-in pattern for the same word must not overrule it. Heads {@code other} does
   * not define keep this lexicon's entries.
   */
  public EventLexicon with(EventLexicon other) {
    List<LexEntry> all = new ArrayList<>();
    other.verbs.values().forEach(all::addAll);
    other.nouns.values().forEach(all::addAll);
    verbs.forEach((head, l) -> {
      if (!other.verbs.containsKey(head)) {
        all.addAll(l);
      }
    });
    nouns.forEach((head, l) -> {
      if (!other.nouns.containsKey(head)) {
        all.addAll(l);
      }
    });
    return new EventLexicon(all);
  }

  /**
   * This lexicon without the rows of {@code nominal.tsv}: the view of the token-window coder
   * ({@link DocumentCoder}). Those rows say where source and target stand in syntactic roles (the
   * possessor, the "between" phrase, the subject of the light verb or of the host clause) that only
   * the clause layer has; a window scan would read them by proximity and code the wrong parties.
   */
  EventLexicon withoutClauseOnlyRows() {
    List<LexEntry> all = new ArrayList<>();
    verbs.values().forEach(all::addAll);
    nouns.values().forEach(all::addAll);
    all.removeIf(e -> e.origin().startsWith(CLAUSE_ONLY + ":"));
    return all.size() == size ? this : new EventLexicon(all);
  }

  /** Every verb and noun head lemma, e.g. for choosing which sentences to parse. */
  public Set<String> heads() {
    Set<String> all = new HashSet<>(verbs.keySet());
    all.addAll(nouns.keySet());
    return Set.copyOf(all);
  }

  /** Number of patterns. */
  public int size() {
    return size;
  }

  List<LexEntry> verbs(String lemma) {
    List<LexEntry> l = verbs.get(lemma);
    return l == null ? List.of() : l;
  }

  List<LexEntry> nouns(String lemma) {
    List<LexEntry> l = nouns.get(lemma);
    return l == null ? List.of() : l;
  }

  /**
   * The verb entries for a token of surface form {@code word} and lemma {@code lemma}: those of the
   * form itself when the lexicon lists that inflected form as a head of its own (a PETRARCH
   * dictionary codes "left" apart from "leave", "met" apart from "meet"), otherwise the lemma's.
   * Reporting verbs are always read by lemma: "said" is attribution, whose source the speech
   * components decide, and a dictionary's "SAID" entry would code it as an event of its own.
   */
  List<LexEntry> verbsOf(String word, String lemma) {
    String w = word.toLowerCase(Locale.ROOT);
    return !w.equals(lemma) && verbs.containsKey(w) && !ReportingVerbs.contains(lemma) ? verbs.get(w) : verbs(lemma);
  }

  boolean hasVerb(String lemma) {
    return verbs.containsKey(lemma);
  }

  boolean hasNoun(String lemma) {
    return nouns.containsKey(lemma);
  }

  static List<LexEntry> parseTsv(String text, String origin) {
    List<LexEntry> out = new ArrayList<>();
    for (DataFile.Row rule : DataFile.rows(text, origin)) {
      String where = rule.where();
      String[] f = rule.fields();
      if (f.length < 4) {
        throw new IllegalArgumentException(where + ": expected kind, heads, pattern, code[, options], got: " + String.join("\t", f));
      }
      boolean noun;
      if ("V".equals(f[0])) {
        noun = false;
      } else if ("N".equals(f[0])) {
        noun = true;
      } else {
        throw new IllegalArgumentException(where + ": kind must be V or N, got: " + f[0]);
      }
      String code = f[3].trim();
      if (code.equals("-")) {
        code = null; // a sense that is no event ("called an election"): it wins over less specific rows
      } else if (!code.matches("\\d{2,4}")) {
        throw new IllegalArgumentException(where + ": code must be 2-4 digits or '-', got: " + code);
      }
      Set<String> options = new HashSet<>();
      String alt = null;
      if (f.length > 4 && !f[4].isBlank()) {
        for (String o : f[4].split(",")) {
          o = o.trim();
          if (o.startsWith("alt=")) {
            alt = o.substring(4);
          } else if (Set.of("rev", "loc2target", "needtarget", "nosource", "nocomp", "passive", "authority",
              "unnamed").contains(o)
              || o.matches("(src|tgt)=[a-z.:]+(\\|[a-z.:]+)*") || o.matches("subjof=[a-z]+(\\|[a-z]+)*")) {
            options.add(o);
          } else {
            throw new IllegalArgumentException(where + ": unknown option: " + o);
          }
        }
      }
      String[] words = f[2].trim().split("\\s+");
      int star = -1;
      for (int w = 0; w < words.length; w++) {
        if ("*".equals(words[w])) {
          if (star >= 0) {
            throw new IllegalArgumentException(where + ": more than one '*' in pattern: " + f[2]);
          }
          star = w;
        }
      }
      if (star < 0) {
        throw new IllegalArgumentException(where + ": pattern needs a '*' for the head: " + f[2]);
      }
      List<Set<String>> before = new ArrayList<>();
      List<Set<String>> after = new ArrayList<>();
      for (int w = 0; w < words.length; w++) {
        if (w != star) {
          (w < star ? before : after).add(alternatives(words[w]));
        }
      }
      for (String head : f[1].split(",")) {
        out.add(new LexEntry(noun, head.trim().toLowerCase(Locale.ROOT), before, after, code, options, alt, where));
      }
    }
    return out;
  }

  private static Set<String> alternatives(String word) {
    Set<String> s = new LinkedHashSet<>();
    for (String a : word.toLowerCase(Locale.ROOT).split("\\|")) {
      if (!a.isEmpty()) {
        s.add(a);
      }
    }
    return Set.copyOf(s);
  }
}
