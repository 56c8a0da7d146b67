package org.dossier.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Peak used heap (sampled every 20 ms on a daemon thread, so it sees the real peak between
 * collections closely) and the process's peak resident set ({@code VmHWM} from
 * {@code /proc/self/status}, Linux only). Thread-safe.
 */
public final class MemoryProbe implements AutoCloseable {
  private final AtomicLong peakHeap = new AtomicLong();
  private final Thread sampler;
  private volatile boolean running = true;

  private MemoryProbe() {
    sampler = new Thread(() -> {
      Runtime rt = Runtime.getRuntime();
      while (running) {
        long used = rt.totalMemory() - rt.freeMemory();
        peakHeap.accumulateAndGet(used, Math::max);
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "dossier-memory-probe");
    sampler.setDaemon(true);
    sampler.start();
  }

  /** Starts sampling. */
  public static MemoryProbe start() {
    return new MemoryProbe();
  }

  /** Highest used heap seen so far, in bytes. */
  public long peakHeapBytes() {
    Runtime rt = Runtime.getRuntime();
    return Math.max(peakHeap.get(), rt.totalMemory() - rt.freeMemory());
  }

  /** Peak resident set size of this process in bytes, or -1 where /proc is unavailable. */
  public static long residentPeakBytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          String[] parts = line.substring(6).trim().split("\\s+");
          return Long.parseLong(parts[0]) * 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }

  /**
   * CPU seconds this process has used (all threads, GC and JIT included), or NaN where the JVM
   * cannot tell. On a shared machine, work per CPU second is steadier than work per wall second.
   */
  public static double processCpuSeconds() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      long ns = os.getProcessCpuTime();
      return ns < 0 ? Double.NaN : ns / 1e9;
    }
    return Double.NaN;
  }

  /** Seconds since this JVM started. */
  public static double uptimeSeconds() {
    return ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
  }
}
