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
 * A background event in an "after"/"before" clause keeps its own date, on real parses (both coders
 * run): moved from its main clause's date by a measured interval in front of the subordinator,
 * else none — never the main clause's time or the publication date.
 */
class AnchoredDateTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 20);
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create(DossierConfig.defaults().withParse(true));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(nullValues = "null", delimiter = '|', value = {
      "Ghana closed its border on Sunday, a week after Togo attacked Ghana.|2024-05-12",
      "Ghana closed its border on Sunday, two days before Togo attacked Ghana.|2024-05-21",
      "Ghana closed its border on Sunday after Togo attacked Ghana.|null",
      "Ghana closed its border on Sunday, hours after Togo attacked Ghana.|2024-05-19",
      "Ghana closed its border years after Togo attacked Ghana.|null"})
  void apply_eventInAnchoredClause_keepsItsOwnDate(String text, String date) throws Exception {
    List<Event> events = extractor.annotate(DocumentInfo.of("anchored", PUBLISHED, text + "\n"))
        .get(Layers.EVENTS).stream().filter(e -> e.cameo().startsWith("19")).toList();
    assertThat(events).as(text).isNotEmpty().allSatisfy(e -> assertThat(e.date()).as(e.toString()).isEqualTo(date));
  }
}
