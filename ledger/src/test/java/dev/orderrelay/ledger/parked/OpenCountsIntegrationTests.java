package dev.orderrelay.ledger.parked;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.devstack.time.MutableClock;
import dev.orderrelay.ledger.TestLedger;
import dev.orderrelay.ledger.privacy.ShopErasureSteps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Open dead-letter counts follow every status change of a parked event, exactly, without reading the events. */
class OpenCountsIntegrationTests {

    private static final TestLedger LEDGER = TestLedger.create();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
    private final ParkedEvents parked = new ParkedEvents(LEDGER.enhanced(), LEDGER.dynamoDb(), LEDGER.tables(), clock);
    private final OpenCounts counts = new OpenCounts(LEDGER.dynamoDb(), LEDGER.tables());
    private final String shop = "t-" + UUID.randomUUID().toString().substring(0, 8) + ".myshopify.com";
    // Counts are across shops: each test counts its own destination.
    private final String destination = "d-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void countsParkedEventsByDestinationAndReasonCategory() {
        park("o-1", rejected("o-1", 400));
        park("o-2", rejected("o-2", 400));
        park("o-3", "gave up after 12 attempts; last: HTTP 503");

        assertThat(open())
                .containsExactlyInAnyOrder(
                        new OpenCount(ParkedStage.DELIVER, destination, "receiver answered HTTP 400", 2),
                        new OpenCount(ParkedStage.DELIVER, destination, "gave up after 12 attempts", 1));
    }

    @Test
    void countsDownOnReplayAndDiscardAndUpAgainOnUnresolve() {
        ParkedEvent one = park("o-1", rejected("o-1", 400));
        ParkedEvent two = park("o-2", rejected("o-2", 400));
        park("o-3", rejected("o-3", 400));

        ParkedEvent replayed = parked.resolve(shop, one.id(), ParkedStatus.REPLAYED, "ana", "replayed")
                .orElseThrow();
        parked.resolve(shop, two.id(), ParkedStatus.DISCARDED, "ana", "test order");
        assertThat(total()).isEqualTo(1);

        assertThat(parked.unresolve(replayed)).isTrue();
        assertThat(total()).isEqualTo(2);
        assertThat(parked.find(shop, one.id()).orElseThrow().status()).isEqualTo(ParkedStatus.PARKED);
    }

    @Test
    void leavesTheCountAloneWhenAChangeIsRefused() {
        ParkedEvent one = park("o-1", rejected("o-1", 400));
        ParkedEvent discarded = parked.resolve(shop, one.id(), ParkedStatus.DISCARDED, "ana", "duplicate")
                .orElseThrow();

        assertThat(parked.resolve(shop, one.id(), ParkedStatus.REPLAYED, "ben", "replayed"))
                .isEmpty();
        assertThat(total()).isZero();
        assertThat(parked.unresolve(discarded)).isTrue();
        assertThat(parked.unresolve(discarded)).as("already parked again").isFalse();
        assertThat(total()).isEqualTo(1);
    }

    @Test
    void countsOneResolutionWhenManyRaceForTheSameEvent() throws Exception {
        List<ParkedEvent> events = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            events.add(park("o-" + i, rejected("o-" + i, 422)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Optional<ParkedEvent>>> races = new ArrayList<>();
            for (ParkedEvent event : events) {
                for (int user = 0; user < 4; user++) {
                    String by = "user-" + user;
                    races.add(() -> parked.resolve(shop, event.id(), ParkedStatus.REPLAYED, by, "replayed"));
                }
            }
            int winners = 0;
            for (Future<Optional<ParkedEvent>> result : pool.invokeAll(races)) {
                winners += result.get().isPresent() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(events.size());
        } finally {
            pool.shutdownNow();
        }
        assertThat(total()).isZero();
    }

    @Test
    void countsDownWhenAShopIsErased() {
        park("o-1", rejected("o-1", 400));
        ParkedEvent two = park("o-2", rejected("o-2", 400));
        parked.resolve(shop, two.id(), ParkedStatus.DISCARDED, "ana", "test order");

        ShopErasureSteps.ledger(LEDGER.dynamoDb(), LEDGER.tables()).stream()
                .filter(step -> step.name().equals("parked events"))
                .forEach(step -> assertThat(step.erase(shop)).isEqualTo(2));

        assertThat(parked.forShop(shop)).isEmpty();
        assertThat(total()).isZero();
    }

    private ParkedEvent park(String orderId, String reason) {
        return parked.park(new ParkedEvents.Parking(
                shop, ParkedStage.DELIVER, destination, orderId, null, reason, 3, "{\"orderId\":\"" + orderId + "\"}"));
    }

    private String rejected(String orderId, int status) {
        return "webhook '" + destination + "' (shop " + shop + ", order " + orderId + ", purchase): receiver answered"
                + " HTTP " + status + ": {\"error\":\"bad\"}";
    }

    private List<OpenCount> open() {
        return counts.open().stream()
                .filter(count -> destination.equals(count.destination()))
                .toList();
    }

    private long total() {
        return open().stream().mapToLong(OpenCount::open).sum();
    }
}
