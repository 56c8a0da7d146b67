package org.dossier.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.model.Actor;
import org.dossier.model.ActorType;
import org.dossier.model.Event;
import org.dossier.model.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A source's own forces are no target of sending and providing (issue 18). */
class OwnForcesTest {
  private static final Map<String, Actor> ACTORS = Map.of(
      "ita", actor("ita", "Italy", ActorType.COUNTRY, "ITA", "ITA"),
      "itamil", actor("itamil", "Italian soldiers", ActorType.GROUP, "ITA", "ITAMIL"),
      "albmil", actor("albmil", "Albanian army", ActorType.GROUP, "ALB", "ALBMIL"),
      "un", actor("un", "UN Security Council", ActorType.ORGANIZATION, null, "IGOUNO"),
      "unmil", actor("unmil", "UN peacekeepers", ActorType.GROUP, null, "IGOUNOMIL"));

  private static Actor actor(String id, String name, ActorType type, String country, String code) {
    return new Actor(id, name, type, null, country, code, List.of(), List.of(), List.of());
  }

  @ParameterizedTest(name = "{0} {1}->{2}: {3}")
  @CsvSource({
      "070, ita, itamil, ''",         // "Italy will provide soldiers": the soldiers are what is provided
      "150, ita, itamil, ''",         // deploying its own troops
      "020, un, unmil, ''",           // "called for the deployment of UN peacekeepers"
      "070, ita, albmil, albmil",     // aid to another country's army is aid to it
      "190, ita, itamil, itamil",     // a fight with one's own army keeps its target
  })
  void dropped_ownForcesAsTarget_droppedOnlyWhereTheyAreMeans(String cameo, String source, String target,
      String expected) {
    Event e = new Event("e1", cameo, null, null, null, null, List.of(source), List.of(target), null, null,
        "asserted", null, new Span(0, 1, "x"));
    List<Event> out = OwnForces.dropped(List.of(e), ACTORS);
    assertThat(out.get(0).target()).isEqualTo(expected.isEmpty() ? List.of() : List.of(expected));
  }

  @ParameterizedTest(name = "{0} {1}->{2} counted {3}: {4}")
  @CsvSource({
      "030, ita, albmil, albmil@0, ''",      // "Italy promised 700 troops": a counted force is means
      "030, ita, albmil, albmil@99, albmil", // counted in another sentence only: still a target
      "190, ita, albmil, albmil@0, albmil",  // "attacked 700 troops": not a root of means
      "084, ita, albmil, albmil@0, albmil",  // "freed 20 soldiers": a release keeps its counted target
      "030, ita, un, un@0, un",              // only forces are means
  })
  void dropped_countedForceInTheSentence_droppedWhereItIsMeans(String cameo, String source, String target,
      String counted, String expected) {
    Event e = new Event("e1", cameo, null, null, null, null, List.of(source), List.of(target), null, null,
        "asserted", null, new Span(0, 1, "x"));
    List<Event> out = OwnForces.dropped(List.of(e), ACTORS, Set.of(counted));
    assertThat(out.get(0).target()).isEqualTo(expected.isEmpty() ? List.of() : List.of(expected));
  }
}
