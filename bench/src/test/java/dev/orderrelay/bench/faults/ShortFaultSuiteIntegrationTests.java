package dev.orderrelay.bench.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.local.topology.TopologyPorts;
import dev.orderrelay.local.topology.TopologySettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The short fault suite CI runs on every build: the faults that fit in a few minutes, on a topology of real processes
 * on free ports, a few hundred orders each (a few thousand webhooks in all). Any lost or duplicated order fails the
 * build; the table is written to {@code bench/target/reliability-short.md}. The history checker is checked on the
 * real history too: one delivered purchase taken away must read as lost, one accepted twice as duplicated.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShortFaultSuiteIntegrationTests {

    static final SuiteScale SHORT =
            new SuiteScale(150, 25, Duration.ofSeconds(8), Duration.ofSeconds(9), 0.01, 0.02, Duration.ofMinutes(4));

    /**
     * The faults that fit CI's minutes: a role SIGKILLed on each side of the queue. The others (the worker killed
     * before the call drains only once its claims' leases expire; upstream loss waits for the reconciler's settle
     * delay; the queue, the ledger and the object store cut off, destinations failing or rejecting, the Admin API
     * throttled, two reconcilers, all combined) run in the full suite ({@code -Pfaults}); each of those behaviours
     * also has its own integration test on the embedded servers (docs/failure-model.md).
     */
    static final Set<String> FAULTS = Set.of("receiver-kill", "worker-kill-after-call");

    /**
     * A worker SIGKILLed while a destination call is in flight cannot know whether the destination took the event:
     * its message comes back and the event is sent again under the same dedupe key. Those resends are counted as
     * duplicated (the definition) and reported; what must never happen, even there, is a second key.
     */
    static final Set<String> KILLS_A_WORKER_MID_CALL = Set.of("worker-kill-before-call", "worker-kill-after-call");

    /**
     * The reconciler's delays shortened so an episode's repairs come within seconds; every other setting is the
     * topology's own.
     */
    static final Map<String, String> RECONCILER =
            Map.of("relay.reconciler.settle-delay", "5s", "relay.reconciler.stalled-after", "20s");

    private final List<EpisodeResult> results = new ArrayList<>();

    @BeforeAll
    void runTheShortSuite() {
        Path repository = repositoryRoot();
        Path target = repository.resolve("bench/target");
        TopologySettings settings = SuiteRun.settings(TopologySettings.defaults(repository)
                        .withPorts(TopologyPorts.free())
                        .withLogDirectory(target.resolve("short-fault-suite"))
                        .withRoleProperties(RECONCILER)
                        .withJvmOptions(List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")))
                // One reconciler: the two-reconcilers fault is not among the short suite's.
                .withReconcilers(1);
        Instant started = Instant.now();
        results.addAll(SuiteRun.run(settings, SHORT, FaultCatalogue.select(FAULTS), System.out::println));
        new ReliabilityReport(
                        "Reliability: the short fault suite (CI)",
                        "./mvnw -B -pl bench -am verify -Dit.test=ShortFaultSuiteIntegrationTests",
                        SHORT,
                        started,
                        List.of("reconciler settle delay 5 s and stalled after 20 s (the topology's: 20 s, 1 min), so"
                                + " the upstream-loss episode's repairs fit in CI's minutes"))
                .write(target.resolve("reliability-short.md"), results);
    }

    @Test
    void losesNoAcknowledgedOrderAndDeliversNoneTwiceUnderAnyFault() {
        assertThat(results).extracting(EpisodeResult::fault).hasSize(FAULTS.size());
        for (EpisodeResult result : results) {
            assertThat(result.verdict().lost()).as(SuiteRun.line(result)).isZero();
            if (KILLS_A_WORKER_MID_CALL.contains(result.fault())) {
                assertThat(result.verdict().duplicated())
                        .as(SuiteRun.line(result))
                        .isEqualTo(result.verdict().sameKeyResends());
            } else {
                assertThat(result.verdict().duplicated())
                        .as(SuiteRun.line(result))
                        .isZero();
            }
            assertThat(result.drain()).as(SuiteRun.line(result)).isNotNull();
            assertThat(result.verdict().missing()).as(SuiteRun.line(result)).isZero();
        }
    }

    @Test
    void refusesEveryForgedWebhookAndParksEveryMalformedOne() {
        for (EpisodeResult result : results) {
            JunkFigures junk = result.junk();
            assertThat(junk.forgedSent()).as(SuiteRun.line(result)).isPositive();
            assertThat(junk.handled()).as(SuiteRun.line(result)).isTrue();
        }
    }

    @Test
    void exercisedTheStoresDuplicateSends() {
        assertThat(results.stream()
                        .mapToInt(result -> result.verdict().duplicateSends())
                        .sum())
                .isPositive();
    }

    @Test
    void theCheckerReportsAPurchaseTakenFromTheRealHistoryAsLostAndOneAcceptedTwiceAsDuplicated() {
        EpisodeResult.History history = results.getFirst().history();
        HistoryChecker checker = HistoryChecker.forDemoShop();
        SourceOrder acked = history.orders().stream()
                .filter(order -> order.acked() && order.paid())
                .findFirst()
                .orElseThrow();
        AcceptedEvent purchase = history.events().stream()
                .filter(event -> acked.orderId().equals(event.orderId()) && event.isPurchase())
                .findFirst()
                .orElseThrow();
        HistoryVerdict real = checker.check(history.orders(), history.events());

        List<AcceptedEvent> dropped = new ArrayList<>(history.events());
        dropped.remove(purchase);
        HistoryVerdict droppedVerdict = checker.check(history.orders(), dropped);
        List<AcceptedEvent> doubled = new ArrayList<>(history.events());
        doubled.add(purchase);
        HistoryVerdict doubledVerdict = checker.check(history.orders(), doubled);

        assertThat(droppedVerdict.lost()).isEqualTo(real.lost() + 1);
        assertThat(droppedVerdict.lostSample())
                .anySatisfy(line -> assertThat(line).startsWith(acked.orderId() + " (not at " + purchase.kind()));
        assertThat(doubledVerdict.duplicated()).isEqualTo(real.duplicated() + 1);
        assertThat(doubledVerdict.duplicatedSample())
                .anySatisfy(line -> assertThat(line).contains(purchase.kind() + " key " + purchase.key()));
    }

    private static Path repositoryRoot() {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null && !Files.isRegularFile(directory.resolve("mvnw"))) {
            directory = directory.getParent();
        }
        if (directory == null) {
            throw new IllegalStateException("no mvnw above " + Path.of("").toAbsolutePath());
        }
        return directory;
    }
}
