package org.dossier.eval.articles;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Expected values are what Python 3 gives for score.py's functions on the same inputs. */
class PyTextTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "The  United Nations|united nations|the united nations",
      "Mr. Smith|smith|mr. smith",
      "mrs. Jones|jones|mrs. jones",
      "President Olu Vane|olu vane|president olu vane",
      "Secretary of State Dana Reyes|dana reyes|secretary of state dana reyes",
      "O\u2019Neil (the elder)|o'neil the elder|o'neil the elder",
      "the the council|the council|the the council",
      "\u00dcnal\u00a0Kaya!|\u00fcnal kaya|\u00fcnal kaya",
      "x_y 3\u00bd|x_y 312|x_y 312",
      "\u216b legion|xii legion|xii legion",
      "x\u0301y|xy|xy",
      "a\ud83d\ude00b|ab|ab",
      "A\tB|ab|ab",
  })
  void norm_pythonCases_samePythonResult(String in, String names, String plain) {
    assertThat(PyText.norm(in, true)).isEqualTo(names);
    assertThat(PyText.norm(in, false)).isEqualTo(plain);
  }

  @Test
  void norm_null_isEmpty() {
    assertThat(PyText.norm(null)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"1, 8, 12", "5, 8, 62", "7, 8, 88", "57, 80, 71", "3, 8, 38", "1, 200, 0"})
  void percent_halfway_roundsHalfToEvenLikePython(int a, int b, String want) {
    assertThat(PyText.percent(a, b)).isEqualTo(want);
  }

  @Test
  void find_afterSupplementaryCharacter_countsCodePoints() {
    PyText.Text t = new PyText.Text("\ud83d\ude00 Ana said. Bo left.");
    assertThat(t.find("Bo")).isEqualTo(12);
    assertThat(t.length()).isEqualTo(20);
    assertThat(t.rfind(". ", 0, 12)).isEqualTo(10);
    assertThat(t.find("Bo", 13)).isEqualTo(-1);
    assertThat(t.find("Ana", 0, 4)).isEqualTo(-1);
    assertThat(t.find("Ana", 0, 5)).isEqualTo(2);
  }

  @Test
  void strip_chars_removesOnlyThoseAtTheEnds() {
    assertThat(PyText.strip("' \"a b' ", "'\" ")).isEqualTo("a b");
    assertThat(PyText.strip("\u00a0 x \u2003")).isEqualTo("x");
  }

  @Test
  void head_supplementaryCharacters_countedAsOne() {
    assertThat(PyText.head("\ud83d\ude00abc", 2)).isEqualTo("\ud83d\ude00a");
    assertThat(PyText.head("ab", 5)).isEqualTo("ab");
  }
}
