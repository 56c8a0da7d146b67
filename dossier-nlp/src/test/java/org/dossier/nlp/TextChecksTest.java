package org.dossier.nlp;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextChecksTest {
  @Test
  void check_blankText_rejectedNamingDocument() {
    assertThatThrownBy(() -> TextChecks.check("doc.txt", "  \n ", 100))
        .isInstanceOf(InputException.class).hasMessageContaining("doc.txt").hasMessageContaining("empty");
  }

  @Test
  void check_tooLong_rejectedWithLimit() {
    assertThatThrownBy(() -> TextChecks.check("d", "x".repeat(101), 100)).hasMessageContaining("100");
  }

  @Test
  void check_nulByte_rejectedAsBinary() {
    assertThatThrownBy(() -> TextChecks.check("d", "abc\u0000def", 100)).hasMessageContaining("binary");
  }

  @Test
  void check_frenchText_rejectedAsNotEnglish() {
    String fr = "Le président de la République a rencontré hier soir les représentants des syndicats "
        + "pour discuter de la réforme des retraites, qui suscite une forte opposition dans le pays. "
        + "Selon plusieurs sources, les discussions ont duré plus de trois heures sans aboutir à un accord "
        + "entre les parties présentes autour de la table du gouvernement.";
    assertThatThrownBy(() -> TextChecks.check("fr.txt", fr, 10_000)).hasMessageContaining("not English");
  }

  @Test
  void check_cyrillicText_rejectedAsNotEnglish() {
    assertThatThrownBy(() -> TextChecks.check("ru.txt", "Президент России провёл встречу с министрами сегодня", 10_000))
        .hasMessageContaining("not English");
  }

  @Test
  void check_priceTableWithFewWords_acceptedAsEnglish() {
    StringBuilder table = new StringBuilder("Closing grain prices in dollars per tonne:\n\n");
    for (int i = 0; i < 30; i++) {
      table.append("Grade ").append(i).append(" Wheat Jul   ").append(100 + i).append(".25   ")
          .append(101 + i).append(".75 N\n\n");
    }
    assertThatCode(() -> TextChecks.check("prices", table.toString(), 100_000)).doesNotThrowAnyException();
  }

  @Test
  void check_sportsResultsWithDutchAndSpanishNames_acceptedAsEnglish() {
    StringBuilder results = new StringBuilder("SOCCER - LEAGUE RESULTS\n");
    String[] clubs = {"De Graafschap", "Ajax", "Sporting de Gijon", "Atletico de Madrid", "Feyenoord",
        "Racing de Santander", "La Coruna", "Le Havre", "Celta Vigo", "Den Bosch", "PSV Eindhoven", "Valencia"};
    for (int i = 0; i < clubs.length * 3; i++) {
      results.append(clubs[i % clubs.length]).append(' ').append(i % 3).append(' ').append(clubs[(i + 5) % clubs.length])
          .append(' ').append(i % 2).append('\n');
    }
    assertThatCode(() -> TextChecks.check("results", results.toString(), 100_000)).doesNotThrowAnyException();
  }

  @Test
  void check_shortEnglishHeadline_accepted() {
    assertThatCode(() -> TextChecks.check("d", "Mayor Opens Bridge", 100)).doesNotThrowAnyException();
  }
}
