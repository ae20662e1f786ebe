package dev.orderrelay.ledger.parked;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.devstack.time.MutableClock;
import dev.orderrelay.ledger.TestLedger;
import java.time.Duration;
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

class ParkedEventsIntegrationTests {

    private static final TestLedger LEDGER = TestLedger.create();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
    private final ParkedEvents parked = new ParkedEvents(LEDGER.enhanced(), LEDGER.dynamoDb(), LEDGER.tables(), clock);
    private final String shop = "t-" + UUID.randomUUID().toString().substring(0, 8) + ".myshopify.com";

    @Test
    void keepsAParkedEventWithItsReasonAndTheMessageToReplay() {
        ParkedEvent event = parked.park(new ParkedEvents.Parking(
                shop,
                ParkedStage.PROCESS,
                null,
                null,
                "w-1",
                "payload is not valid JSON: unexpected end of input at byte 44; fix the sender, then replay",
                1,
                "{\"v\":1}"));

        assertThat(parked.find(shop, event.id())).contains(event);
        assertThat(event.status()).isEqualTo(ParkedStatus.PARKED);
        assertThat(event.parkedAt()).isEqualTo(clock.instant());
    }

    @Test
    void listsAShopsParkedEventsOldestFirstAndNoOtherShops() {
        ParkedEvent first = park(shop, "o-1");
        clock.advance(Duration.ofSeconds(1));
        ParkedEvent second = park(shop, "o-2");
        park("other-" + shop, "o-3");

        assertThat(parked.forShop(shop)).containsExactly(first, second);
    }

    @Test
    void recordsWhoReplayedAnEventWhenAndWhatHappened() {
        ParkedEvent event = park(shop, "o-1");
        clock.advance(Duration.ofMinutes(5));

        Optional<ParkedEvent> replayed =
                parked.resolve(shop, event.id(), ParkedStatus.REPLAYED, "support-ana", "replayed");

        assertThat(replayed).hasValueSatisfying(stored -> {
            assertThat(stored.status()).isEqualTo(ParkedStatus.REPLAYED);
            assertThat(stored.resolvedBy()).isEqualTo("support-ana");
            assertThat(stored.resolvedAt()).isEqualTo(clock.instant());
            assertThat(stored.resolution()).isEqualTo("replayed");
            assertThat(stored.message()).isEqualTo(event.message());
        });
        assertThat(parked.find(shop, event.id())).isEqualTo(replayed);
    }

    @Test
    void resolvesOnlyAnEventThatIsStillParked() {
        ParkedEvent event = park(shop, "o-1");
        parked.resolve(shop, event.id(), ParkedStatus.DISCARDED, "support-ana", "test order, not needed");

        assertThat(parked.resolve(shop, event.id(), ParkedStatus.REPLAYED, "support-bo", "replayed"))
                .isEmpty();
        assertThat(parked.resolve(shop, "0000000000000-missing", ParkedStatus.REPLAYED, "support-bo", "x"))
                .isEmpty();
        assertThat(parked.find(shop, event.id()).orElseThrow().resolvedBy()).isEqualTo("support-ana");
    }

    @Test
    void letsExactlyOneOfManyConcurrentReplaysWin() throws Exception {
        ParkedEvent event = park(shop, "o-1");
        List<Callable<Optional<ParkedEvent>>> racers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String user = "support-" + i;
            racers.add(() -> parked.resolve(shop, event.id(), ParkedStatus.REPLAYED, user, "replayed"));
        }

