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
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An act announced for later is coded as the intent stated, on real parses (both coders run):
 * the intent is stated by the time of the report, so it is never dated after publication, even
 * when the act has a later time of its own ("next year").
 */
class IntentDateTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 17);
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create(DossierConfig.defaults().withParse(true));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Ghana will attack Togo next year.",
      "Ghana said on Monday that it will attack Togo next year."})
  void apply_intentWithLaterActTime_datedNoLaterThanPublication(String sentence) throws Exception {
    List<Event> events = extractor.annotate(DocumentInfo.of("intent", PUBLISHED, sentence + "\n"))
        .get(Layers.EVENTS).stream().filter(e -> "future".equals(e.mode())).toList();
    assertThat(events).as(sentence).isNotEmpty().allSatisfy(e -> {
      assertThat(e.date()).isNotNull();
      assertThat(EventDates.after(e.date(), PUBLISHED.toString())).as(e.date()).isFalse();
    });
  }

  /** Regression: "had no plans to meet" was coded as a refusal with no date (untensed infinitive). */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Ghana said it had no plans to meet Togo.", "Ghana has no intention to meet Togo."})
  void apply_deniedIntent_refusalDatedWhenStated(String sentence) throws Exception {
    List<Event> events = extractor.annotate(DocumentInfo.of("refusal", PUBLISHED, sentence + "\n"))
        .get(Layers.EVENTS).stream().filter(e -> e.cameo().startsWith("12")).toList();
    assertThat(events).as(sentence).isNotEmpty().allSatisfy(e -> assertThat(e.date()).isEqualTo(PUBLISHED.toString()));
  }
}
