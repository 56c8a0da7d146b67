package org.dossier.store.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentQueryTest {
  @Test
  void compareCodePoints_supplementaryAfterBmp_ordersAsUtf8Bytes() {
    String emoji = "a\uD83D\uDE00";
    String lastBmp = "a\uFFFF";
    // String.compareTo orders by UTF-16 unit and puts the surrogate pair first
    assertThat(emoji.compareTo(lastBmp)).isNegative();
    assertThat(DocumentQuery.compareCodePoints(emoji, lastBmp)).isPositive();
    assertThat(DocumentQuery.compareCodePoints(lastBmp, emoji)).isNegative();
  }

  @Test
  void compareCodePoints_prefixAndEqual_shorterFirstEqualZero() {
    assertThat(DocumentQuery.compareCodePoints("doc-1", "doc-10")).isNegative();
    assertThat(DocumentQuery.compareCodePoints("doc-10", "doc-1")).isPositive();
    assertThat(DocumentQuery.compareCodePoints("doc-1", "doc-1")).isZero();
  }
}