        List<Optional<ParkedEvent>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (Future<Optional<ParkedEvent>> result : pool.invokeAll(racers)) {
                results.add(result.get());
            }
        }

        assertThat(results).filteredOn(Optional::isPresent).hasSize(1);
    }

    @Test
    void putsAReplayThatCouldNotBePublishedBackToParked() {
        ParkedEvent event = park(shop, "o-1");
        ParkedEvent replayed = parked.resolve(shop, event.id(), ParkedStatus.REPLAYED, "support-ana", "replayed")
                .orElseThrow();

        assertThat(parked.unresolve(replayed)).isTrue();

        assertThat(parked.find(shop, event.id())).contains(event);
        assertThat(parked.unresolve(replayed)).as("only as the replay left it").isFalse();
    }

    @Test
    void amendsTheResolutionOnlyAsTheResolverLeftIt() {
        ParkedEvent event = park(shop, "o-1");
        ParkedEvent replayed = parked.resolve(shop, event.id(), ParkedStatus.REPLAYED, "support-ana", "replayed")
                .orElseThrow();

        assertThat(parked.amend(replayed, "already delivered: nothing sent")).isTrue();
        parked.unresolve(parked.find(shop, event.id()).orElseThrow());

        assertThat(parked.find(shop, event.id()).orElseThrow().resolution()).isNull();
        assertThat(parked.amend(replayed, "late note")).isFalse();
    }

    @Test
    void pagesThroughEveryEventParkedUpToABound() {
        List<ParkedEvent> before = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            before.add(park(shop, "o-" + i));
            clock.advance(Duration.ofMillis(1));
        }
        String bound = ParkedEvents.idsUpTo(clock.instant().minusMillis(1));
        park(shop, "parked-after-the-bound");

        List<ParkedEvent> seen = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            ParkedEvents.Slice slice = parked.page(shop, bound, after, 10);
            seen.addAll(slice.events());
            after = slice.lastId();
            pages++;
        } while (after != null && pages < 10);

        assertThat(seen).containsExactlyElementsOf(before);
        assertThat(pages).isGreaterThanOrEqualTo(3);
    }

    @Test
    void pagesNewestFirstThroughTheEventsParkedWithinATimeRange() {
        park(shop, "too-old");
        clock.advance(Duration.ofSeconds(1));
        Instant from = clock.instant();
        List<ParkedEvent> within = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            within.add(0, park(shop, "o-" + i));
            clock.advance(Duration.ofMillis(1));
        }
        Instant to = clock.instant().minusMillis(1);
        park(shop, "too-new");
        park("other-" + shop, "other-shop");

        List<ParkedEvent> seen = new ArrayList<>();
        String before = null;
        int pages = 0;
        do {
            ParkedEvents.Slice slice = parked.newestFirst(shop, from, to, before, 3);
            seen.addAll(slice.events());
            before = slice.lastId();
            pages++;
        } while (before != null && pages < 10);

        assertThat(seen).containsExactlyElementsOf(within);
        assertThat(pages).isGreaterThanOrEqualTo(3);
    }

    @Test
    void findsOneOrdersDeadLettersByTheIndexAndKeepsThemThereThroughAReplayPutBack() {
        ParkedEvent first = park(shop, "5820982911946154508");
        clock.advance(Duration.ofSeconds(1));
        ParkedEvent second = parkFor(shop, "5820982911946154508", "ga4-main");
        park(shop, "5820982911946154509");
        park("other-" + shop, "5820982911946154508");
        parked.park(new ParkedEvents.Parking(shop, ParkedStage.PROCESS, null, null, "w-9", "unreadable", 1, "{}"));
        ParkedEvent replayed = parked.resolve(shop, first.id(), ParkedStatus.REPLAYED, "support-ana", "replayed")
                .orElseThrow();
        parked.unresolve(replayed);

        assertThat(parked.forOrder(shop, "5820982911946154508", 10)).containsExactly(first, second);
        assertThat(parked.forOrder(shop, "5820982911946154508", 1)).containsExactly(first);
        assertThat(parked.forOrder(shop, "404", 10)).isEmpty();
    }

    @Test
    void countsTheStillParkedEventsPerDestinationAmongTheNewestRead() {
        ParkedEvent oldest = park(shop, "o-0");
        clock.advance(Duration.ofMillis(1));
        for (int i = 1; i <= 4; i++) {
            park(shop, "o-" + i);
            clock.advance(Duration.ofMillis(1));
        }
        parkFor(shop, "o-5", "ga4-main");
        clock.advance(Duration.ofMillis(1));
        parked.park(new ParkedEvents.Parking(shop, ParkedStage.PROCESS, null, null, "w-9", "unreadable", 1, "{}"));
        parked.resolve(shop, oldest.id(), ParkedStatus.DISCARDED, "support-ana", "test order");

        ShopOpenCounts all = parked.countOpen(shop, 100);
        assertThat(all.forDestination("merchant-webhook")).isEqualTo(4);
        assertThat(all.forDestination("ga4-main")).isEqualTo(1);
        assertThat(all.withoutDestination()).isEqualTo(1);
        assertThat(all.read()).isEqualTo(7);
        assertThat(all.complete()).isTrue();

        ShopOpenCounts newest = parked.countOpen(shop, 3);
        assertThat(newest.complete()).isFalse();
        assertThat(newest.read()).isEqualTo(3);
        assertThat(newest.forDestination("merchant-webhook"))
                .as("the newest three: o-4, o-5, w-9")
                .isEqualTo(1);
        assertThat(newest.forDestination("ga4-main")).isEqualTo(1);
        assertThat(newest.withoutDestination()).isEqualTo(1);
    }

    private ParkedEvent parkFor(String inShop, String orderId, String destination) {
        return parked.park(new ParkedEvents.Parking(
                inShop, ParkedStage.DELIVER, destination, orderId, null, "HTTP 400: bad field", 3, "{}"));
    }

    private ParkedEvent park(String inShop, String orderId) {
        return parked.park(new ParkedEvents.Parking(
                inShop, ParkedStage.DELIVER, "merchant-webhook", orderId, null, "HTTP 400: bad field", 3, "{}"));
    }
}
