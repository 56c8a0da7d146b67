package org.dossier.nlp.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.ActorType;
import org.dossier.nlp.text.DataFile;

/**
 * The word lists of the reference resolver ({@code pronouns.tsv}, {@code honorifics.tsv} beside
 * this class), loaded once per JVM. Immutable and thread-safe.
 */
public final class ReferenceWords {
  /**
   * What a pronoun can refer to.
   *
   * @param gender      'M', 'F', or '-' for any
   * @param types       actor types it can name
   * @param subjectOnly whether it resolves only as the subject of a non-copular verb ("it said")
   */
  public record Pronoun(char gender, Set<ActorType> types, boolean subjectOnly) {}

  private static final ReferenceWords INSTANCE = new ReferenceWords();

  private final Map<String, Pronoun> pronouns = new HashMap<>();
  private final Map<String, Character> honorifics = new HashMap<>();
  private final Map<String, Set<ActorType>> classNouns = new HashMap<>();

  private ReferenceWords() {
    for (String[] row : rows("pronouns.tsv", 4)) {
      pronouns.put(row[0], new Pronoun(row[1].charAt(0), types(row[2]), row[3].equals("subject")));
    }
    for (String[] row : rows("honorifics.tsv", 2)) {
      honorifics.put(row[0], row[1].charAt(0));
    }
    for (String[] row : rows("class-nouns.tsv", 2)) {
      classNouns.put(row[0], types(row[1]));
    }
  }

  /** The shared instance. */
  public static ReferenceWords get() {
    return INSTANCE;
  }

  /** The pronoun {@code lowerWord}, if the resolver handles it. */
  public Optional<Pronoun> pronoun(String lowerWord) {
    return Optional.ofNullable(pronouns.get(lowerWord));
  }

  /** Whether {@code lowerWord} is an honorific or title written before a name ("Mr.", "Gen."). */
  public boolean isHonorific(String lowerWord) {
    return honorifics.containsKey(lowerWord);
  }

  /** The gender honorific {@code lowerWord} gives ('M' or 'F'), if it is one that gives one. */
  public Optional<Character> genderOf(String lowerWord) {
    Character g = honorifics.get(lowerWord);
    return g == null || g == '-' ? Optional.empty() : Optional.of(g);
  }

  /** The actor types a class noun ("group", "country") can name after "the"; empty when it is none. */
  public Set<ActorType> classNoun(String lemma) {
    return classNouns.getOrDefault(lemma, Set.of());
  }

  private static Set<ActorType> types(String column) {
    List<ActorType> types = new ArrayList<>();
    for (String t : column.split(",")) {
      types.add(ActorType.valueOf(t.trim()));
    }
    return Set.copyOf(types);
  }

  private static List<String[]> rows(String file, int columns) {
    List<String[]> out = new ArrayList<>();
    for (DataFile.Row row : DataFile.rows(ReferenceWords.class, file)) {
      String[] cols = row.fields();
      if (cols.length < columns) {
        throw new IllegalStateException(row.where() + ": expected " + columns + " columns: " + row.text());
      }
      cols[0] = cols[0].toLowerCase(Locale.ROOT);
      out.add(cols);
    }
    return out;
  }
}
