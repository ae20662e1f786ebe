package dev.orderrelay.bench.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTests {

    private static final Machine MACHINE =
            new Machine(8, 16L * 1024 * 1024 * 1024, "Test CPU @ 3.0GHz", "Linux 6.1 (amd64)", "Temurin 25");

    @Test
    void showsEachMeasuresMedianRangeBaselineRatioAndVerdict() {
        Measure throughput = Measure.against(
                        "receiver throughput",
                        "msg/s",
                        List.of(900.0, 1000.0, 950.0),
                        "raw batch",
                        List.of(1000.0, 1000.0, 1000.0))
                .withTarget(Target.ratioAtLeast(0.9));

        String text = report(List.of(throughput)).render();

        assertThat(text)
                .contains("| receiver throughput | 950 msg/s (900-1,000) | raw batch | 1,000 msg/s (1,000-1,000) |"
                        + " 0.95x (0.90x-1.00x) | >= 0.90x | met |");
    }

    @Test
    void statesTheMachineTheCommandAndTheRunCount() {
        String text = report(List.of(Measure.plain("start-up", "s", List.of(3.0, 4.0, 5.0))))
                .render();

        assertThat(text)
                .contains("./mvnw -B -pl bench -am verify -Pbench")
                .contains("| cores | 8 |")
                .contains("| memory | 16.0 GiB |")
                .contains("| CPU | Test CPU @ 3.0GHz |")
                .contains("| JDK | Temurin 25 |")
                .contains("min-max over 3 runs")
                .contains("Run finished 2026-01-02T03:04:05Z");
    }

    @Test
    void listsTheExplanationOfAMissedTarget() {
        Measure missed = Measure.against("end to end", "orders/s", List.of(10.0), "slower raw loop", List.of(100.0))
                .withTarget(Target.ratioAtLeast(0.5))
                .explainedBy("each order costs many raw operations");

        String text = report(List.of(missed)).render();

        assertThat(text)
                .contains("| missed, explained below |")
                .contains("- **end to end** (missed, explained below): each order costs many raw operations");
    }

    @Test
    void readsTheCpuModelFromCpuinfo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path cpuinfo = dir.resolve("cpuinfo");
        java.nio.file.Files.writeString(
                cpuinfo, "processor\t: 0\nvendor_id\t: GenuineIntel\nmodel name\t: Intel(R) Xeon(R) CPU @ 2.20GHz\n");

        assertThat(Machine.cpuModel(cpuinfo)).isEqualTo("Intel(R) Xeon(R) CPU @ 2.20GHz");
        assertThat(Machine.cpuModel(dir.resolve("missing"))).isEqualTo("unknown");
    }

    private static Report report(List<Measure> measures) {
        return new Report(
                Benchmarks.COMMAND,
                Instant.parse("2026-01-02T03:04:05.678Z"),
                MACHINE,
                3,
                List.of("runs=3"),
                measures,
                List.of("How."),
                List.of());
    }
}
