package org.dossier.eval.corpus;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Memory probes: peak heap since the last reset (sum of the heap pools' peaks, an upper bound of
 * the true peak) and the process's peak resident set ({@code VmHWM} in {@code /proc/self/status},
 * Linux only).
 *
 * <p>Thread-safe.
 */
public final class Memory {
  private Memory() {}

  /** Resets the heap pools' peak usage. */
  public static void resetPeakHeap() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.isValid()) {
        p.resetPeakUsage();
      }
    }
  }

  /** Peak heap in MB since the last reset. */
  public static double peakHeapMb() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.isValid() && p.getPeakUsage() != null) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum / (1024.0 * 1024.0);
  }

  /** Peak resident set size in MB ({@code VmHWM}), or null when unavailable. */
  public static Double peakResidentMb() {
    return vmHwmMb(Path.of("/proc/self/status"));
  }

  static Double vmHwmMb(Path status) {
    try {
      return parseVmHwmMb(Files.readAllLines(status));
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** The {@code VmHWM} line of a {@code /proc/PID/status} file in MB, or null. */
  static Double parseVmHwmMb(List<String> lines) {
    for (String l : lines) {
      if (l.startsWith("VmHWM:")) {
        String[] parts = l.substring(6).trim().split("\\s+");
        long kb = Long.parseLong(parts[0]);
        return kb / 1024.0;
      }
    }
    return null;
  }
}
