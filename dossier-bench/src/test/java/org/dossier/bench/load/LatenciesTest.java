package org.dossier.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LatenciesTest {
  @Test
  void percentile_hundredValues_nearestRank() {
    long[] v = new long[100];
    for (int i = 0; i < v.length; i++) {
      v[i] = i + 1;
    }
    assertThat(Latencies.percentile(v, 50)).isEqualTo(50);
    assertThat(Latencies.percentile(v, 95)).isEqualTo(95);
    assertThat(Latencies.percentile(v, 99)).isEqualTo(99);
    assertThat(Latencies.percentile(v, 100)).isEqualTo(100);
  }

  @Test
  void percentile_fewValues_roundsRankUp() {
    long[] v = {10, 20, 30};
    // rank ceil(0.5 * 3) = 2, ceil(0.99 * 3) = 3, ceil(0.01 * 3) = 1
    assertThat(Latencies.percentile(v, 50)).isEqualTo(20);
    assertThat(Latencies.percentile(v, 99)).isEqualTo(30);
    assertThat(Latencies.percentile(v, 1)).isEqualTo(10);
  }

  @Test
  void percentile_singleValue_isThatValue() {
    assertThat(Latencies.percentile(new long[] {7}, 50)).isEqualTo(7);
    assertThat(Latencies.percentile(new long[] {7}, 99)).isEqualTo(7);
  }

  @Test
  void percentile_badInput_throwsWithValue() {
    assertThatThrownBy(() -> Latencies.percentile(new long[0], 50)).hasMessageContaining("50");
    assertThatThrownBy(() -> Latencies.percentile(new long[] {1}, 0)).hasMessageContaining("0");
    assertThatThrownBy(() -> Latencies.percentile(new long[] {1}, 101)).hasMessageContaining("101");
  }

  @Test
  void ofNanos_unsortedNanos_sortsAndConvertsToMillis() {
    long[] nanos = {5_000_000, 1_000_000, 3_000_000, 2_000_000, 4_000_000};
    Latencies l = Latencies.ofNanos(nanos);
    assertThat(l.count()).isEqualTo(5);
    assertThat(l.medianMs()).isEqualTo(3.0);
    assertThat(l.p95Ms()).isEqualTo(5.0);
    assertThat(l.maxMs()).isEqualTo(5.0);
    assertThat(nanos[0]).as("input not modified").isEqualTo(5_000_000);
  }

  @Test
  void ofNanos_empty_isNaN() {
    assertThat(Latencies.ofNanos(new long[0]).medianMs()).isNaN();
  }
}
