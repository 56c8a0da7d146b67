package org.dossier.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.dossier.model.DocumentInfo;
import org.dossier.model.Event;
import org.dossier.nlp.DossierConfig;
import org.dossier.nlp.Extractor;
import org.dossier.nlp.doc.Layers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Event dates on real parses, both coders running (issue 18 item 4): the story's narrative day for
 * an undated past event, a background clause's own date, and an intent never dated after it was
 * stated. The pipeline is loaded once for the class.
 */
class ParsedEventDatesTest {
  /** A Monday. */
  private static final LocalDate MONDAY = LocalDate.of(2024, 5, 20);
  /** A Friday. */
  private static final LocalDate FRIDAY = LocalDate.of(2024, 5, 17);
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create(DossierConfig.defaults().withParse(true));
  }

  /** The events of {@code text}, published on {@code published}, that {@code keep} selects. */
  private static List<Event> events(LocalDate published, String text, Predicate<Event> keep) throws Exception {
    return extractor.annotate(DocumentInfo.of("dates", published, text + "\n"))
        .get(Layers.EVENTS).stream().filter(keep).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // a day named before, the event in simple past: the story's day
      "Ghana held elections on Sunday. Togo attacked Ghana.|Togo attacked|2024-05-19",
      "Police announced Saturday that they had finished the inquiry. Ghana accused Togo of fraud.|Ghana accused|2024-05-18",
      // a present tense is told today
      "Ghana held elections on Sunday. Ghana accuses Togo of fraud.|Ghana accuses|2024-05-20",
      // the day of a background clause is not the story's
      "Ghana closed its border today after Benin voted on Sunday. Ghana accused Togo of fraud.|Ghana accused|2024-05-20",
      // a day long before publication is no narrative day
      "Ghana held elections on May 2. Togo attacked Ghana.|Togo attacked|2024-05-20"})
  void apply_undatedPastEvent_datedByNarrativeDay(String text, String evidence, String date) throws Exception {
    List<Event> events = events(MONDAY, text.replace(". ", ".\n\n"), e -> e.evidence().text().contains(evidence));
    assertThat(events).as(text).isNotEmpty().allSatisfy(e -> assertThat(e.date()).as(e.toString()).isEqualTo(date));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(nullValues = "null", delimiter = '|', value = {
      "Ghana closed its border on Sunday, a week after Togo attacked Ghana.|2024-05-12",
      "Ghana closed its border on Sunday, two days before Togo attacked Ghana.|2024-05-21",
      "Ghana closed its border on Sunday, hours after Togo attacked Ghana.|2024-05-19",
      "Ghana closed its border on Sunday after Togo attacked Ghana.|null",
      "Ghana closed its border years after Togo attacked Ghana.|null"})
  void apply_eventInAnchoredClause_keepsItsOwnDate(String text, String date) throws Exception {
    List<Event> events = events(MONDAY, text, e -> e.cameo().startsWith("19"));
    assertThat(events).as(text).isNotEmpty().allSatisfy(e -> assertThat(e.date()).as(e.toString()).isEqualTo(date));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Ghana will attack Togo next year.",
      "Ghana said on Monday that it will attack Togo next year."})
  void apply_intentWithLaterActTime_datedNoLaterThanPublication(String sentence) throws Exception {
    List<Event> events = events(FRIDAY, sentence, e -> "future".equals(e.mode()));
    assertThat(events).as(sentence).isNotEmpty().allSatisfy(e -> {
      assertThat(e.date()).isNotNull();
      assertThat(EventDates.after(e.date(), FRIDAY.toString())).as(e.date()).isFalse();
    });
  }

  /** Regression: "had no plans to meet" was coded as a refusal with no date (untensed infinitive). */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Ghana said it had no plans to meet Togo.", "Ghana has no intention to meet Togo."})
  void apply_deniedIntent_refusalDatedWhenStated(String sentence) throws Exception {
    List<Event> events = events(FRIDAY, sentence, e -> e.cameo().startsWith("12"));
    assertThat(events).as(sentence).isNotEmpty().allSatisfy(e -> assertThat(e.date()).isEqualTo(FRIDAY.toString()));
  }
}
