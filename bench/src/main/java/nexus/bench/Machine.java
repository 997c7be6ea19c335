package nexus.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The machine a run measured: CPU, cores, memory, OS, JDK, and how busy it was. */
final class Machine {

  private Machine() {}

  static String describe() {
    String cpu = firstLine("/proc/cpuinfo", "model name").orElse(System.getProperty("os.arch"));
    String os =
        firstLine("/etc/os-release", "PRETTY_NAME")
            .map(v -> v.replace("\"", ""))
            .orElse(System.getProperty("os.name"));
    long ramKb = firstLine("/proc/meminfo", "MemTotal").map(Machine::kb).orElse(0L);
    return String.format(
        Locale.ROOT,
        "%d cores (%s), %.1f GiB RAM, %s (kernel %s), %s %s, max heap %.1f GiB",
        Runtime.getRuntime().availableProcessors(),
        cpu,
        ramKb / 1024.0 / 1024.0,
        os,
        System.getProperty("os.version"),
        System.getProperty("java.vm.name"),
        System.getProperty("java.runtime.version"),
        Runtime.getRuntime().maxMemory() / 1024.0 / 1024 / 1024);
  }

  /**
   * CPU seconds this process has used so far, on every core: the suite, its servers and the driver
   * all run in it, so a phase's difference is what that phase cost the machine.
   */
  static double cpuSeconds() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime() / 1e9;
    }
    return Double.NaN;
  }

  /** The 1-minute load average (other builds share the machine). */
  static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static Optional<String> firstLine(String file, String key) {
    try {
      return Files.readAllLines(Path.of(file)).stream()
          .filter(l -> l.startsWith(key))
          .map(l -> l.substring(l.indexOf(l.contains(":") ? ':' : '=') + 1).trim())
          .findFirst();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static long kb(String value) {
    return Long.parseLong(value.replaceAll("[^0-9]", ""));
  }
}
