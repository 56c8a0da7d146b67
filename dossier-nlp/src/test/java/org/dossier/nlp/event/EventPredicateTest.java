package org.dossier.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.model.ActorType;
import org.dossier.model.Event;
import org.junit.jupiter.api.Test;

/** Predicate-side rules: refusals, conditional threats, commissives, pronouns and subjects. */
class EventPredicateTest {
  private static final ActorType C = ActorType.COUNTRY;
  private static final ActorType O = ActorType.ORGANIZATION;

  @Test
  void apply_willNotAcceptPlan_rejectionAsserted() {
    EventFixture f = EventFixture.of("Norway/NNP will/MD not/RB accept/VB/accept the/DT plan/NN ./.")
        .actor(0, 1, "Norway", C);
    Event event = f.only();
    assertThat(event.cameo()).isEqualTo("120");
    assertThat(event.plover()).isEqualTo("REJECT");
    assertThat(event.mode()).isEqualTo("asserted");
  }

  @Test
  void apply_failedToReachAgreement_rejection() {
    EventFixture f = EventFixture.of("Peru/NNP and/CC Chile/NNP failed/VBD/fail to/TO reach/VB/reach "
        + "an/DT agreement/NN ./.")
        .actor(0, 1, "Peru", C).actor(2, 3, "Chile", C);
    Event event = f.only(Event::plover, "REJECT");
    assertThat(event.source()).containsExactly(f.id("Peru"), f.id("Chile"));
  }

  @Test
  void apply_didNotMeetInThePast_staysNegatedMeeting() {
    EventFixture f = EventFixture.of("Peru/NNP did/VBD/do not/RB meet/VB/meet Chile/NNP ./.")
        .actor(0, 1, "Peru", C).actor(4, 5, "Chile", C);
    Event event = f.only(Event::cameo, "040");
    assertThat(event.mode()).isEqualTo("negated");
  }

  @Test
  void apply_futureWithdrawalUnlessCondition_threat() {
    // a pronoun subject ("Ghana said it will ...") is resolved by the shared reference resolver, which
    // needs the parse: that case runs through the whole pipeline in constructions.tsv's examples
    EventFixture f = EventFixture.of("Ghana/NNP will/MD withdraw/VB/withdraw its/PRP$ "
        + "peacekeepers/NNS/peacekeeper from/IN Mali/NNP unless/IN talks/NNS/talks resume/VBP/resume ./.")
        .actor(0, 1, "Ghana", C).actor(6, 7, "Mali", C);
    List<Event> events = f.events();
    assertThat(events).extracting(Event::plover).contains("THREATEN");
    Event threat = events.stream().filter(e -> "THREATEN".equals(e.plover())).findFirst().orElseThrow();
    assertThat(threat.source()).containsExactly(f.id("Ghana"));
    assertThat(threat.target()).containsExactly(f.id("Mali"));
  }

  @Test
  void apply_mayHaltMediationIfCondition_threatToHaltMediation() {
    EventFixture f = EventFixture.of("The/DT Union/NNP may/MD halt/VB/halt mediation/NN with/IN Fiji/NNP "
        + "if/IN fighting/NN continues/VBZ/continue ./.")
        .actor(1, 2, "Union", O).actor(6, 7, "Fiji", C);
    f.only(Event::cameo, "135");
  }

  @Test
  void apply_theySaidTheyWouldBoycott_reportingSubjectThreatensBoycott() {
    EventFixture f = EventFixture.of("The/DT unions/NNS said/VBD/say they/PRP would/MD boycott/VB/boycott "
        + "all/DT contact/NN with/IN Italy/NNP ./.")
        .actor(0, 2, "The unions", O).actor(9, 10, "Italy", C);
    Event event = f.only(Event::cameo, "1312");
    assertThat(event.source()).containsExactly(f.id("The unions"));
  }

  @Test
  void apply_promisedToHoldElections_intentToCooperate() {
    EventFixture f = EventFixture.of("Mr./NNP Obi/NNP promised/VBD/promise to/TO hold/VB/hold elections/NNS "
        + "in/IN Togo/NNP ./.")
        .actor(0, 2, "Obi", ActorType.PERSON).actor(6, 7, "Togo", C);
    Event event = f.only(Event::cameo, "030");
    assertThat(event.source()).containsExactly(f.id("Obi"));
  }

  @Test
  void apply_appositiveBetweenSubjectAndVerb_subjectFound() {
    EventFixture f = EventFixture.of("Kenya/NNP ,/, a/DT close/JJ ally/NN of/IN Uganda/NNP ,/, "
        + "has/VBZ/have rejected/VBN/reject the/DT offer/NN ./.")
        .actor(0, 1, "Kenya", C).actor(6, 7, "Uganda", C);
    Event event = f.only(Event::plover, "REJECT");
    assertThat(event.source()).containsExactly(f.id("Kenya"));
  }

