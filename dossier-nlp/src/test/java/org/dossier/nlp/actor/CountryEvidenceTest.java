package org.dossier.nlp.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dossier.model.Actor;
import org.dossier.model.ActorType;
import org.dossier.model.DocumentInfo;
import org.dossier.model.Dossier;
import org.dossier.model.Role;
import org.dossier.nlp.DossierConfig;
import org.dossier.nlp.Extractor;
import org.dossier.nlp.InputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Countries the text gives actors (CountryEvidence and the title phrases of ActorResolver), end to
 * end with the built-in knowledge base, on sentences and invented names written for these tests.
 */
class CountryEvidenceTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create(DossierConfig.defaults());
  }

  private static Dossier extract(String text, String date) throws InputException {
    return extractor.extract(DocumentInfo.of("t", LocalDate.parse(date), text));
  }

  private static Actor actor(Dossier d, String mention) {
    return d.actors().stream().filter(a -> a.name().equals(mention)
        || a.mentions().stream().anyMatch(m -> m.text().equals(mention))).findFirst()
        .orElseThrow(() -> new AssertionError("no actor " + mention + " in " + d.actors()));
  }

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      Paul Marrot   | FRA | Sudanese officials met the French envoy in Sudan Paul Marrot in Khartoum on Monday. Sudan said the talks went well. Marrot left on Tuesday.
      Joseph Kamau  | KEN | Ugandan officials said Kenya's ambassador to Uganda, Joseph Kamau, would return to Kampala. Uganda and Ugandan ministers welcomed him.
      Maria Lopez   | CHL | Peruvian officials said Maria Lopez, former president of the Chilean Senate, would visit Lima. Peru and Peruvian ministers welcomed her.
      Peter Odhiambo| KEN | Police in Nairobi arrested three men on Tuesday. Kenyan officials said the men were questioned. Peter Odhiambo told reporters the inquiry was over.
      Karl Brenner  |     | EU envoy Karl Brenner met Sudanese officials in Khartoum on Monday. Sudan said the talks went well.
      """)
  void apply_markerOrStory_country(String name, String country, String text) throws InputException {
    assertThat(actor(extract(text, "2006-12-10"), name).country()).isEqualTo(country);
  }

  @Test
  void apply_unitedNationsTroopsInACountry_noCountry() throws InputException {
    // regression: "X in PLACE" gave UN troops the country they serve in
    Dossier d = extract("UN peacekeeping troops in Liberia handed out food on Monday. Liberian officials thanked them.",
        "2006-11-19");
    assertThat(actor(d, "UN peacekeeping troops").country()).isNull();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      2006-12-10 | SDN
      2015-03-01 | SSD
      """)
  void apply_placeInStateNotYetIndependent_predecessorCountry(String date, String country) throws InputException {
    // regression: a 2006 story put Malakal in South Sudan
    Dossier d = extract("Fighting broke out in Malakal on Sunday, officials said.", date);
    assertThat(actor(d, "Malakal").country()).isEqualTo(country);
  }

  @Test
  void apply_policeOfTheStoryCountry_codeComposedWithCountry() throws InputException {
    Dossier d = extract("Kenyan police arrested two men in Nairobi on Monday. Kenya said police would question them.",
        "2006-12-10");
    Actor police = actor(d, "Kenyan police");
    assertThat(police.country()).isEqualTo("KEN");
    assertThat(police.code()).isEqualTo("KENCOP");
  }

  @Test
  void apply_surnameWithArabicArticle_oneActor() throws InputException {
    // regression: "Hakim" and "Abdel Aziz al-Hakim" were two persons
    Dossier d = extract("Ahmed Saleh al-Rashidi arrived in Cairo on Monday. Rashidi said the talks went well.",
        "2006-12-10");
    assertThat(d.actors().stream().filter(a -> a.type() == ActorType.PERSON)).singleElement()
        .satisfies(a -> assertThat(a.mentions()).hasSize(2));
  }

  @Test
  void apply_abbreviatedRank_titleWrittenOut() throws InputException {
    Dossier d = extract("Col. Tomas Berglund said the patrol had returned safely.", "2006-12-10");
    assertThat(actor(d, "Tomas Berglund").roles()).extracting(Role::title).contains("Colonel");
  }

  @Test
  void apply_nationalityTaggedAsPerson_noPerson() throws InputException {
    // regression: "Filipino" became a PERSON actor
    Dossier d = extract("A Filipino woman said she had been attacked near the port.", "2005-11-01");
    assertThat(d.actors()).noneMatch(a -> a.type() == ActorType.PERSON);
  }

  @Test
  void apply_titlePhraseBesideName_joinsThePerson() throws InputException {
    // regression: "US envoy" was a person of its own beside the named envoy
    Dossier d = extract("The US envoy in Sudan Andrew Keller met officials in Khartoum on Monday.", "2006-12-10");
    Actor keller = actor(d, "Andrew Keller");
    assertThat(keller.country()).isEqualTo("USA");
    assertThat(keller.mentions()).extracting(m -> m.text()).contains("US envoy");
    assertThat(d.actors()).filteredOn(a -> a.type() == ActorType.PERSON).hasSize(1);
  }
}
