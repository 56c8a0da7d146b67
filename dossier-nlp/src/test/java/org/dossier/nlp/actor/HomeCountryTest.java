package org.dossier.nlp.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The home country a bare "the government" may be read as: one clear majority in a document. */
class HomeCountryTest {
  private static Map<String, Integer> counts(Object... pairs) {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], (Integer) pairs[i + 1]);
    }
    return m;
  }

  @Test
  void of_majorityCountryInADocument_isThatCountry() {
    assertThat(HomeCountry.of(counts("PER", 5, "JPN", 2, "BOL", 1), 6)).isEqualTo("PER");
  }

  @Test
  void of_singleSentence_none() {
    assertThat(HomeCountry.of(counts("PER", 3), 1)).isNull();
  }

  @Test
  void of_twoSentences_none() {
    assertThat(HomeCountry.of(counts("PER", 3), HomeCountry.MIN_SENTENCES - 1)).isNull();
  }

  @Test
  void of_tieBetweenTwoCountries_none() {
    assertThat(HomeCountry.of(counts("PER", 3, "JPN", 3), 6)).isNull();
  }

  @Test
  void of_pluralityWithoutMajority_none() {
    assertThat(HomeCountry.of(counts("PER", 4, "JPN", 3, "BOL", 2), 6)).isNull();
  }

  @Test
  void of_noActorWithACountry_none() {
    assertThat(HomeCountry.of(Map.of(), 6)).isNull();
  }

  @Test
  void dominant_shareReached_isThatCountry() {
    assertThat(HomeCountry.dominant(counts("SDN", 6, "USA", 2), 5, 0.75)).isEqualTo("SDN");
  }

  @Test
  void dominant_shareMissed_none() {
    assertThat(HomeCountry.dominant(counts("SDN", 5, "USA", 2), 5, 0.75)).isNull();
  }

  @Test
  void dominant_tooFewMentions_none() {
    assertThat(HomeCountry.dominant(counts("SDN", 4), 5, 0.75)).isNull();
  }

  @Test
  void dominant_shareOutsideRange_throws() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> HomeCountry.dominant(counts("SDN", 4), 1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void plurality_tie_firstInOrder() {
    assertThat(HomeCountry.plurality(counts("PER", 3, "JPN", 3, "BOL", 1))).isEqualTo("PER");
  }

  @Test
  void plurality_noMentions_none() {
    assertThat(HomeCountry.plurality(Map.of())).isNull();
  }
}
