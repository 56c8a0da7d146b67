package org.dossier.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.model.ActorType;
import org.dossier.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Arguments of the window coder (issue 18): passive agents, reduced passives, the issuer of a
 * document that "calls for", and places that are the site of an act rather than an actor.
 * Sentences written for Dossier.
 */
class WindowArgumentsTest {
  private static final ActorType C = ActorType.COUNTRY;
  private static final ActorType L = ActorType.LOCATION;

  @Test
  void apply_passiveByUnnamedGroupNearPlace_sourceIsThePlacesCountry() {
    EventFixture f = EventFixture.of("Ten/CD Kenyan/JJ monitors/NNS were/VBD/be held/VBN/hold for/IN two/CD "
        + "days/NNS/day by/IN an/DT angry/JJ crowd/NN near/IN Kismayo/NNP in/IN Somalia/NNP ./.")
        .actor(1, 3, "Kenyan monitors", ActorType.GROUP, "KEN").actor(13, 14, "Kismayo", L, "SOM")
        .actor(15, 16, "Somalia", C, "SOM");
    Event e = f.only(ev -> ev.cameo().substring(0, 2), "17");
    assertThat(e.source()).containsExactly(f.id("Somalia"));
    assertThat(e.target()).containsExactly(f.id("Kenyan monitors"));
  }

  @Test
  void apply_passiveByNamedAgent_agentStaysTheSource() {
    EventFixture f = EventFixture.of("Ten/CD Kenyan/JJ monitors/NNS were/VBD/be held/VBN/hold by/IN "
        + "al-Shabaab/NNP near/IN Kismayo/NNP in/IN Somalia/NNP ./.")
        .actor(1, 3, "Kenyan monitors", ActorType.GROUP, "KEN").actor(6, 7, "al-Shabaab", ActorType.GROUP, "SOM")
        .actor(8, 9, "Kismayo", L, "SOM").actor(10, 11, "Somalia", C, "SOM");
    Event e = f.only(ev -> ev.cameo().substring(0, 2), "17");
    assertThat(e.source()).containsExactly(f.id("al-Shabaab"));
  }

  @Test
  void apply_reducedPassiveAccusedOf_namedActorIsTheTarget() {
    EventFixture f = EventFixture.of("Former/JJ minister/NN Kofi/NNP Mensah/NNP ,/, accused/VBN/accuse of/IN "
        + "ordering/VBG/order the/DT attack/NN ,/, spoke/VBD/speak on/IN Friday/NNP ./.")
        .actor(2, 4, "Kofi Mensah", ActorType.PERSON, "GHA");
    Event e = f.only(ev -> ev.cameo().substring(0, 2), "11");
    assertThat(e.source()).isEmpty();
    assertThat(e.target()).containsExactly(f.id("Kofi Mensah"));
  }

  @Test
  void apply_resolutionCallingFor_sourceIsWhoAdoptedIt() {
    EventFixture f = EventFixture.of("The/DT Security/NNP Council/NNP in/IN August/NNP adopted/VBD/adopt a/DT "
        + "resolution/NN calling/VBG/call for/IN sanctions/NNS/sanction on/IN Iran/NNP ./.")
        .actor(1, 3, "Security Council", ActorType.ORGANIZATION).actor(11, 12, "Iran", C);
    Event e = f.only(ev -> ev.cameo().substring(0, 2), "02");
    assertThat(e.source()).containsExactly(f.id("Security Council"));
  }

  @Test
  void apply_participleAfterNonDocumentNoun_noSourceFromTheGoverningVerb() {
    EventFixture f = EventFixture.of("The/DT Security/NNP Council/NNP met/VBD/meet a/DT crowd/NN "
        + "calling/VBG/call for/IN sanctions/NNS/sanction on/IN Iran/NNP ./.")
        .actor(1, 3, "Security Council", ActorType.ORGANIZATION).actor(10, 11, "Iran", C);
    List<Event> calls = f.events().stream().filter(ev -> ev.cameo().startsWith("02")).toList();
    assertThat(calls).noneMatch(ev -> ev.source().contains(f.id("Security Council")));
  }

  @Test
  void apply_meetingInPlaceOfTheCountries_placeIsNoSource() {
    EventFixture f = EventFixture.of("Talks/NNS/talk came/VBD/come before/IN a/DT meeting/NN in/IN Rome/NNP "
        + "of/IN the/DT countries/NNS/country which/WDT will/MD supply/VB troops/NNS/troop to/TO Albania/NNP ./.")
        .actor(6, 7, "Rome", L, "ITA").actor(15, 16, "Albania", C);
    assertThat(f.events()).noneMatch(ev -> ev.source().contains(f.id("Rome")));
  }

  @Test
  void apply_demonstratorsInPlace_placeStandsForTheUnnamedGroup() {
    EventFixture f = EventFixture.of("Demonstrators/NNS/demonstrator in/IN Baghdad/NNP protested/VBD/protest "
        + "against/IN the/DT United/NNP States/NNPS ./.")
        .actor(2, 3, "Baghdad", L, "IRQ").actor(6, 8, "United States", C);
    Event e = f.only(ev -> ev.cameo().substring(0, 2), "14");
    assertThat(e.source()).containsExactly(f.id("Baghdad"));
  }
}
