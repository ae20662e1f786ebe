package dev.orderrelay.bench.perf;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The machine a run measured on, as the report states it.
 *
 * @param cores processors the JVM sees
 * @param memoryBytes physical memory, or -1 when unknown
 * @param cpuModel the CPU's model name, or {@code unknown}
 * @param os operating system name, version and architecture
 * @param jdk the Java runtime's vendor and version (every process of the run uses the same one)
 */
record Machine(int cores, long memoryBytes, String cpuModel, String os, String jdk) {

    static Machine detect() {
        long memory = -1;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            memory = os.getTotalMemorySize();
        }
        return new Machine(
                Runtime.getRuntime().availableProcessors(),
                memory,
                cpuModel(Path.of("/proc/cpuinfo")),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                        + System.getProperty("os.arch") + ")",
                System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.name") + " "
                        + System.getProperty("java.runtime.version"));
    }

    /** The first {@code model name} line of a Linux cpuinfo file; {@code unknown} elsewhere. */
    static String cpuModel(Path cpuinfo) {
        try {
            List<String> lines = Files.readAllLines(cpuinfo);
            return lines.stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst()
                    .orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    String memory() {
        return memoryBytes < 0
                ? "unknown"
                : String.format(Locale.ROOT, "%.1f GiB", memoryBytes / (1024.0 * 1024 * 1024));
    }
}