  @Test
  void apply_purposeInfinitiveAfterObject_mainSubjectProtests() {
    EventFixture f = EventFixture.of("Farmers/NNS stopped/VBD/stop work/NN on/IN Monday/NNP to/TO "
        + "protest/VB/protest against/IN the/DT government/NN ./.")
        .actor(0, 1, "Farmers", ActorType.ORGANIZATION);
    Event event = f.only(Event::plover, "PROTEST");
    assertThat(event.source()).containsExactly(f.id("Farmers"));
  }

  @Test
  void apply_parenthesisedAcronymBeforeVerb_subjectFound() {
    EventFixture f = EventFixture.of("The/DT Workers/NNP Party/NNP (/-LRB- WP/NNP )/-RRB- "
        + "condemned/VBD/condemn Spain/NNP ./.")
        .actor(1, 3, "Workers Party", O).actor(6, 7, "Spain", C);
    Event event = f.only(Event::plover, "ACCUSE");
    assertThat(event.source()).containsExactly(f.id("Workers Party"));
  }

  @Test
  void apply_theirSummitAfterTwoTitledLeaders_bothLeadersAreSources() {
    EventFixture f = EventFixture.of("Mr./NNP Xi/NNP and/CC Mr./NNP Putin/NNP smiled/VBD/smile during/IN "
        + "their/PRP$ summit/NN ./.")
        .actor(1, 2, "Xi Jinping", ActorType.PERSON).actor(4, 5, "Vladimir Putin", ActorType.PERSON);
    List<Event> events = f.events();
    // a mutual act of coordinated sources is coded both ways, as PETRARCH codes it
    assertThat(events).hasSize(2);
    assertThat(events).extracting(e -> e.source().get(0))
        .containsExactlyInAnyOrder(f.id("Xi Jinping"), f.id("Vladimir Putin"));
    assertThat(events).allSatisfy(e -> assertThat(e.target()).hasSize(1).doesNotContainAnyElementsOf(e.source()));
  }

  @Test
  void apply_demonstratedInCityOfKnownCountry_placeIsTarget() {
    EventFixture f = EventFixture.of("Students/NNS demonstrated/VBD/demonstrate in/IN Lima/NNP ./.")
        .actor(0, 1, "Students", O).actor(3, 4, "Lima", ActorType.LOCATION, "PER");
    Event event = f.only(Event::plover, "PROTEST");
    assertThat(event.target()).containsExactly(f.id("Lima"));
  }

  @Test
  void apply_arrestedMoreThanNumberOfGroup_groupIsTarget() {
    EventFixture f = EventFixture.of("Police/NNS arrested/VBD/arrest more/JJR than/IN 100/CD "
        + "protesters/NNS in/IN Lima/NNP ./.")
        .actor(0, 1, "Police", O).actor(5, 6, "protesters", O).actor(7, 8, "Lima", ActorType.LOCATION);
    Event event = f.only();
    assertThat(event.target()).containsExactly(f.id("protesters"));
  }

  @Test
  void apply_withdrewInspectorsFromCountry_countryIsTarget() {
    EventFixture f = EventFixture.of("Sweden/NNP withdrew/VBD/withdraw its/PRP$ inspectors/NNS/inspector "
        + "and/CC staff/NN from/IN Iraq/NNP ./.")
        .actor(0, 1, "Sweden", C).actor(5, 6, "staff", O).actor(7, 8, "Iraq", C);
    Event event = f.only(Event::cameo, "1662");
    assertThat(event.target()).containsExactly(f.id("Iraq"));
  }

  @Test
  void apply_mediationBetweenTwoCountries_partiesAreTargets() {
    EventFixture f = EventFixture.of("Qatar/NNP launched/VBD/launch a/DT mediation/NN effort/NN between/IN "
        + "Chad/NNP and/CC Sudan/NNP ./.")
        .actor(0, 1, "Qatar", C).actor(6, 7, "Chad", C).actor(8, 9, "Sudan", C);
    Event event = f.only(Event::cameo, "045");
    assertThat(event.source()).containsExactly(f.id("Qatar"));
    assertThat(event.target()).containsExactly(f.id("Chad"), f.id("Sudan"));
  }

  @Test
  void apply_saidCoordinatedActorsMust_demandOnBoth() {
    EventFixture f = EventFixture.of("Mr./NNP Oda/NNP said/VBD/say Chad/NNP and/CC Sudan/NNP must/MD "
        + "end/VB/end the/DT war/NN ./.")
        .actor(1, 2, "Oda", ActorType.PERSON).actor(3, 4, "Chad", C).actor(5, 6, "Sudan", C);
    List<Event> events = f.events();
    Event demand = events.stream().filter(e -> e.cameo().equals("100")).findFirst().orElseThrow();
    assertThat(demand.source()).containsExactly(f.id("Oda"));
    assertThat(demand.target()).containsExactly(f.id("Chad"), f.id("Sudan"));
  }
}
