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
 * <p>Stateless.
 */
final class HomeCountry {
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
  static String of(Map<String, Integer> mentions, int sentences) {
    if (sentences < MIN_SENTENCES) {
      return null;
    }
    String best = null;
    int total = 0;
    for (Map.Entry<String, Integer> e : mentions.entrySet()) {
      total += e.getValue();
      if (best == null || e.getValue() > mentions.get(best)) {
        best = e.getKey();
      }
    }
    return best != null && 2 * mentions.get(best) > total ? best : null;
  }
}
