package org.dossier.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dossier.model.DocumentInfo;
import org.dossier.model.TimeMention;
import org.dossier.nlp.DossierConfig;
import org.dossier.nlp.Extractor;
import org.dossier.nlp.InputException;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.doc.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class TimeTaggerTest {
  /** A Friday. */
  private static final LocalDate FRIDAY = LocalDate.of(2024, 5, 17);
  /** A Wednesday. */
  private static final LocalDate WEDNESDAY = LocalDate.of(2024, 5, 15);
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create(DossierConfig.defaults());
  }

  private static Doc annotate(String text, LocalDate published) throws InputException {
    return extractor.annotate(DocumentInfo.of("t", published, text));
  }

  private static Timex timex(Doc doc, String text) {
    return doc.get(TimeTagger.TIMEX).stream().filter(t -> t.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no time expression '" + text + "' in " + doc.get(TimeTagger.TIMEX)));
  }

  private static String value(String text, LocalDate published, String expression) throws InputException {
    return timex(annotate(text, published), expression).value();
  }

  /** The example sentences of {@code tense-words.tsv}: the tense around a weekday decides its week. */
  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "tense-examples.tsv", delimiter = '\t', numLinesToSkip = 3)
  void tag_tenseExample_valueAsListed(String sentence, String expression, String expected) throws InputException {
    assertThat(value(sentence, LocalDate.of(2006, 5, 17), expression)).as(sentence).isEqualTo(expected);
  }

  @Test
  void tag_weekdayInPastClause_mostRecentOnOrBeforePublication() throws InputException {
    assertThat(value("The minister arrived in Paris on Thursday.", FRIDAY, "Thursday")).isEqualTo("2024-05-16");
    assertThat(value("The minister arrived in Paris on Friday.", FRIDAY, "Friday")).isEqualTo("2024-05-17");
    assertThat(value("Officials met on Monday.", WEDNESDAY, "Monday")).isEqualTo("2024-05-13");
  }

  @Test
  void tag_militaryTimeWithZone_isTimeOfDayNotYear() throws InputException {
    // regression: "at 1900 GMT" was tagged as the year 1900
    Doc doc = annotate("The envoys met at 1900 GMT and again at 2130 local time.", FRIDAY);
    assertThat(doc.get(Layers.TIMES)).noneMatch(m -> "1900".equals(m.value()) || "2130".equals(m.value()));
    assertThat(timex(doc, "1900 GMT").value()).isEqualTo("2024-05-17T19:00");
    assertThat(timex(doc, "2130 local time").value()).isEqualTo("2024-05-17T21:30");
  }

  @Test
  void tag_bareFourDigitYear_stillAYear() throws InputException {
    assertThat(value("The war ended in 1995.", FRIDAY, "1995")).isEqualTo("1995");
  }

  @Test
  void tag_vagueReference_nullInContractValueKeptInTimex() throws InputException {
    // regression: dossier/1 time values are ISO 8601 or null; TimeML's PAST_REF is not a date
    Doc doc = annotate("Fighting has intensified in recent days.", FRIDAY);
    Timex t = timex(doc, "recent days");
    assertThat(t.value()).isEqualTo("PAST_REF");
    assertThat(doc.get(Layers.TIMES)).filteredOn(m -> m.text().equals("recent days"))
        .singleElement().satisfies(m -> assertThat(m.value()).isNull());
  }

  @Test
  void tag_weekdayInFutureClause_nextSuchDay() throws InputException {
    Timex t = timex(annotate("The two ministers will meet on Friday in Geneva.", WEDNESDAY), "Friday");
    assertThat(t.value()).isEqualTo("2024-05-17");
    assertThat(t.future()).isTrue();
    assertThat(value("On Friday, the two ministers will meet in Geneva.", WEDNESDAY, "Friday"))
        .isEqualTo("2024-05-17");
    assertThat(value("The ministers met on Friday in Geneva.", WEDNESDAY, "Friday")).isEqualTo("2024-05-10");
  }

  @Test
  void tag_noPublicationDate_relativeNullAbsoluteResolved() throws InputException {
    Doc doc = annotate("The talks began on Thursday, a year after the March 2023 summit. Trade grew last year and "
        + "fell in 2014. The accord of May 5, 2021 still holds.", null);
    assertThat(timex(doc, "Thursday").value()).isNull();
    assertThat(timex(doc, "last year").value()).isNull();
    assertThat(timex(doc, "March 2023").value()).isEqualTo("2023-03");
    assertThat(timex(doc, "2014").value()).isEqualTo("2014");
    assertThat(timex(doc, "May 5, 2021").value()).isEqualTo("2021-05-05");
  }

  @Test
  void tag_thisWeekAndNeighbours_isoWeeks() throws InputException {
    Doc doc = annotate("Leaders gather in Rome this week. They met last week and will meet again next week.", FRIDAY);
    assertThat(timex(doc, "this week").value()).isEqualTo("2024-W20");
    assertThat(timex(doc, "last week").value()).isEqualTo("2024-W19");
    assertThat(timex(doc, "next week").value()).isEqualTo("2024-W21");
    assertThat(timex(doc, "this week").granularity()).isEqualTo(Timex.Granularity.WEEK);
  }

  @Test
  void tag_ago_yearPrecisionWithModifierInSpan() throws InputException {
    Doc doc = annotate("Sanctions were imposed more than two years ago. The plant closed three months ago.", FRIDAY);
    assertThat(timex(doc, "more than two years ago").value()).isEqualTo("2022");
    assertThat(timex(doc, "three months ago").value()).isEqualTo("2024-02");
  }

  @Test
  void tag_durations_keptAsDurationsNotDates() throws InputException {
    Doc doc = annotate("His two-day visit ended a feud that had lasted three years.", FRIDAY);
    Timex twoDay = timex(doc, "two-day");
    assertThat(twoDay.value()).isEqualTo("P2D");
    assertThat(twoDay.type()).isEqualTo(Timex.Type.DURATION);
    assertThat(twoDay.dateValue()).isEmpty();
    assertThat(timex(doc, "three years").value()).isEqualTo("P3Y");
  }

  @Test
  void tag_monthsAndPeriods_resolvedAgainstPublication() throws InputException {
    Doc doc = annotate("Prices rose in March and fell last month. Growth slowed in mid-2022 and in early March. "
        + "The 1990s were calmer. Elections follow next year. The report was filed on 2024-05-16.", FRIDAY);
    assertThat(timex(doc, "March").value()).isEqualTo("2024-03");
    assertThat(timex(doc, "last month").value()).isEqualTo("2024-04");
    assertThat(timex(doc, "mid-2022").value()).isEqualTo("2022");
    assertThat(timex(doc, "early March").value()).isEqualTo("2024-03");
    assertThat(timex(doc, "The 1990s").value()).isEqualTo("199");
    assertThat(timex(doc, "next year").value()).isEqualTo("2025");
    assertThat(timex(doc, "2024-05-16").value()).isEqualTo("2024-05-16");
  }

  @Test
  void tag_laterMonthInFutureClause_nextOccurrence() throws InputException {
    assertThat(value("The treaty will be signed in August.", FRIDAY, "August")).isEqualTo("2024-08");
    assertThat(value("The treaty was signed in August.", FRIDAY, "August")).isEqualTo("2023-08");
  }

  @Test
  void tag_unmarkedMonth_mostRecentUnlessNearAhead() throws InputException {
    assertThat(value("The truce agreed in November still holds.", FRIDAY, "November")).isEqualTo("2023-11");
    assertThat(value("He must leave the country by Jan. 14.", LocalDate.of(2023, 12, 28), "Jan. 14"))
        .isEqualTo("2024-01-14");
  }

  @Test
  void tag_seasonWordAsNoun_notTagged() throws InputException {
    Doc doc = annotate("After the fall of the city, prices saw a fall in value. Talks resume in the fall.", FRIDAY);
    assertThat(doc.get(TimeTagger.TIMEX)).extracting(Timex::text).containsExactly("the fall");
    assertThat(doc.get(TimeTagger.TIMEX).get(0).value()).isEqualTo("2024-FA");
  }

  @Test
  void tag_numbersThatAreNotTimes_notTagged() throws InputException {
    Doc doc = annotate("He has visited over 40 times and spent $1.2 billion on 2000 tanks.", FRIDAY);
    assertThat(doc.get(TimeTagger.TIMEX)).isEmpty();
  }

  @Test
  void apply_timesLayer_codePointOffsetsSliceText() throws InputException {
    String text = "\uD83D\uDE00 The summit opened on Thursday.";
    Doc doc = annotate(text, FRIDAY);
    List<TimeMention> times = doc.get(Layers.TIMES);
    assertThat(times).hasSize(1);
    TimeMention m = times.get(0);
    assertThat(text.codePoints().skip(m.start()).limit(m.end() - m.start())
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString())
        .isEqualTo("Thursday");
    assertThat(m.value()).isEqualTo("2024-05-16");
  }

  @Test
  void governing_predicateWithTwoDates_nearestInItsSentence() throws InputException {
    Doc doc = annotate("The president, who took office in 2019, visited Beijing on Thursday.", FRIDAY);
    List<Token> tokens = doc.get(Layers.TOKENS);
    int visited = tokens.stream().filter(t -> t.word().equals("visited")).findFirst().orElseThrow().index();
    int took = tokens.stream().filter(t -> t.word().equals("took")).findFirst().orElseThrow().index();
    Optional<Timex> forVisit = Times.governing(doc, visited);
    assertThat(forVisit).map(Timex::dateValue).contains(Optional.of("2024-05-16"));
    assertThat(Times.governing(doc, took)).map(Timex::text).contains("2019");
    assertThat(Times.inSentence(doc, 0)).extracting(Timex::text).containsExactly("2019", "Thursday");
  }

  @Test
  void tag_emptyAndOddText_noFailure() throws InputException {
    assertThat(annotate("-- -- ... 12:99 31/31/2024 Feb. 30", FRIDAY).get(TimeTagger.TIMEX)).isNotNull();
    // longer than the tagger's sentence limit: tokens without part-of-speech tags
    String longSentence = "on Friday 5 May 2021 they paid $3 million over two years and ".repeat(30);
    Doc doc = annotate(longSentence, FRIDAY);
    assertThat(doc.get(TimeTagger.TIMEX)).extracting(Timex::text).contains("Friday 5 May 2021", "two years");
    assertThat(doc.get(Layers.AMOUNTS)).isNotNull();
  }
}
