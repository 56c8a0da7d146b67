package org.dossier.eval.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MemoryTest {
  @Test
  void parseVmHwmMb_statusLines_givesMegabytes() {
    assertThat(Memory.parseVmHwmMb(List.of("Name:\tjava", "VmPeak:\t 9999 kB", "VmHWM:\t  204800 kB")))
        .isEqualTo(200.0);
  }

  @Test
  void parseVmHwmMb_noLine_isNull() {
    assertThat(Memory.parseVmHwmMb(List.of("Name:\tjava"))).isNull();
  }

  @Test
  void peakHeapMb_afterAllocation_isPositive() {
    Memory.resetPeakHeap();
    byte[] block = new byte[4 << 20];
    block[0] = 1;
    assertThat(Memory.peakHeapMb()).isPositive();
  }
}
