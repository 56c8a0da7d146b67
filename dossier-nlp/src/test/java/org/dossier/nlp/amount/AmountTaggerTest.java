package org.dossier.nlp.amount;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Amount;
import org.dossier.model.DocumentInfo;
import org.dossier.nlp.DossierConfig;
import org.dossier.nlp.Extractor;
import org.dossier.nlp.InputException;
import org.dossier.nlp.doc.Layers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AmountTaggerTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create(DossierConfig.defaults());
  }

  private static List<Amount> amounts(String text) throws InputException {
    return extractor.annotate(DocumentInfo.of("a", LocalDate.of(2024, 5, 17), text)).get(Layers.AMOUNTS);
  }

  private static Amount amount(List<Amount> amounts, String text) {
    return amounts.stream().filter(a -> a.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no amount '" + text + "' in " + amounts));
  }

  @Test
  void tag_countedTimesWithModifier_modifierInSpan() throws InputException {
    Amount a = amount(amounts("The two men have met over 40 times."), "over 40 times");
    assertThat(a.value()).isEqualTo(40L);
    assertThat(a.unit()).isEqualTo("times");
  }

  @Test
  void tag_wordNumberWithObject_objectIsUnit() throws InputException {
    Amount a = amount(amounts("The delegation included five deputy prime ministers."), "five deputy prime ministers");
    assertThat(a.value()).isEqualTo(5L);
    assertThat(a.unit()).isEqualTo("deputy prime ministers");
  }

  @Test
  void tag_money_scaledValueAndCurrencyCode() throws InputException {
    List<Amount> found = amounts("Trade reached $11.1bn, and the fund holds 470 million dollars.");
    assertThat(amount(found, "$11.1bn").value().doubleValue()).isEqualTo(1.11e10);
    assertThat(amount(found, "$11.1bn").unit()).isEqualTo("USD");
    assertThat(amount(found, "470 million dollars").value()).isEqualTo(470_000_000L);
    assertThat(amount(found, "470 million dollars").unit()).isEqualTo("USD");
  }

  @Test
  void tag_vagueMagnitude_nullValue() throws InputException {
    Amount a = amount(amounts("Beijing bought billions of dollars' worth of arms."), "billions of dollars' worth of arms");
    assertThat(a.value()).isNull();
    assertThat(a.unit()).isEqualTo("USD");
  }

  @Test
  void tag_ratesPercentPoints_units() throws InputException {
    List<Amount> found = amounts("Exports hit 1.2 million barrels a day. Tariffs rose 20 percent. The index fell 13.68 points.");
    assertThat(amount(found, "1.2 million barrels a day").value()).isEqualTo(1_200_000L);
    assertThat(amount(found, "1.2 million barrels a day").unit()).isEqualTo("barrels a day");
    assertThat(amount(found, "20 percent").unit()).isEqualTo("percent");
    assertThat(amount(found, "13.68 points").value()).isEqualTo(13.68);
  }

  @Test
  void tag_timesAndReferences_notAmounts() throws InputException {
    List<Amount> found = amounts("The two leaders talked for three years and met in 2014.");
    assertThat(found).isEmpty();
  }
}
