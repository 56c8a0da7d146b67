package org.dossier.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimexTest {
  private static Timex of(Timex.Type type, String value) {
    return new Timex(0, 4, 0, 1, "text", type, value, Timex.Granularity.DAY, true, false);
  }

  @Test
  void startDate_isoWeek_mondayOfThatWeek() {
    assertThat(of(Timex.Type.DATE, "2024-W20").startDate()).contains(LocalDate.of(2024, 5, 13));
  }

  @Test
  void dateValue_partOfDay_dayOnly() {
    assertThat(of(Timex.Type.DATE, "2024-05-16TMO").dateValue()).contains("2024-05-16");
    assertThat(of(Timex.Type.DATE, "2024-Q3").startDate()).contains(LocalDate.of(2024, 7, 1));
  }

  @Test
  void dateValue_durationOrReference_empty() {
    assertThat(of(Timex.Type.DURATION, "P2D").dateValue()).isEmpty();
    assertThat(of(Timex.Type.DATE, "PRESENT_REF").dateValue()).isEmpty();
    assertThat(of(Timex.Type.DATE, null).startDate()).isEmpty();
  }

  @Test
  void constructor_invalidSpan_rejectedWithValues() {
    assertThatThrownBy(() -> new Timex(5, 2, 0, 1, "x", Timex.Type.DATE, null, Timex.Granularity.DAY, false, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[5, 2)");
  }

  @Test
  void cardinal_wordsAndDigits_values() {
    assertThat(NumberWords.cardinal("twenty-five")).isEqualTo(25.0);
    assertThat(NumberWords.cardinal("1,200.5")).isEqualTo(1200.5);
    assertThat(NumberWords.cardinal("tanks")).isNull();
    assertThat(NumberWords.ordinal("3rd")).isEqualTo(3);
    assertThat(NumberWords.multiplier("bn")).isEqualTo(1e9);
  }
}
