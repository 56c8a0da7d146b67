package org.dossier.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.model.Event;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

class EventMergeTest {
  private static final java.util.function.Predicate<String> NO_PLACE = id -> false;

  private static Event event(String cameo, List<String> source, List<String> target, int start) {
    return new Event("x", cameo, null, null, null, null, source, target, null, null, "asserted", null,
        new Span(start, start + 10, "0123456789"));
  }

  @Test
  void merge_clauseEventWithSourceAndTarget_joinsWindowEvents() {
    List<Event> out = EventMerge.merge(List.of(event("040", List.of("a1"), List.of(), 0)),
        List.of(event("190", List.of("a1"), List.of("a2"), 20)));
    assertThat(out).extracting(Event::cameo).containsExactly("040", "190");
    assertThat(out).extracting(Event::id).containsExactly("e1", "e2");
  }

  @Test
  void merge_clauseEventWithoutTarget_isLeftOut() {
    List<Event> out = EventMerge.merge(List.of(), List.of(event("190", List.of("a1"), List.of(), 20),
        event("040", List.of(), List.of("a2"), 30)));
    assertThat(out).isEmpty();
  }

  private static Event quad(String cameo, int quad, List<String> source, List<String> target, int start) {
    return new Event("x", cameo, null, quad, null, null, source, target, null, null, "asserted", null,
        new Span(start, start + 10, "0123456789"));
  }

  @Test
  void merge_materialClauseEventWithoutTarget_joins() {
    // "France said it was sending 1,000 troops": sending is complete without a named recipient
    List<Event> out = EventMerge.merge(List.of(), List.of(quad("074", 2, List.of("a1"), List.of(), 20),
        quad("190", 4, List.of("a3"), List.of(), 40)));
    assertThat(out).extracting(Event::cameo).containsExactly("074", "190");
  }

  @Test
  void merge_verbalClauseEventWithoutTarget_isLeftOut() {
    // an appeal, a demand or a meeting is addressed to someone: without an addressee it is a misreading
    List<Event> out = EventMerge.merge(List.of(), List.of(quad("020", 1, List.of("a1"), List.of(), 20),
        quad("100", 3, List.of("a1"), List.of(), 40)));
    assertThat(out).isEmpty();
  }

  @Test
  void merge_materialClauseEventWindowHasSameRootAndSource_isLeftOut() {
    List<Event> out = EventMerge.merge(List.of(quad("070", 2, List.of("a1", "a2"), List.of("a5"), 20)),
        List.of(quad("074", 2, List.of("a1"), List.of(), 20)));
    assertThat(out).extracting(Event::cameo).containsExactly("070");
  }

  @Test
  void merge_materialClauseEventWindowHasOtherSource_joins() {
    // "Italy is expected to provide 2,000 soldiers; France said it was sending 1,000"
    List<Event> out = EventMerge.merge(List.of(quad("070", 2, List.of("a1"), List.of("a5"), 20)),
        List.of(quad("074", 2, List.of("a2"), List.of(), 20)));
    assertThat(out).extracting(Event::cameo).containsExactly("070", "074");
  }

  @Test
  void merge_sameSentenceRootAndDyad_countsOnce() {
    List<Event> out = EventMerge.merge(List.of(event("042", List.of("a1"), List.of("a2"), 5)),
        List.of(event("043", List.of("a1"), List.of("a2"), 5)));
    assertThat(out).extracting(Event::cameo).containsExactly("042");
  }

  @Test
  void merge_clauseEventEarlierInText_isNumberedFirst() {
    List<Event> out = EventMerge.merge(List.of(event("040", List.of("a1"), List.of(), 50)),
        List.of(event("111", List.of("a1"), List.of("a2"), 10)));
    assertThat(out).extracting(Event::cameo).containsExactly("111", "040");
  }

  @Test
  void withoutNarrower_sameSourceTargetsPartOfAnother_narrowerGoes() {
    List<Event> out = EventMerge.withoutNarrower(List.of(event("020", List.of("a1"), List.of("a2"), 5),
        event("020", List.of("a1"), List.of("a2", "a3"), 5)), NO_PLACE);
    assertThat(out).extracting(Event::target).containsExactly(List.of("a2", "a3"));
  }

  @Test
  void withoutNarrower_eventWithoutTarget_stays() {
    List<Event> out = EventMerge.withoutNarrower(List.of(event("020", List.of("a1"), List.of(), 5),
        event("020", List.of("a1"), List.of("a2"), 5)), NO_PLACE);
    assertThat(out).hasSize(2);
  }

  @Test
  void withoutNarrower_otherSourceOrSentenceOrRoot_stays() {
    List<Event> out = EventMerge.withoutNarrower(List.of(event("020", List.of("a1"), List.of("a2"), 5),
        event("020", List.of("a4"), List.of("a2", "a3"), 5), event("020", List.of("a1"), List.of("a2", "a3"), 50),
        event("190", List.of("a1"), List.of("a2", "a3"), 5)), NO_PLACE);
    assertThat(out).hasSize(4);
  }

  @Test
  void withoutNarrower_widerAddsOnlyPlaces_widerGoes() {
    // "met Kuleba in Warsaw": the meeting is with Kuleba; Warsaw (a3) is its setting
    List<Event> out = EventMerge.withoutNarrower(List.of(event("040", List.of("a1"), List.of("a2"), 5),
        event("040", List.of("a1"), List.of("a2", "a3"), 5)), "a3"::equals);
    assertThat(out).extracting(Event::target).containsExactly(List.of("a2"));
  }

  @Test
  void placesAsSettings_placeBesideParties_placeBecomesLocation() {
    List<Event> out = EventMerge.placesAsSettings(List.of(event("040", List.of("a1"), List.of("a2", "a3"), 5)),
        "a3"::equals);
    assertThat(out).singleElement().satisfies(e -> {
      assertThat(e.target()).containsExactly("a2");
      assertThat(e.location()).isEqualTo("a3");
    });
  }

  @Test
  void placesAsSettings_onlyPlaces_targetsKept() {
    List<Event> out = EventMerge.placesAsSettings(List.of(event("042", List.of("a1"), List.of("a2", "a3"), 5)),
        id -> true);
    assertThat(out).singleElement().satisfies(e -> assertThat(e.target()).containsExactly("a2", "a3"));
  }
}
