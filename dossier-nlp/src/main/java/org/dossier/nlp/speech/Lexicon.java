package org.dossier.nlp.speech;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.nlp.text.DataFile;
import org.dossier.nlp.text.ReportingVerbs;

/**
 * The word lists of the speech components, loaded once per JVM from the resource files beside
 * this class. Immutable and thread-safe.
 */
final class Lexicon {
  /** A goal trigger: lemma pattern, kind (see {@code goal-triggers.tsv}), polarity. */
  record Trigger(String[] lemmas, String kind, boolean negative) {}

  /** A hedge phrase (lower-case words) and its certainty. */
  record Hedge(String[] words, String certainty) {}

  private static final Lexicon INSTANCE = new Lexicon();

  final Map<String, String> reportingVerbs;
  /** Verbs of praise and blame by lemma, with their certainty: claims, never quote cues. */
  final Map<String, String> stanceVerbs;
  final List<Hedge> hedges;
  final List<Hedge> uncertaintyFrames;
  final List<Hedge> hedgeFrames;
  final Set<String> sourceNouns;
  /** Records and measurements whose "show"/"find" reports without "that" ("polls show a close race"). */
  final Set<String> findingNouns;
  final List<Trigger> goalTriggers;
  /** Lemmas of one-word verb goal triggers ("want", "urge"): wanting verbs. */
  final Set<String> goalVerbs;
  /** Goal triggers by their first word, longest first. */
  final Map<String, List<Trigger>> goalTriggersByFirst;
  final List<String[]> avoidVerbs;
  final Set<String> occasionNouns;
  final Set<String> quoteVerbs;
  final Set<String> timeNouns;
  final Set<String> nominalContentVerbs;
  final Set<String> phrasePrepositions;
  final Set<String> speaksForNouns;
  /** Verbs that name their object with a quoted word: called the plan “a disaster”. */
  final Set<String> namingVerbs;

  private Lexicon() {
    reportingVerbs = ReportingVerbs.certainties();
    Map<String, String> stance = new HashMap<>();
    for (String[] row : rows("stance-verbs.tsv", 2)) {
      stance.put(row[0], row[1]);
    }
    stanceVerbs = Collections.unmodifiableMap(stance);
    hedges = hedges("hedges.tsv");
    uncertaintyFrames = hedges("uncertainty-frames.tsv");
    hedgeFrames = hedges("hedge-frames.tsv");
    Set<String> nouns = new HashSet<>();
    for (String[] row : rows("source-nouns.txt", 1)) {
      nouns.add(row[0]);
    }
    sourceNouns = Collections.unmodifiableSet(nouns);
    findingNouns = words("finding-nouns.txt");
    List<Trigger> triggers = new ArrayList<>();
    List<String[]> triggerRows = new ArrayList<>(rows("goal-triggers.tsv", 3));
    triggerRows.addAll(rows("goal-phrases.tsv", 3));
    for (String[] row : triggerRows) {
      if (!Set.of("verb", "verb-obj", "adj", "noun", "noun-obj", "purpose", "modal", "modal-first").contains(row[1]) || !Set.of("pos", "neg").contains(row[2])) {
        throw new IllegalStateException("bad goal trigger row: " + String.join("|", row));
      }
      triggers.add(new Trigger(row[0].split(" "), row[1], "neg".equals(row[2])));
    }
    // longest patterns first, so "push for" wins over a shorter one at the same place
    triggers.sort((a, b) -> Integer.compare(b.lemmas().length, a.lemmas().length));
    goalTriggers = List.copyOf(triggers);
    Set<String> gv = new HashSet<>();
    for (Trigger t : triggers) {
      if (t.kind().startsWith("verb")) {
        gv.add(t.lemmas()[0]);
      }
    }
    goalVerbs = Collections.unmodifiableSet(gv);
    Map<String, List<Trigger>> byFirst = new HashMap<>();
    for (Trigger t : goalTriggers) {
      byFirst.computeIfAbsent(t.lemmas()[0], k -> new ArrayList<>()).add(t);
    }
    byFirst.replaceAll((k, v) -> List.copyOf(v));
    goalTriggersByFirst = Collections.unmodifiableMap(byFirst);
    List<String[]> avoid = new ArrayList<>();
    for (String[] row : rows("avoid-verbs.txt", 1)) {
      avoid.add(row[0].split(" "));
    }
    avoidVerbs = List.copyOf(avoid);
    Set<String> occasions = new HashSet<>();
    for (String[] row : rows("occasion-nouns.txt", 1)) {
      occasions.add(row[0]);
    }
    occasionNouns = Collections.unmodifiableSet(occasions);
    Set<String> qv = new HashSet<>();
    for (String[] row : rows("quote-verbs.txt", 1)) {
      qv.add(row[0]);
    }
    quoteVerbs = Collections.unmodifiableSet(qv);
    timeNouns = words("time-nouns.txt");
    nominalContentVerbs = words("nominal-content-verbs.txt");
    phrasePrepositions = words("phrase-prepositions.txt");
    speaksForNouns = words("speaks-for-nouns.txt");
    namingVerbs = words("naming-verbs.txt");
  }

  static Lexicon get() {
    return INSTANCE;
  }

  private static Set<String> words(String file) {
    Set<String> out = new HashSet<>();
    for (String[] row : rows(file, 1)) {
      out.add(row[0]);
    }
    return Collections.unmodifiableSet(out);
  }

  private static List<Hedge> hedges(String file) {
    List<Hedge> list = new ArrayList<>();
    for (String[] row : rows(file, 2)) {
      list.add(new Hedge(row[0].split(" "), row[1]));
    }
    list.sort((a, b) -> Integer.compare(b.words().length, a.words().length));
    return List.copyOf(list);
  }

  private static List<String[]> rows(String file, int columns) {
    List<String[]> rows = new ArrayList<>();
    for (DataFile.Row row : DataFile.rows(Lexicon.class, file)) {
      String[] cols = row.text().strip().toLowerCase(Locale.ROOT).split("\t");
      if (cols.length != columns) {
        throw new IllegalStateException(row.where() + ": expected " + columns + " columns, got: " + row.text());
      }
      rows.add(cols);
    }
    return rows;
  }
}
