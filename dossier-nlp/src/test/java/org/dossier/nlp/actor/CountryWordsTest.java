package org.dossier.nlp.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The word tables of country-evidence.tsv and successor-states.tsv, on names written for these tests. */
class CountryWordsTest {
  private final CountryWords words = CountryWords.builtIn();

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      UN peacekeepers                      | true
      EU envoy                             | true
      International Crisis Group           | true
      Red Cross officials                  | true
      African Union observers              | true
      foreign journalists                  | true
      Interior ministry officials          | false
      Kenya Farmers Union                  | false
      Sudan Liberation Movement            | false
      Unity Party                          | false
      """)
  void isInternational_name_marksInternationalBodies(String name, boolean expected) {
    assertThat(words.isInternational(name)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      in   | true
      to   | true
      at   | true
      of   | false
      from | false
      """)
  void isLocative_preposition_onlyPlacePrepositions(String word, boolean expected) {
    assertThat(words.isLocative(word)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      SSD | 2006-12-10 | SDN
      SSD | 2011-07-09 | SSD
      SSD | 2015-01-01 | SSD
      ERI | 1990-05-01 | ETH
      XKX | 2004-03-01 | SRB
      FRA | 1990-01-01 | FRA
      """)
  void onDate_stateNotYetIndependent_predecessor(String iso3, String date, String expected) {
    assertThat(words.onDate(iso3, LocalDate.parse(date))).isEqualTo(expected);
  }
}
