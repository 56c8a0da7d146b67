package org.dossier.nlp.actor;

import java.util.Map;

/**
 * The country a document is about, as far as a noun that names a country's state or people without
 * saying which ("the government", "the authorities", "16 people") can be read as that country's:
 * the country of the most actor mentions (each mention of an actor with a country counts once;
 * international bodies have none), provided that
 * <ol>
 *   <li>the document has at least {@link #MIN_SENTENCES} sentences — a lone sentence (a headline, a
 *       coding record) states no topic beyond itself, and</li>
 *   <li>that country holds more than half of those mentions — a story shared by two countries
 *       ("talks between Peru and Japan") has no single home country.</li>
 * </ol>
 * Otherwise there is none, and such a noun stays no actor: it fails safe. Ties are no majority.
 *
 * <p>{@link #plurality} and {@link #dominant} are the one reading of which country a document is
 * about that every component uses; callers that act on the answer more boldly (the unnamed parties of an event noun) ask for a
 * larger share. Stateless and thread-safe.
 */
public final class HomeCountry {
  /** Fewest sentences a document needs before its own country can be read into a bare noun. */
  static final int MIN_SENTENCES = 3;

  private HomeCountry() {
  }

  /**
   * The home country.
   *
   * @param mentions  ISO3 → how many actor mentions are of that country
   * @param sentences how many sentences the document has
   * @return the ISO3 code, or null when no single country is clear
   */
  public static String of(Map<String, Integer> mentions, int sentences) {
    if (sentences < MIN_SENTENCES) {
      return null;
    }
    // "more than half": the smallest double above 0.5 (a share of exactly one half is a tie)
    return dominant(mentions, 1, Math.nextUp(0.5));
  }

  /**
   * The most-mentioned key ({@link CountryEvidence}'s story country), ties to the first in the
   * map's order; null for no mentions.
   */
  public static String plurality(Map<String, Integer> mentions) {
    String best = null;
    for (Map.Entry<String, Integer> e : mentions.entrySet()) {
      if (best == null || e.getValue() > mentions.get(best)) {
        best = e.getKey();
      }
    }
    return best;
  }

  /**
   * The country that holds at least {@code minShare} of the counted mentions.
   *
   * @param mentions    ISO3 (or any key) → how many mentions it has
   * @param minMentions fewest mentions in all before any country can dominate
   * @param minShare    share of all mentions the country needs, in (0, 1]
   * @return the key, or null when the mentions are too few or no key holds the share
   * @throws IllegalArgumentException when minShare is outside (0, 1]
   */
  public static String dominant(Map<String, Integer> mentions, int minMentions, double minShare) {
    if (!(minShare > 0 && minShare <= 1)) {
      throw new IllegalArgumentException("minShare must be in (0, 1]: " + minShare);
    }
    String best = plurality(mentions);
    int total = mentions.values().stream().mapToInt(Integer::intValue).sum();
    if (best == null || total < minMentions) {
      return null;
    }
    return mentions.get(best) >= minShare * total ? best : null;
  }
}
