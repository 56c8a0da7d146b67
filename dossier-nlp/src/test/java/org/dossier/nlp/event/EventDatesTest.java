package org.dossier.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.model.ActorType;
import org.dossier.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Event dates (issue 18): calendar values of time expressions, "when" clauses, participle adjuncts. */
class EventDatesTest {
  private static final ActorType C = ActorType.COUNTRY;

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(nullValues = "null", value = {
      "2024-05-16, 2024-05-16", "2024-05, 2024-05", "2024, 2024", "2024-W20, 2024-W20", "2024-Q2, 2024-Q2",
      "2006-W46-WE, 2006-W46", "2006-SU, 2006", "2006-WI, 2006", "P1W, null", "PAST_REF, null",
      "2024-05-16T19:00, null", "null, null"})
  void calendar_timexValue_givesEventDate(String value, String expected) {
    assertThat(EventDates.calendar(value)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} {2} {1} -> {3}")
  @CsvSource(nullValues = "null", value = {
      "2006-12-09, P1W, -1, 2006-12-02", "2006-12-09, P3D, 1, 2006-12-12", "2006-12-30, P2D, 1, 2007-01-01",
      "2006-12, P3Y, -1, 2003", "2006-12, P1W, -1, null", "2006-12-09, PT24H, -1, null",
      "2006-12-09, PXD, -1, null", "null, P1W, -1, null"})
  void shift_dateAndInterval_givesAnchoredDate(String date, String duration, int sign, String expected) {
    assertThat(EventDates.shift(date, duration, sign)).isEqualTo(expected);
  }

  @Test
  void apply_weekendTime_datesTheEventByItsWeek() {
    EventFixture f = EventFixture.of("Ghana/NNP attacked/VBD/attack Togo/NNP over/IN the/DT weekend/NN ./.")
        .actor(0, 1, "Ghana", C).actor(2, 3, "Togo", C).time(4, 6, "2024-W19-WE");
    assertThat(f.only().date()).isEqualTo("2024-W19");
  }

  /**
   * A subordinate clause without a time of its own: a "when" clause happens at its main clause's
   * time; a "because" clause gives a cause, not a time, and keeps the publication date.
   */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"when, 2024-05-11", "because, 2024-05-17"})
  void apply_subordinateClauseWithoutTimeOfItsOwn_datedAsListed(String conjunction, String expected) {
    String tag = conjunction.equals("when") ? "WRB" : "IN";
    EventFixture f = EventFixture.of("Ten/CD civilians/NNS/civilian died/VBD/die on/IN Saturday/NNP "
        + conjunction + "/" + tag + " Ghana/NNP attacked/VBD/attack Togo/NNP ./.")
        .actor(6, 7, "Ghana", C).actor(8, 9, "Togo", C).time(4, 5, "2024-05-11");
    Event e = f.only(ev -> ev.cameo().substring(0, 2), "19");
    assertThat(e.date()).isEqualTo(expected);
  }

  @Test
  void apply_participleAfterComma_takesItsMainClausesTime() {
    EventFixture f = EventFixture.of("Ghana/NNP closed/VBD/close its/PRP$ border/NN on/IN Monday/NNP ,/, "
        + "attacking/VBG/attack Togo/NNP ./.")
        .actor(0, 1, "Ghana", C).actor(8, 9, "Togo", C).time(5, 6, "2024-05-13");
    Event e = f.events().stream().filter(ev -> ev.cameo().startsWith("19")).findFirst().orElseThrow();
    assertThat(e.date()).isEqualTo("2024-05-13");
  }

  @Test
  void apply_futureEventWithoutTime_datedByThePublicationMonth() {
    EventFixture f = EventFixture.of("Ghana/NNP is/VBZ/be expected/VBN/expect to/TO attack/VB Togo/NNP ./.")
        .actor(0, 1, "Ghana", C).actor(5, 6, "Togo", C);
    Event e = f.only();
    assertThat(e.mode()).isEqualTo("future");
    assertThat(e.date()).isEqualTo("2024-05");
  }

  /**
   * An act announced for later is coded as the intent stated, which is stated by the time of the
   * report: a time after publication is the act's, and the intent takes the publication date; a
   * time not after it stays.
   */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"2025, 2024-05-17", "2024-05-17, 2024-05-17", "2024-05-16, 2024-05-16"})
  void apply_statedIntentWithItsActsTime_datedAsListed(String actTime, String expected) {
    EventFixture f = EventFixture.of("Ghana/NNP will/MD attack/VB/attack Togo/NNP next/JJ year/NN ./.")
        .actor(0, 1, "Ghana", C).actor(3, 4, "Togo", C).time(4, 6, actTime);
    Event e = f.only();
    assertThat(e.mode()).isEqualTo("future");
    assertThat(e.date()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} after {1}: {2}")
  @CsvSource(nullValues = "null", value = {
      "2007, 2006-11-19, true", "2006-12, 2006-11-19, true", "2006-11-20, 2006-11-19, true",
      "2006, 2006-11-19, false", "2006-11, 2006-11-19, false", "2006-11-19, 2006-11-19, false",
      "2006-W48, 2006-11-19, false", "null, 2006-11-19, false", "2007, null, false"})
  void after_calendarValueAndPublication_trueOnlyWhenItBeginsLater(String value, String published,
      boolean expected) {
    assertThat(EventDates.after(value, published)).isEqualTo(expected);
  }
}
