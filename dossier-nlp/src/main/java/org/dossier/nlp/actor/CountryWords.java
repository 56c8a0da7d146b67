package org.dossier.nlp.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.nlp.text.DataFile;

/**
 * The data {@link CountryEvidence} reads, loaded once from {@code country-evidence.tsv} (words
 * marking international bodies, locative prepositions) and {@code successor-states.tsv} (states
 * that did not exist yet on a date). Both files carry their source notes and examples.
 *
 * <p>Immutable and thread-safe.
 */
public final class CountryWords {
  /** A state that became independent of {@code predecessor} on {@code from}. */
  public record Successor(String iso3, String predecessor, LocalDate from) {}

  private static final class Holder {
    static final CountryWords BUILT_IN = load();
  }

  private final Set<String> international;
  private final Set<String> locative;
  private final List<Successor> successors;

  CountryWords(Set<String> international, Set<String> locative, List<Successor> successors) {
    this.international = Set.copyOf(international);
    this.locative = Set.copyOf(locative);
    this.successors = List.copyOf(successors);
  }

  /** The built-in tables. */
  public static CountryWords builtIn() {
    return Holder.BUILT_IN;
  }

  /**
   * Whether a name (lower-cased, split on spaces and hyphens) contains a word or phrase marking an
   * international body or a multinational group ("UN peacekeepers", "International Crisis Group").
   */
  public boolean isInternational(String name) {
    String n = " " + name.toLowerCase(Locale.ROOT).replaceAll("[-'’()]", " ").replaceAll("\\s+", " ").strip() + " ";
    for (String w : international) {
      if (n.contains(" " + w + " ")) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code word} is a preposition of place ("in", "to"): a country after it is where, not whose. */
  public boolean isLocative(String word) {
    return locative.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * The state a place of {@code iso3} belonged to on {@code date}: the predecessor when {@code iso3}
   * was not yet independent then ("Malakal" is in Sudan in 2006), else {@code iso3}.
   */
  public String onDate(String iso3, LocalDate date) {
    if (iso3 == null || date == null) {
      return iso3;
    }
    for (Successor s : successors) {
      if (s.iso3().equals(iso3) && date.isBefore(s.from())) {
        return s.predecessor();
      }
    }
    return iso3;
  }

  private static CountryWords load() {
    Set<String> international = new HashSet<>();
    Set<String> locative = new HashSet<>();
    for (String[] row : rows("country-evidence.tsv")) {
      switch (row[0]) {
        case "international" -> international.add(row[1].toLowerCase(Locale.ROOT));
        case "locative" -> locative.add(row[1].toLowerCase(Locale.ROOT));
        default -> throw new IllegalStateException("country-evidence.tsv: unknown kind " + row[0]);
      }
    }
    List<Successor> successors = new ArrayList<>();
    for (String[] row : rows("successor-states.tsv")) {
      successors.add(new Successor(row[0], row[1], LocalDate.parse(row[2])));
    }
    return new CountryWords(international, locative, successors);
  }

  private static List<String[]> rows(String resource) {
    List<String[]> out = new ArrayList<>();
    for (DataFile.Row row : DataFile.rows(CountryWords.class, resource)) {
      String[] cols = row.fields();
      if (cols.length < 2) {
        throw new IllegalStateException(row.where() + ": expected tab-separated columns: " + row.text());
      }
      out.add(cols);
    }
    return out;
  }
}
