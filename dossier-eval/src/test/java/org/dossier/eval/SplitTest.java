package org.dossier.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SplitTest {
  /** Parities of Python's zlib.crc32(id.encode()): 1923968047, 3953409429, 2627931395, 46635168, 3634565812. */
  @ParameterizedTest
  @CsvSource({"rec-1, TEST", "rec-2, TEST", "rec-3, TEST", "rec-4, DEV", "DEMO-00, DEV"})
  void of_id_halfByCrc32Parity(String id, Split want) {
    assertThat(Split.of(id)).isEqualTo(want);
  }

  @Test
  void of_manyIds_roughlyHalfEach() {
    long dev = IntStream.range(0, 1000).mapToObj(i -> "record-" + i).filter(id -> Split.of(id) == Split.DEV).count();
    assertThat(dev).isBetween(400L, 600L);
  }

  @Test
  void suffix_metricName_carriesHalfLabel() {
    assertThat(Split.TEST.suffix("source match")).isEqualTo("source match [test]");
  }
}
