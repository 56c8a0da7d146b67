package org.dossier.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.dossier.bench.hostile.HostileBench;
import org.dossier.bench.hostile.HostileCase;
import org.junit.jupiter.api.Test;

class HostileBenchTest {
  private static HostileBench.Row row(HostileCase c, int bytes, double cpu, String status) {
    return new HostileBench.Row(c, bytes, cpu, cpu, 0, status);
  }

  @Test
  void text_everyCase_atLeastTheAskedSize() {
    for (HostileCase c : HostileCase.values()) {
      assertThat(c.text(5_000).length()).as(c.label()).isGreaterThanOrEqualTo(5_000).isLessThan(5_200);
    }
  }

  /** Table: 10x the size may cost up to 15x the CPU time; failures are always reported. */
  @Test
  void verdicts_linearQuadraticAndFailed_onlyTheBadOnesReported() {
    HostileCase c = HostileCase.REPEATED_NAMES;
    assertThat(HostileBench.verdicts(List.of(row(c, 10_000, 1, "ok"), row(c, 100_000, 12, "ok")))).isEmpty();
    assertThat(HostileBench.verdicts(List.of(row(c, 10_000, 1, "ok"), row(c, 100_000, 100, "ok"))))
        .singleElement().satisfies(v -> assertThat(v).contains("repeated-names").contains("x100.0"));
    assertThat(HostileBench.verdicts(List.of(row(c, 10_000, 1, "failed: over the time budget"))))
        .singleElement().satisfies(v -> assertThat(v).contains("over the time budget"));
  }

  @Test
  void options_descendingSizes_rejectedWithValues() {
    assertThatThrownBy(() -> new HostileBench.Options(List.of(HostileCase.HUGE_TOKEN), List.of(100, 10),
        Duration.ofSeconds(1))).hasMessageContaining("[100, 10]");
  }
}
