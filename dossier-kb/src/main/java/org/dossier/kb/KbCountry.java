package org.dossier.kb;

import java.util.List;
import java.util.Objects;

/**
 * Country facts used to read text: names, demonyms, capital and seats of government.
 *
 * @param iso3      ISO 3166-1 alpha-3
 * @param iso2      ISO 3166-1 alpha-2
 * @param cameo     CAMEO country code (usually equal to {@code iso3})
 * @param name      common English name
 * @param aliases   other names ("U.S.", "America", "the United States of America")
 * @param demonyms  adjectives and plural nouns ("Russian", "Russians")
 * @param capital   capital city, or null
 * @param seats     names that stand for its government by metonymy ("Moscow", "the Kremlin")
 * @param region    region or continent, or null
 */
public record KbCountry(String iso3, String iso2, String cameo, String name, List<String> aliases,
    List<String> demonyms, String capital, List<String> seats, String region) {
  public KbCountry {
    if (!isAlpha3(iso3)) {
      throw new IllegalArgumentException("iso3 must be three upper-case letters, got: " + iso3);
    }
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases == null ? List.of() : aliases);
    demonyms = List.copyOf(demonyms == null ? List.of() : demonyms);
    seats = List.copyOf(seats == null ? List.of() : seats);
  }

  /** Whether {@code s} is three upper-case ASCII letters (no regex: called for every loaded row). */
  static boolean isAlpha3(String s) {
    if (s == null || s.length() != 3) {
      return false;
    }
    for (int i = 0; i < 3; i++) {
      char c = s.charAt(i);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return true;
  }
}
