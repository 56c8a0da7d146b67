package org.dossier.nlp.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dossier.kb.KnowledgeBase;
import org.dossier.model.Actor;
import org.dossier.model.ActorType;
import org.dossier.model.DocumentInfo;
import org.dossier.model.Dossier;
import org.dossier.model.DossierAssertions;
import org.dossier.model.Role;
import org.dossier.model.Span;
import org.dossier.nlp.DossierConfig;
import org.dossier.nlp.Extractor;
import org.dossier.nlp.InputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Actor resolution end to end, on short texts written for these tests and a small fixture KB. */
class ActorResolverTest {
  private static Extractor extractor;
  private static List<Path> kbFiles;

  @BeforeAll
  static void load() throws URISyntaxException {
    kbFiles = List.of(fixture("countries.tsv"), fixture("entities.tsv"), fixture("roles.tsv"));
    extractor = Extractor.create(DossierConfig.defaults().withKbFiles(kbFiles));
  }

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(ActorResolverTest.class.getResource(name).toURI());
  }

  private static Dossier extract(String text, LocalDate date) throws InputException {
    Dossier d = extractor.extract(DocumentInfo.of("t", date, text));
    DossierAssertions.assertOffsetsSliceText(d);
    return d;
  }

  private static Actor actor(Dossier d, String name) {
    return d.actors().stream().filter(a -> a.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no actor " + name + " in " + d.actors()));
  }

  private static Actor actorWithMention(Dossier d, String text, int nth) {
    int from = -1;
    for (int i = 0; i <= nth; i++) {
      from = d.document().text().indexOf(text, from + 1);
    }
    int start = d.document().text().codePointCount(0, from);
    return d.actors().stream().filter(a -> a.mentions().stream().anyMatch(m -> m.start() == start
        && m.text().equals(text))).findFirst()
        .orElseThrow(() -> new AssertionError("no actor mentioned as " + text + " in " + d.actors()));
  }

  @Test
  void apply_sameTextDifferentDates_rolesAsOfPublicationDate() throws InputException {
    String text = "Vladimir Putin met farmers near Rostov on Monday. Mr. Putin said the harvest was good.\n";
    Actor in2009 = actor(extract(text, LocalDate.of(2009, 6, 1)), "Vladimir Putin");
    Actor in2022 = actor(extract(text, LocalDate.of(2022, 3, 1)), "Vladimir Putin");
    assertThat(in2009.roles()).extracting(Role::title, Role::of, Role::source)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Prime Minister", "Russia", "kb"));
    assertThat(in2022.roles()).extracting(Role::title).containsExactly("President");
    assertThat(in2022.kb()).isEqualTo("person:putin-vladimir");
    assertThat(in2022.country()).isEqualTo("RUS");
    assertThat(in2022.code()).isEqualTo("RUSGOV");
    assertThat(in2022.mentions()).extracting(Span::text).containsExactly("Vladimir Putin", "Putin");
  }

  @Test
  void apply_titleAndSurname_linksThroughKbHolders() throws InputException {
    Dossier d = extract("President Biden spoke to reporters in Ohio on Friday.\n", LocalDate.of(2023, 9, 1));
    Actor biden = actor(d, "Joe Biden");
    assertThat(biden.kb()).isEqualTo("person:biden-joe");
    assertThat(biden.code()).isEqualTo("USAGOV");
    assertThat(biden.roles()).singleElement().satisfies(r -> {
      assertThat(r.title()).isEqualTo("President");
      assertThat(r.of()).isEqualTo("United States");
      assertThat(r.source()).isEqualTo("text");
      assertThat(r.evidence().text()).isEqualTo("President Biden");
    });
  }

  @Test
  void apply_seatAsAgentAndAsPlace_countryActorAndLocationActor() throws InputException {
    Dossier d = extract("Moscow accused the West of prolonging the war. Later, a delegation arrived in Moscow"
        + " for talks, and the Kremlin said the talks went well.\n", LocalDate.of(2023, 9, 1));
    Actor agent = actorWithMention(d, "Moscow", 0);
    Actor place = actorWithMention(d, "Moscow", 1);
    assertThat(agent.type()).isEqualTo(ActorType.COUNTRY);
    assertThat(agent.name()).isEqualTo("Russia");
    assertThat(agent.code()).isEqualTo("RUS");
    assertThat(actorWithMention(d, "Kremlin", 0)).isSameAs(agent);
    assertThat(place.type()).isEqualTo(ActorType.LOCATION);
    assertThat(place.country()).isEqualTo("RUS");
  }

  @Test
  void apply_seatAsAgent_capitalPlaceRecordsMetonymicSpansOutsideItsMentions() throws InputException {
    Dossier d = extract("Moscow accused the West of prolonging the war. Later, a delegation arrived in Moscow"
        + " for talks, and the Kremlin said the talks went well.\n", LocalDate.of(2023, 9, 1));
    Actor agent = actorWithMention(d, "Moscow", 0);
    Actor place = actorWithMention(d, "Moscow", 1);
    assertThat(place.name()).isEqualTo("Moscow");
    assertThat(place.mentions()).singleElement().satisfies(m -> assertThat(m.start()).isGreaterThan(40));
    assertThat(place.metonymy()).isNotNull();
    assertThat(place.metonymy().standsFor()).isEqualTo(agent.id());
    assertThat(place.metonymy().mentions()).extracting(Span::text).containsExactly("Moscow", "Kremlin");
    assertThat(agent.metonymy()).isNull();
  }

  @Test
  void apply_seatQualifyingPlace_isPlaceNotGovernment() throws InputException {
    Dossier d = extract("The plane is on show at a museum in Springfield, Washington, since May. The mayor of"
        + " Moscow visited it.\n", LocalDate.of(2023, 9, 1));
    Actor washington = actorWithMention(d, "Washington", 0);
    assertThat(washington.type()).isEqualTo(ActorType.LOCATION);
    assertThat(washington.metonymy()).isNull();
    Actor moscow = actorWithMention(d, "Moscow", 0);
    assertThat(moscow.type()).isEqualTo(ActorType.LOCATION);
    assertThat(moscow.metonymy()).isNull();
  }

  @Test
  void apply_seatOnlyAsAgent_placeActorWithoutMentionsStillNamed() throws InputException {
    Dossier d = extract("Beijing has rejected the report, and Washington said it would respond.\n",
        LocalDate.of(2023, 9, 1));
    Actor beijing = actor(d, "Beijing");
    assertThat(beijing.type()).isEqualTo(ActorType.LOCATION);
    assertThat(beijing.country()).isEqualTo("CHN");
    assertThat(beijing.mentions()).isEmpty();
    assertThat(beijing.metonymy().standsFor()).isEqualTo(actor(d, "China").id());
    assertThat(actor(d, "Washington").metonymy().standsFor()).isEqualTo(actor(d, "United States").id());
    DossierAssertions.assertValidAgainstSchema(org.dossier.model.DossierJson.toJson(d));
  }

  @Test
  void apply_appositivesAndAppointment_textRolesWithEvidence() throws InputException {
    Dossier d = extract("\"We expect more trade,\" said Jane Roe, a senior research scientist at the"
        + " Institute for Peace Studies in Virginia. Ivan Petrov, the economy minister, agreed.\n",
        LocalDate.of(2024, 5, 17));
    Actor roe = actor(d, "Jane Roe");
    assertThat(roe.roles()).singleElement().satisfies(r -> {
      assertThat(r.title()).isEqualTo("senior research scientist");
      assertThat(r.of()).isEqualTo("Institute for Peace Studies");
      assertThat(r.evidence().text()).isEqualTo("a senior research scientist at the Institute for Peace Studies");
    });
    assertThat(roe.country()).isEqualTo("USA");
    assertThat(actor(d, "Ivan Petrov").roles()).extracting(Role::title).containsExactly("economy minister");
  }

  @Test
  void apply_kbEntityWithoutCountry_textGivesItNone() throws InputException {
    // regression: "in Africa, South Africa hosted ..." made the continent South African
    Dossier d = extract("The European Union in France opened an office. Later the European Union, Mongolia's"
        + " partner, signed a deal.\n", LocalDate.of(2024, 5, 17));
    assertThat(actor(d, "European Union").country()).isNull();
  }

  @Test
  void apply_titleOfNextNameInList_notAnAppositiveOfThePreviousName() throws InputException {
    // regression: "Bush, Japanese Prime Minister Koizumi, ..." gave Bush the Japanese office
    Dossier d = extract("The talks were attended by Maria Lopez, Chilean Foreign Minister Pedro Alvarez and"
        + " Brazilian President Ana Souza. Former President Tom Hale sent a message.\n", LocalDate.of(2024, 5, 17));
    assertThat(actor(d, "Maria Lopez").roles()).isEmpty();
    assertThat(actor(d, "Tom Hale").roles()).isEmpty();
    assertThat(actor(d, "Pedro Alvarez").roles()).extracting(Role::title).containsExactly("Foreign Minister");
  }

  @Test
  void apply_textAppointment_winsOverStaleKbOffice() throws InputException {
    // a date after the knowledge base's as-of date, where its open-ended offices may be stale
    LocalDate later = LocalDate.parse(KnowledgeBase.withFiles(kbFiles).asOf()).plusMonths(6);
    Dossier d = extract("Sergei Shoigu left the meeting early. Andrei Belousov, an economist who was named the"
        + " new defense minister this week, stayed.\n", later);
    Actor belousov = actor(d, "Andrei Belousov");
    assertThat(belousov.roles()).extracting(Role::title).containsExactly("defense minister");
    assertThat(belousov.roles().get(0).evidence().text()).contains("was named the new defense minister");
    assertThat(actor(d, "Sergei Shoigu").roles()).noneMatch(r -> r.title().contains("Defence"));
  }

  @Test
  void apply_acronymAfterExpansion_oneActor() throws InputException {
    Dossier d = extract("The North Atlantic Treaty Organization (NATO) held a summit. The Baltic Energy Council"
        + " met too. Later NATO said the BEC would join the talks.\n", LocalDate.of(2024, 5, 17));
    Actor nato = actor(d, "North Atlantic Treaty Organization");
    assertThat(nato.mentions()).extracting(Span::text).contains("NATO");
    assertThat(nato.code()).isEqualTo("IGOWSTNAT");
    assertThat(d.actors()).filteredOn(a -> a.mentions().stream().anyMatch(m -> m.text().equals("BEC")))
        .singleElement().satisfies(a -> assertThat(a.mentions()).extracting(Span::text)
            .contains("Baltic Energy Council"));
  }

  @Test
  void apply_sameSurnameTwoPersons_neverMerged() throws InputException {
    Dossier d = extract("John Miller met Anna Miller in Paris. Later John Miller left, and Ms. Miller stayed"
        + " to sign the deal.\n", LocalDate.of(2024, 5, 17));
    Actor john = actor(d, "John Miller");
    Actor anna = actor(d, "Anna Miller");
    assertThat(john).isNotSameAs(anna);
    assertThat(john.mentions()).extracting(Span::text).containsOnly("John Miller");
  }

  /** The kb id of the actor mentioned as {@code surname} at its last occurrence, or null. */
  private static String kbOfSurname(String text, LocalDate date, String surname) throws InputException {
    Dossier d = extract(text, date);
    int start = d.document().text().codePointCount(0, d.document().text().lastIndexOf(surname));
    return d.actors().stream().filter(a -> a.mentions().stream().anyMatch(m -> m.start() == start))
        .findFirst().orElseThrow(() -> new AssertionError("no actor " + surname + " in " + d.actors())).kb();
  }

  @Test
  void apply_surnameAfterFullName_linksToKbPersonOfFullName() throws InputException {
    // two Tambergs hold office in 2010: the text's own full name decides
    assertThat(kbOfSurname("Mira Tamberg opened the new bridge on Monday. Tamberg said it cost too much.\n",
        LocalDate.of(2010, 6, 1), "Tamberg")).isEqualTo("person:tamberg-mira");
  }

  @Test
  void apply_surnameAloneOnePersonInOffice_linksToKb() throws InputException {
    String text = "Tamberg opened the new bridge on Monday and said it cost too much.\n";
    assertThat(kbOfSurname(text, LocalDate.of(2005, 6, 1), "Tamberg")).isEqualTo("person:tamberg-ardo");
    assertThat(kbOfSurname(text, LocalDate.of(2015, 6, 1), "Tamberg")).isEqualTo("person:tamberg-mira");
  }

  @Test
  void apply_surnameAloneTwoOrNoPersonsInOffice_staysUnlinked() throws InputException {
    String text = "Tamberg opened the new bridge on Monday and said it cost too much.\n";
    assertThat(kbOfSurname(text, LocalDate.of(2010, 6, 1), "Tamberg")).isNull();
    assertThat(kbOfSurname(text, LocalDate.of(1998, 6, 1), "Tamberg")).isNull();
  }

  @Test
  void apply_surnameAloneBesideTwoFullNames_staysUnlinked() throws InputException {
    assertThat(kbOfSurname("Ardo Tamberg and Lena Tamberg opened the new bridge. Tamberg said it cost too much.\n",
        LocalDate.of(2005, 6, 1), "Tamberg")).isNull();
  }

  @Test
  void apply_bareGroupAfterGroupOfACountry_takesThatCountry() throws InputException {
    // regression: "the army" of a Ukrainian veteran's story took the story's country (USA)
    Dossier d = extract("Oleg Marchuk told reporters in Chicago that he had served in the Russian army in 1990."
        + " \"Life in the army was hard,\" he said. The United States gave him a visa, and the United States"
        + " helped his family.\n", LocalDate.of(2005, 12, 15));
    Actor army = actorWithMention(d, "army", 1);
    assertThat(army.country()).isEqualTo("RUS");
    assertThat(army.code()).isEqualTo("RUSMIL");
  }

  @Test
  void apply_bareGroupBeforeAnyGroupOfACountry_notGivenTheLaterOnesCountry() throws InputException {
    // the story is American (three mentions of the United States); the Russian army comes later
    Dossier d = extract("Life in the army was hard, Oleg Marchuk said in Chicago. The United States gave him a"
        + " visa, and the United States helped his family. The United States is his home. He had served in the"
        + " Russian army.\n", LocalDate.of(2005, 12, 15));
    Actor army = actorWithMention(d, "army", 0);
    assertThat(army.code()).isNotEqualTo("RUSMIL");
  }

  @Test
  void apply_groupsAndCountryCompounds_groupActorsAndNoFakeOrganisation() throws InputException {
    Dossier d = extract("Russian forces shelled the town while Western analysts watched. A China-Russia trade"
        + " fair opened, and Chinese banks lent money. Russian troops advanced.\n", LocalDate.of(2024, 5, 17));
    Actor forces = actor(d, "Russian forces");
    assertThat(forces.type()).isEqualTo(ActorType.GROUP);
    assertThat(forces.country()).isEqualTo("RUS");
    assertThat(forces.code()).isEqualTo("RUSMIL");
    assertThat(forces.mentions()).extracting(Span::text).contains("Russian troops");
    assertThat(actor(d, "Western analysts").code()).isEqualTo("WST");
    assertThat(actor(d, "Chinese banks").code()).isEqualTo("CHNBUS");
    assertThat(d.actors()).noneMatch(a -> a.name().contains("China-Russia"));
    assertThat(actor(d, "China").type()).isEqualTo(ActorType.COUNTRY);
    assertThat(actor(d, "Russia").mentions()).extracting(Span::text).containsExactly("Russia");
    assertThat(actor(d, "Russia").code()).isEqualTo("RUS");
  }

  @Test
  void apply_bareGroupNounsAndPluralNationality_groupActorsWithRoleAndCountryCodes() throws InputException {
    Dossier d = extract("Rebels attacked a convoy near the border, and police arrested two men. Ukrainians"
        + " protested in the capital while Ukrainian youths threw stones.\n", LocalDate.of(2024, 5, 17));
    Actor rebels = actor(d, "Rebels");
    assertThat(rebels.type()).isEqualTo(ActorType.GROUP);
    // no country of their own: the story's (Ukraine, from "Ukrainians") composes with the role
    assertThat(rebels.code()).isEqualTo("UKRREB");
    assertThat(actor(d, "police").code()).isEqualTo("UKRCOP");
    Actor ukrainians = actor(d, "Ukrainians");
    assertThat(ukrainians.type()).isEqualTo(ActorType.GROUP);
    assertThat(ukrainians.country()).isEqualTo("UKR");
    assertThat(actor(d, "Ukrainian youths").code()).isEqualTo("UKRCVL");
    assertThat(d.actors()).noneMatch(a -> a.name().equals("men"));
  }

  @Test
  void apply_possessedGroupNoun_noSeparateGroupActor() throws InputException {
    Dossier d = extract("Russia said it would withdraw its troops from the border.\n", LocalDate.of(2024, 5, 17));
    assertThat(d.actors()).noneMatch(a -> a.name().equals("troops"));
  }

  @Test
  void apply_kbKnowsTypes_correctsCrfTypes() throws InputException {
    Dossier d = extract("Roscosmos and Rosatom signed a deal with Ukraine and the United States.\n",
        LocalDate.of(2024, 5, 17));
    assertThat(actor(d, "Roscosmos").type()).isEqualTo(ActorType.ORGANIZATION);
    assertThat(actor(d, "Rosatom").country()).isEqualTo("RUS");
    assertThat(actor(d, "Ukraine").type()).isEqualTo(ActorType.COUNTRY);
    assertThat(actor(d, "United States").code()).isEqualTo("USA");
  }

  @Test
  void apply_roleDescription_joinsTheOnePersonWithThatOffice() throws InputException {
    Dossier d = extract("President Xi Jinping of China met President Vladimir Putin of Russia on Thursday."
        + " Analysts said the Chinese leader wanted cheaper gas.\n", LocalDate.of(2024, 5, 17));
    Actor xi = actor(d, "Xi Jinping");
    assertThat(xi.mentions()).extracting(Span::text).contains("the Chinese leader");
    assertThat(xi.code()).isEqualTo("CHNGOV");
    assertThat(actor(d, "Vladimir Putin").mentions()).noneMatch(m -> m.text().contains("leader"));
  }

  @Test
  void sameOffice_writtenAndKbTitles_matchOnlySameOffice() {
    assertThat(Offices.sameOffice("foreign minister", "Minister of Foreign Affairs")).isTrue();
    assertThat(Offices.sameOffice("defense minister", "Minister of Defence")).isTrue();
    assertThat(Offices.sameOffice("President", "President")).isTrue();
    assertThat(Offices.sameOffice("minister", "Deputy Prime Minister")).isFalse();
    assertThat(Offices.sameOffice("foreign minister", "Minister of Defence")).isFalse();
  }

  @Test
  void initials_multiWordName_skipsFunctionWords() {
    assertThat(ActorNames.initials("North Atlantic Treaty Organization")).isEqualTo("NATO");
    assertThat(ActorNames.initials("Bank for International Settlements")).isEqualTo("BIS");
  }

  @Test
  void apply_agentWithCountry_composedSectorCodes() throws InputException {
    Dossier d = extract("Soldiers from Chile crossed the border. The government of Peru protested, and Bolivia's"
        + " police closed the road. Officials in Argentina and Uruguay said nothing.\n", LocalDate.of(2024, 5, 17));
    assertThat(actorWithMention(d, "Soldiers from Chile", 0).code()).isEqualTo("CHLMIL");
    assertThat(actorWithMention(d, "government of Peru", 0).code()).isEqualTo("PERGOV");
    assertThat(actorWithMention(d, "Bolivia's police", 0).code()).isEqualTo("BOLCOP");
    assertThat(actorWithMention(d, "Officials in Argentina", 0).code()).isEqualTo("ARGGOV");
    assertThat(actorWithMention(d, "Uruguay", 0).code()).isEqualTo("URYGOV");
  }

  @Test
  void apply_bareSectorAgents_sectorCodeAloneButNoBareOfficials() throws InputException {
    Dossier d = extract("Clerics and lawmakers criticised the plan, a senior official said.\n",
        LocalDate.of(2024, 5, 17));
    assertThat(actor(d, "Clerics").code()).isEqualTo("REL");
    assertThat(actor(d, "lawmakers").code()).isEqualTo("LEG");
    assertThat(d.actors()).noneMatch(a -> a.name().contains("official"));
  }

  @Test
  void apply_nationalityAdjectiveOfUnnamedCountry_isMentionOfThatCountry() throws InputException {
    Dossier d = extract("The rebels turned down a Kenyan proposal on Friday.\n", LocalDate.of(2023, 9, 1));
    Actor kenya = actorWithMention(d, "Kenyan", 0);
    assertThat(kenya.type()).isEqualTo(ActorType.COUNTRY);
    assertThat(kenya.code()).isEqualTo("KEN");
  }

  @Test
  void apply_regionAdjectiveBeforeEventNoun_isMentionOfTheRegion() throws InputException {
    Dossier d = extract("Western sanctions on the oil sector hurt the economy.\n", LocalDate.of(2023, 9, 1));
    assertThat(actorWithMention(d, "Western", 0).code()).isEqualTo("WST");
  }

  @Test
  void apply_nationalityBeforeTitleAndName_staysWithThePerson() throws InputException {
    Dossier d = extract("Russian President Vladimir Putin spoke in Moscow on Monday.\n", LocalDate.of(2023, 9, 1));
    assertThat(d.actors()).noneMatch(a -> a.type() == ActorType.COUNTRY
        && a.mentions().stream().anyMatch(m -> m.text().equals("Russian")));
  }

  @Test
  void apply_kidnappersAndNationalityExtremists_areGroupActors() throws InputException {
    Dossier d = extract("Kidnappers freed two nurses after Peruvian extremists blocked a road.\n",
        LocalDate.of(2023, 9, 1));
    assertThat(actor(d, "Kidnappers").code()).isEqualTo("PERCRM"); // the story's country composes
    assertThat(actor(d, "Peruvian extremists").code()).isEqualTo("PERRAD");
  }
}
