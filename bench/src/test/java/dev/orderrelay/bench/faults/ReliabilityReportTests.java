package dev.orderrelay.bench.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReliabilityReportTests {

    private final SuiteScale scale = SuiteScale.full(100_000, 200);
    private final ReliabilityReport report = new ReliabilityReport(
            "Reliability",
            FaultSuite.COMMAND,
            scale,
            Instant.parse("2026-11-24T10:00:00Z"),
            List.of("settle delay 20 s"));

    @Test
    void showsEachFaultsLostAndDuplicatedFiguresInTheTable() {
        String markdown =
                report.render(List.of(result("receiver-kill", verdict(0, List.of()), Duration.ofSeconds(12))));

        assertThat(markdown)
                .contains("| fault | webhooks sent | acked |", "| lost | duplicated | of which same-key resends |");
        assertThat(markdown)
                .contains(
                        "| receiver-kill | 100,000 | 99,000 | 5,000 | **0** | **0** | 0 | 12 | 1 | 12.0 s | 1/1 | 1/1 / 1 |");
        assertThat(markdown).contains(FaultSuite.COMMAND, "2026-11-24T10:00:00Z", "cores", "- settle delay 20 s");
        assertThat(markdown).doesNotContain("## Findings");
    }

    @Test
    void listsTheOrdersBehindALossAndSaysWhenAnEpisodeDidNotDrain() {
        String markdown =
                report.render(List.of(result("upstream-loss", verdict(1, List.of("1001 (not at ga4)")), null)));

        assertThat(markdown).contains("## Findings", "### upstream-loss", "- lost: 1001 (not at ga4)");
        assertThat(markdown).contains("not drained within the bound");
    }

    private static HistoryVerdict verdict(int lost, List<String> lostSample) {
        return new HistoryVerdict(
                50_000,
                50_000,
                49_990,
                100_000,
                99_000,
                5_000,
                lost,
                lostSample,
                0,
                List.of(),
                0,
                12,
                1,
                List.of("2002 (not at segment)"));
    }

    private static EpisodeResult result(String fault, HistoryVerdict verdict, Duration drain) {
        return new EpisodeResult(
                fault,
                "what was done",
                verdict,
                new JunkFigures(1, 1, 1, 1, 1),
                drain,
                List.of("DONE requeued=12"),
                new EpisodeResult.History(List.of(), List.of()));
    }
}
