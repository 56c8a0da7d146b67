package org.dossier.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.DocumentInfo;
import org.dossier.model.Event;
import org.dossier.nlp.DossierConfig;
import org.dossier.nlp.Extractor;
import org.dossier.nlp.doc.Layers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An undated simple-past event is told on the story's narrative day, the last day named before it
 * that lies a few days before publication, on real parses (both coders run); a present tense, a day
 * named in a background clause or one too long ago leaves the publication date.
 */
class NarrativeDayTest {
  /** A Monday. */
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 20);
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create(DossierConfig.defaults().withParse(true));
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
    List<Event> events = extractor.annotate(DocumentInfo.of("narrative", PUBLISHED, text.replace(". ", ".\n\n") + "\n"))
        .get(Layers.EVENTS).stream().filter(e -> e.evidence().text().contains(evidence)).toList();
    assertThat(events).as(text).isNotEmpty().allSatisfy(e -> assertThat(e.date()).as(e.toString()).isEqualTo(date));
  }
}
