package org.dossier.kb;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Dossier's knowledge base: countries, blocs, organisations and persons, with offices that carry
 * validity dates. Built-in data files ship in this module; users add entries in the same format.
 *
 * <p>Implementations are immutable and thread-safe; load once per JVM.
 */
public interface KnowledgeBase {
  /**
   * Looks up entities by a name as written ("Vladimir V. Putin", "NATO", "the Kremlin" is NOT an
   * entity name but a seat, see {@link #countryBySeat}). Matching ignores case, periods in
   * initials and a leading "the". Empty when unknown.
   */
  List<KbEntity> lookup(String name);

  /**
   * The persons whose name or an alias of two words or more ends in {@code surname} ("Museveni":
   * Yoweri and Janet Museveni), matched as {@link #lookup} matches names. Empty when none.
   */
  List<KbEntity> personsBySurname(String surname);

  /** The entity with {@code id}. */
  Optional<KbEntity> byId(String id);

  /** The offices {@code personId} holds on {@code date}, most specific first. */
  List<KbRole> rolesOn(String personId, LocalDate date);

  /** Every office of {@code personId}, in date order. */
  List<KbRole> roles(String personId);

  /** Persons holding an office matching {@code title} of {@code of} (name or ISO3) on {@code date}. */
  List<KbEntity> holders(String title, String of, LocalDate date);

  /** The country with this ISO alpha-3 code. */
  Optional<KbCountry> country(String iso3);

  /** The country with this name or alias ("Russia", "the United States", "U.S."). */
  Optional<KbCountry> countryByName(String name);

  /** The country of this demonym ("Russian", "Chinese", "Americans"). */
  Optional<KbCountry> countryByDemonym(String demonym);

  /** The country whose government this seat stands for ("Beijing", "the Kremlin", "Washington"). */
  Optional<KbCountry> countryBySeat(String seat);

  /** All countries. */
  List<KbCountry> countries();

  /** The date the built-in data is current to (ISO date). */
  String asOf();

  /** The built-in knowledge base, loaded once per JVM. */
  static KnowledgeBase builtIn() {
    return KbLoader.builtIn();
  }

  /**
   * The hand-checked built-in files alone, without the rows converted from PETRARCH/Phoenix
   * dictionaries: what {@link PhoenixConverter} compares a conversion against. Loads afresh.
   */
  static KnowledgeBase builtInOwn() {
    return KbLoader.own();
  }

  /** The built-in knowledge base plus user files in the same format (TSV, see docs/kb.md). */
  static KnowledgeBase withFiles(List<Path> files) {
    return KbLoader.load(files);
  }

  /**
   * The built-in knowledge base plus user TSV files and PETRARCH/Phoenix actor dictionaries read from
   * the given paths at run time (see {@link PetrarchActors} for what is imported). Each call loads
   * afresh; keep the result.
   */
  static KnowledgeBase withFiles(List<Path> files, List<Path> petrarchDictionaries) {
    return KbLoader.load(files, petrarchDictionaries);
  }

  /** The built-in knowledge base plus one PETRARCH/Phoenix actor dictionary. */
  static KnowledgeBase withPetrarchDictionary(Path dictionary) {
    return KbLoader.load(List.of(), List.of(dictionary));
  }
}
