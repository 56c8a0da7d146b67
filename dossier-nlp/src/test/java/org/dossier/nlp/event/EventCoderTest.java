package org.dossier.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.model.ActorType;
import org.dossier.model.Event;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventCoderTest {
  private static final ActorType C = ActorType.COUNTRY;

  @Test
  void apply_activeVerbWithObjectAndWeekday_codesDyadCodeFactsAndDate() {
    EventFixture f = EventFixture.of("Russia/NNP attacked/VBD/attack Ukraine/NNP on/IN Tuesday/NNP ./.")
        .actor(0, 1, "Russia", C).actor(2, 3, "Ukraine", C).time(4, 5, "2024-05-14");
    Event e = f.only();
    assertThat(e.cameo()).isEqualTo("190");
    assertThat(e.plover()).isEqualTo("ASSAULT");
    assertThat(e.quad()).isEqualTo(4);
    assertThat(e.goldstein()).isEqualTo(-10.0);
    assertThat(e.source()).containsExactly(f.id("Russia"));
    assertThat(e.target()).containsExactly(f.id("Ukraine"));
    assertThat(e.date()).isEqualTo("2024-05-14");
    assertThat(e.mode()).isEqualTo("asserted");
    assertThat(e.evidence().text()).startsWith("Russia attacked Ukraine");
  }

  @Test
  void apply_passiveSanctionsWithByAgent_sourceIsAgentTargetIsOnPhrase() {
    EventFixture f = EventFixture.of("Sanctions/NNS/sanction were/VBD/be imposed/VBN/impose on/IN Iran/NNP "
        + "by/IN the/DT European/NNP Union/NNP ./.")
        .actor(4, 5, "Iran", C).actor(7, 9, "European Union", ActorType.ORGANIZATION);
    Event event = f.only(Event::cameo, "163");
    assertThat(event.source()).containsExactly(f.id("European Union"));
    assertThat(event.target()).containsExactly(f.id("Iran"));
  }

  @Test
  void apply_nominalisationWithPossessorAndAgo_keepsBackgroundDate() {
    EventFixture f = EventFixture.of("Russia/NNP 's/POS invasion/NN of/IN Ukraine/NNP two/CD years/NNS ago/RB "
        + "changed/VBD/change Europe/NNP ./.")
        .actor(0, 1, "Russia", C).actor(4, 5, "Ukraine", C).actor(9, 10, "Europe", ActorType.LOCATION)
        .time(5, 8, "2022");
    Event event = f.only();
    assertThat(event.cameo()).startsWith("19");
    assertThat(event.source()).containsExactly(f.id("Russia"));
    assertThat(event.target()).containsExactly(f.id("Ukraine"));
    assertThat(event.date()).isEqualTo("2022");
  }

  @Test
  void apply_vowedNotToProvide_oneNegatedAidEvent() {
    EventFixture f = EventFixture.of("China/NNP has/VBZ/have vowed/VBN/vow not/RB to/TO provide/VB "
        + "lethal/JJ weapons/NNS/weapon to/IN Russia/NNP ./.")
        .actor(0, 1, "China", C).actor(8, 9, "Russia", C);
    Event event = f.only();
    assertThat(event.cameo()).startsWith("07");
    assertThat(event.mode()).isEqualTo("negated");
    assertThat(event.target()).containsExactly(f.id("Russia"));
  }

  @Test
  void apply_willSendAid_futureIntentCodedInRoot03() {
    EventFixture f = EventFixture.of("France/NNP will/MD send/VB aid/NN to/TO Chad/NNP ./.")
        .actor(0, 1, "France", C).actor(5, 6, "Chad", C);
    Event event = f.only();
    assertThat(event.cameo()).isEqualTo("033");
    assertThat(event.plover()).isEqualTo("AGREE");
    assertThat(event.mode()).isEqualTo("future");
    assertThat(event.date()).isEqualTo("2024-05"); // a future with no time of its own: the publication month
  }

  @Test
  void apply_compoundSubjectMeetingInCity_everyMemberMeetsTheOtherAtLocation() {
    EventFixture f = EventFixture.of("Mr./NNP Xi/NNP and/CC Mr./NNP Putin/NNP met/VBD/meet in/IN Beijing/NNP ./.")
        .actor(0, 2, "Xi Jinping", ActorType.PERSON).actor(3, 5, "Vladimir Putin", ActorType.PERSON)
        .actor(7, 8, "Beijing", ActorType.LOCATION);
    List<Event> events = f.events();
    assertThat(events).hasSize(2);
    assertThat(events).extracting(Event::cameo).containsOnly("040");
    assertThat(events.get(0).source()).containsExactly(f.id("Xi Jinping"));
    assertThat(events.get(0).target()).containsExactly(f.id("Vladimir Putin"));
    assertThat(events.get(1).source()).containsExactly(f.id("Vladimir Putin"));
    assertThat(events.get(1).target()).containsExactly(f.id("Xi Jinping"));
    assertThat(events.get(0).location()).isEqualTo(f.id("Beijing"));
    assertThat(events.get(0).date()).isEqualTo("2024-05-17");
  }

  @Test
  void apply_ifClause_hypothetical() {
    EventFixture f = EventFixture.of("If/IN Iran/NNP attacks/VBZ/attack Israel/NNP ,/, oil/NN will/MD rise/VB ./.")
        .actor(1, 2, "Iran", C).actor(3, 4, "Israel", C);
    Event event = f.only();
    assertThat(event.mode()).isEqualTo("hypothetical");
  }

  @Test
  void apply_reportingVerb_reportedAndAttributed() {
    EventFixture f = EventFixture.of("Analysts/NNS/analyst say/VBP China/NNP is/VBZ/be helping/VBG/help "
        + "Russia/NNP ./.")
        .actor(0, 1, "analysts", ActorType.GROUP).actor(2, 3, "China", C).actor(5, 6, "Russia", C);
    Event event = f.only();
    assertThat(event.cameo()).startsWith("07");
    assertThat(event.mode()).isEqualTo("reported");
    assertThat(event.attributedTo()).isEqualTo(f.id("analysts"));
  }

  @Test
  void apply_insideClaim_attributedToClaimSource() {
    EventFixture f = EventFixture.of("Reports/NNS/report suggest/VBP that/IN Syria/NNP shelled/VBD/shell Homs/NNP ./.")
        .actor(3, 4, "Syria", C).actor(5, 6, "Homs", ActorType.LOCATION).actor(0, 1, "Reports", ActorType.GROUP)
        .claim(3, 6, "Reports");
    Event event = f.only();
    assertThat(event.cameo()).isEqualTo("194");
    assertThat(event.attributedTo()).isEqualTo(f.id("Reports"));
    assertThat(event.mode()).isEqualTo("reported");
  }

  @Test
  void apply_pastPerfectWithoutTime_dateNull() {
    EventFixture f = EventFixture.of("Western/NNP countries/NNS had/VBD/have criticized/VBN/criticize China/NNP ./.")
        .actor(0, 1, "West", ActorType.GROUP).actor(4, 5, "China", C);
    Event event = f.only(Event::cameo, "111");
    assertThat(event.source()).containsExactly(f.id("West"));
    assertThat(event.date()).isNull();
  }

  @Test
  void apply_presentPerfectWithoutTime_datedLikeSimplePast() {
    EventFixture f = EventFixture.of("Western/NNP countries/NNS have/VBP/have criticized/VBN/criticize China/NNP ./.")
        .actor(0, 1, "West", ActorType.GROUP).actor(4, 5, "China", C);
    Event event = f.only(Event::cameo, "111");
    assertThat(event.date()).isEqualTo("2024-05-17");
  }

  @Test
  void apply_subjectTimeAdjunct_subjectStillFound() {
    EventFixture f = EventFixture.of("The/DT United/NNP States/NNP on/IN Thursday/NNP vetoed/VBD/veto "
        + "a/DT Council/NNP resolution/NN ./.")
        .actor(1, 3, "United States", C).actor(7, 8, "Council", ActorType.ORGANIZATION);
    Event event = f.only(Event::cameo, "129");
    assertThat(event.source()).containsExactly(f.id("United States"));
  }

  @Test
  void apply_noActors_noEvents() {
    EventFixture f = EventFixture.of("Prices/NNS/price attacked/VBD/attack records/NNS/record ./.");
    assertThat(f.events()).isEmpty();
  }

  @Test
  void apply_emptyDocument_noEventsNoCrash() {
    Doc doc = EventFixture.of("./.").build();
    assertThat(EventFixture.CODER.apply(doc).get(Layers.EVENTS)).isEmpty();
  }

  @Test
  void withPetrarchDictionaries_userPattern_codesWithItsCode(@TempDir Path dir) throws Exception {
    Path dict = dir.resolve("verbs.txt");
    Files.writeString(dict, String.join("\n",
        "&TIES_", "+RELATIONS", "+TIES", "",
        "--- GREET [041] ---", "GREET", "- * WARM &TIES [051]  # a comment", "",
        "--- ZAP [---] ---", "+ZAP_OUT {ZAPS_OUT}", ""));
    EventLexicon lex = EventLexicon.loadPetrarch(dict);
    assertThat(lex.size()).isEqualTo(3);
    EventFixture plain = EventFixture.of("Peru/NNP greeted/VBD/greet Chile/NNP ./.")
        .actor(0, 1, "Peru", C).actor(2, 3, "Chile", C);
    EventFixture warm = EventFixture.of("Peru/NNP greeted/VBD/greet Chile/NNP with/IN warm/JJ ties/NNS/tie ./.")
        .actor(0, 1, "Peru", C).actor(2, 3, "Chile", C);
    EventCoder coder = EventCoder.withPetrarchDictionaries(List.of(dict));
    assertThat(coder.apply(plain.build()).get(Layers.EVENTS)).extracting(Event::cameo).containsExactly("041");
    assertThat(coder.apply(warm.build()).get(Layers.EVENTS)).extracting(Event::cameo).containsExactly("051");
  }

  @Test
  void apply_visitThatBeganInCity_targetIsCityCountryAndCityIsLocation() {
    EventFixture f = EventFixture.of("The/DT prime/JJ minister/NN of/IN Norway/NNP began/VBD/begin a/DT visit/NN "
        + "to/TO Nairobi/NNP on/IN Monday/NNP ,/, meeting/VBG/meet Kenya/NNP 's/POS president/NN ./.")
        .actor(4, 5, "Norway", C, "NOR").actor(9, 10, "Nairobi", ActorType.LOCATION, "KEN")
        .actor(14, 15, "Kenya", C, "KEN");
    List<Event> visits = f.events().stream().filter(e -> e.cameo().equals("042")).toList();
    assertThat(visits).hasSize(1);
    assertThat(visits.get(0).target()).containsExactly(f.id("Kenya"));
    assertThat(visits.get(0).location()).isEqualTo(f.id("Nairobi"));
  }

  @Test
  void apply_attackNearCityOfNamedCountry_targetIsTheCountry() {
    EventFixture f = EventFixture.of("Rebels/NNS/rebel from/IN Chad/NNP launched/VBD/launch an/DT attack/NN "
        + "near/IN Garoua/NNP ,/, a/DT city/NN in/IN Cameroon/NNP ./.")
        .actor(2, 3, "Chad", C, "TCD").actor(7, 8, "Garoua", ActorType.LOCATION, "CMR")
        .actor(12, 13, "Cameroon", C, "CMR");
    Event event = f.only(Event::cameo, "190");
    assertThat(event.target()).containsExactly(f.id("Cameroon"));
    assertThat(event.location()).isEqualTo(f.id("Garoua"));
  }

  @Test
  void apply_placeOfUnknownCountryAfterIn_isLocationNotTarget() {
    EventFixture f = EventFixture.of("Peru/NNP protested/VBD/protest in/IN Atlantis/NNP ./.")
        .actor(0, 1, "Peru", C, "PER").actor(3, 4, "Atlantis", ActorType.LOCATION);
    List<Event> events = f.events();
    assertThat(events).allSatisfy(e -> assertThat(e.target()).isEmpty());
  }

  @Test
  void apply_liftedCurfewInRegion_concedeWithRegionTarget() {
    EventFixture f = EventFixture.of("Peru/NNP lifted/VBD/lift a/DT night/NN curfew/NN in/IN Cusco/NNP ./.")
        .actor(0, 1, "Peru", C, "PER").actor(6, 7, "Cusco", ActorType.LOCATION, "PER");
    Event event = f.only(Event::cameo, "0813");
    assertThat(event.source()).containsExactly(f.id("Peru"));
    assertThat(event.target()).isNotEmpty();
  }

  @Test
  void apply_groupsClashWith_fightBetweenGroups() {
    EventFixture f = EventFixture.of("Rebels/NNS/rebel clashed/VBD/clash with/IN soldiers/NNS/soldier near/IN "
        + "the/DT border/NN ./.")
        .actor(0, 1, "Rebels", ActorType.GROUP).actor(3, 4, "soldiers", ActorType.GROUP);
    Event event = f.only(Event::cameo, "190");
    assertThat(event.source()).containsExactly(f.id("Rebels"));
    assertThat(event.target()).containsExactly(f.id("soldiers"));
  }

  @Test
  void apply_offeredToHandOverPrisoners_intentToCooperate() {
    EventFixture f = EventFixture.of("Peru/NNP offered/VBD/offer to/TO hand/VB over/RP two/CD prisoners/NNS/prisoner "
        + "to/TO Chile/NNP ./.")
        .actor(0, 1, "Peru", C, "PER").actor(8, 9, "Chile", C, "CHL");
    List<Event> events = f.events();
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.cameo()).startsWith("03");
      assertThat(e.source()).containsExactly(f.id("Peru"));
      assertThat(e.target()).containsExactly(f.id("Chile"));
    });
  }

  @Test
  void apply_workersWentOnStrike_protestWithoutTarget() {
    EventFixture f = EventFixture.of("Miners/NNS/miner went/VBD/go on/IN strike/NN on/IN Monday/NNP ./.")
        .actor(0, 1, "Miners", ActorType.GROUP);
    List<Event> events = f.events();
    assertThat(events).extracting(Event::cameo).first().asString().startsWith("14");
  }

  @Test
  void apply_actorBeyondParticipleModifier_isFallbackTarget() {
    EventFixture f = EventFixture.of("Peru/NNP shelled/VBD/shell the/DT roads/NNS/road leading/VBG/lead into/IN "
        + "Chile/NNP ./.")
        .actor(0, 1, "Peru", C, "PER").actor(6, 7, "Chile", C, "CHL");
    List<Event> events = f.events();
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.cameo()).isEqualTo("194");
      assertThat(e.target()).containsExactly(f.id("Chile"));
    });
  }

  @Test
  void apply_actorOnlyInReportingTail_isNoTarget() {
    EventFixture f = EventFixture.of("Peru/NNP condemned/VBD/condemn the/DT decision/NN ,/, Chile/NNP "
        + "said/VBD/say ./.")
        .actor(0, 1, "Peru", C, "PER").actor(5, 6, "Chile", C, "CHL");
    List<Event> events = f.events();
    assertThat(events).singleElement().satisfies(e -> assertThat(e.target()).isEmpty());
  }

  @Test
  void apply_saidThatActorMust_demandBySpeakerOnObligedActor() {
    EventFixture f = EventFixture.of("Peru/NNP said/VBD/say that/IN Chile/NNP must/MD pay/VB its/PRP$ "
        + "debts/NNS/debt ./.")
        .actor(0, 1, "Peru", C, "PER").actor(3, 4, "Chile", C, "CHL");
    List<Event> events = f.events();
    assertThat(events).anySatisfy(e -> {
      assertThat(e.cameo()).isEqualTo("100");
      assertThat(e.source()).containsExactly(f.id("Peru"));
      assertThat(e.target()).containsExactly(f.id("Chile"));
    });
  }

  @Test
  void apply_nationalityAdjectiveOnObjectNoun_givesTargetCountry() {
    EventFixture f = EventFixture.of("India/NNP buys/VBZ/buy large/JJ amounts/NNS/amount of/IN Iranian/JJ "
        + "gas/NN ,/, which/WDT angers/VBZ/anger Iran/NNP 's/POS rivals/NNS/rival ./.")
        .actor(0, 1, "India", C, "IND").actor(10, 11, "Iran", C, "IRN");
    List<Event> events = f.events();
    assertThat(events).extracting(Event::cameo).contains("061");
    assertThat(events.get(0).target()).containsExactly(f.id("Iran"));
  }

  @Test
  void apply_nationalityAdjectiveWithoutCountryActor_noTarget() {
    EventFixture f = EventFixture.of("India/NNP buys/VBZ/buy Iranian/JJ gas/NN ./.").actor(0, 1, "India", C, "IND");
    Event event = f.only(Event::cameo, "061");
    assertThat(event.target()).isEmpty();
  }

  @Test
  void withoutSubsumed_sameRootOneLacksTarget_keepsTheCompleteOne() {
    Event full = new Event("e1", "072", null, null, null, null, List.of("a1"), List.of("a2"), null, null,
        "asserted", null, new org.dossier.model.Span(0, 1, "x"));
    Event partial = new Event("e2", "0721", null, null, null, null, List.of("a1"), List.of(), null, null,
        "asserted", null, new org.dossier.model.Span(0, 1, "x"));
    Event other = new Event("e3", "190", null, null, null, null, List.of("a1"), List.of(), null, null,
        "asserted", null, new org.dossier.model.Span(0, 1, "x"));
    assertThat(WindowAssembly.withoutSubsumed(List.of(partial, full, other), java.util.Map.of()))
        .containsExactly(full, other);
  }

  @Test
  void apply_coordinatedSourcesMutualActNoTarget_eachTargetsTheOther() {
    EventFixture f = EventFixture.of("Peru/NNP and/CC Chile/NNP met/VBD/meet on/IN Monday/NNP ./.")
        .actor(0, 1, "Peru", C).actor(2, 3, "Chile", C);
    List<Event> events = f.events();
    assertThat(events).hasSize(2);
    assertThat(events).extracting(e -> e.source().get(0) + ">" + e.target().get(0))
        .containsExactlyInAnyOrder(f.id("Peru") + ">" + f.id("Chile"), f.id("Chile") + ">" + f.id("Peru"));
  }

  @Test
  void apply_byPhraseInsideObject_isTheTarget() {
    EventFixture f = EventFixture.of("Peru/NNP condemned/VBD/condemn an/DT attack/NN by/IN Chile/NNP ./.")
        .actor(0, 1, "Peru", C).actor(5, 6, "Chile", C);
    List<Event> condemn = f.events().stream().filter(e -> e.cameo().startsWith("11")).toList();
    assertThat(condemn).hasSize(1);
    assertThat(condemn.get(0).source()).containsExactly(f.id("Peru"));
    assertThat(condemn.get(0).target()).containsExactly(f.id("Chile"));
  }

  @Test
  void apply_tiesBetweenTwoActors_bothTargets() {
    EventFixture f = EventFixture.of("Peru/NNP welcomed/VBD/welcome ties/NNS/tie between/IN Chile/NNP and/CC "
        + "Bolivia/NNP ./.").actor(0, 1, "Peru", C).actor(4, 5, "Chile", C).actor(6, 7, "Bolivia", C);
    List<Event> welcome = f.events().stream().filter(e -> e.cameo().startsWith("05")).toList();
    assertThat(welcome).isNotEmpty();
    assertThat(welcome.get(0).target()).containsExactly(f.id("Chile"), f.id("Bolivia"));
  }

  @Test
  void apply_parentheticalBetweenSubjectAndVerb_subjectFound() {
    EventFixture f = EventFixture.of("Peru/NNP ,/, in/IN remarks/NNS/remark published/VBN/publish on/IN Monday/NNP ,/, "
        + "criticized/VBD/criticize Chile/NNP ./.").actor(0, 1, "Peru", C).actor(9, 10, "Chile", C);
    List<Event> events = f.events();
    assertThat(events).isNotEmpty();
    assertThat(events.get(0).source()).containsExactly(f.id("Peru"));
    assertThat(events.get(0).target()).containsExactly(f.id("Chile"));
  }

  @Test
  void apply_isOpposedToPlan_subjectRejectsNotPassive() {
    EventFixture f = EventFixture.of("Chile/NNP is/VBZ/be opposed/VBN/oppose to/TO the/DT Peruvian/JJ plan/NN ./.")
        .actor(0, 1, "Chile", C).actor(5, 6, "Peru", C);
    Event event = f.only(Event::cameo, "120");
    assertThat(event.source()).containsExactly(f.id("Chile"));
    assertThat(event.target()).containsExactly(f.id("Peru"));
  }

  @Test
  void apply_cancelledVisit_reducesRelations() {
    EventFixture f = EventFixture.of("Norway/NNP cancelled/VBD/cancel a/DT visit/NN to/TO Chile/NNP ./.")
        .actor(0, 1, "Norway", C).actor(5, 6, "Chile", C);
    Event event = f.only(Event::cameo, "160");
    assertThat(event.target()).containsExactly(f.id("Chile"));
  }

  @Test
  void apply_hackedIntoComputers_coercionOfOwner() {
    EventFixture f = EventFixture.of("Ruritania/NNP hacked/VBD/hack into/IN computers/NNS/computer of/IN "
        + "Chile/NNP ./.")
        .actor(0, 1, "Ruritania", C).actor(5, 6, "Chile", C);
    Event event = f.only(Event::cameo, "170");
    assertThat(event.source()).containsExactly(f.id("Ruritania"));
    assertThat(event.target()).containsExactly(f.id("Chile"));
  }

  @Test
  void apply_threatenedToExpelFromCountry_threatTargetsThatCountry() {
    EventFixture f = EventFixture.of("Peru/NNP threatened/VBD/threaten to/TO expel/VB diplomats/NNS/diplomat "
        + "of/IN Chile/NNP ./.")
        .actor(0, 1, "Peru", C).actor(6, 7, "Chile", C);
    List<Event> events = f.events();
    assertThat(events).extracting(Event::cameo).singleElement().asString().startsWith("13");
    assertThat(events.get(0).source()).containsExactly(f.id("Peru"));
    assertThat(events.get(0).target()).containsExactly(f.id("Chile"));
  }

  // issue 18 (precision): refusals from a negated object or intent, one-way visits, month names

  @Test
  void apply_willReleaseNoPrisoners_refusalInRoot12() {
    EventFixture f = EventFixture.of("Peru/NNP will/MD release/VB no/DT prisoners/NNS/prisoner of/IN Chile/NNP ./.")
        .actor(0, 1, "Peru", C).actor(6, 7, "Chile", C);
    assertThat(f.events()).isNotEmpty().allMatch(e -> e.cameo().startsWith("12"));
  }

  @Test
  void apply_hadNoPlansToMeet_refusalInRoot12() {
    EventFixture f = EventFixture.of("Somalia/NNP had/VBD/have no/DT plans/NNS/plan to/TO meet/VB Ethiopia/NNP ./.")
        .actor(0, 1, "Somalia", C).actor(6, 7, "Ethiopia", C);
    Event event = f.only();
    assertThat(event.cameo()).startsWith("12");
    assertThat(event.source()).containsExactly(f.id("Somalia"));
  }

  @Test
  void apply_twoCountriesVisitAThird_noVisitBetweenTheVisitors() {
    EventFixture f = EventFixture.of("Kenya/NNP and/CC Uganda/NNP visited/VBD/visit the/DT border/NN ./.")
        .actor(0, 1, "Kenya", C).actor(2, 3, "Uganda", C);
    assertThat(f.events()).noneMatch(e -> e.source().contains(f.id("Kenya")) && e.target().contains(f.id("Uganda")));
  }

  @Test
  void apply_electionsInMarch_monthIsNoMarch() {
    EventFixture f = EventFixture.of("Uganda/NNP will/MD hold/VB elections/NNS/election in/IN March/NNP ./.")
        .actor(0, 1, "Uganda", C);
    assertThat(f.events()).noneMatch(e -> e.cameo().startsWith("14"));
  }

  @Test
  void apply_aidCouldBeSentWithoutGiver_noHypotheticalEvent() {
    EventFixture f = EventFixture.of("Aid/NN could/MD be/VB sent/VBN/send to/TO Chad/NNP quickly/RB ./.")
        .actor(4, 5, "Chad", C);
    assertThat(f.events()).isEmpty();
  }
}
