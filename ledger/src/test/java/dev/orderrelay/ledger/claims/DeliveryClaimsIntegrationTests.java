package dev.orderrelay.ledger.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderrelay.devstack.Devstack;
import dev.orderrelay.devstack.fault.FaultProxy;
import dev.orderrelay.devstack.time.MutableClock;
import dev.orderrelay.ledger.TestLedger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkException;

class DeliveryClaimsIntegrationTests {

    private static final TestLedger LEDGER = TestLedger.create();
    private static final Duration LEASE = Duration.ofSeconds(30);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
    private final DeliveryClaims claims =
            new DeliveryClaims(LEDGER.enhanced(), LEDGER.dynamoDb(), LEDGER.tables(), clock);

    @Test
    void registersADeliveryOnceWhicheverPathReachesItFirst() {
        DeliveryKey key = newKey();

        assertThat(claims.register(key, "webhook", "k-1")).isTrue();
        assertThat(claims.register(key, "webhook", "k-other")).isFalse();

        assertThat(claims.forOrder(key.shop(), key.orderId())).singleElement().satisfies(record -> {
            assertThat(record.state()).isEqualTo(DeliveryState.PENDING);
            assertThat(record.idempotencyKey()).isEqualTo("k-1");
        });
    }

    @Test
    void parksAPendingDeliveryWhoseMessageWasDeadLetteredButNeverADeliveredOne() {
        DeliveryKey pending = registered();
        DeliveryKey delivered = registered();
        claims.markDelivered(((ClaimResult.Claimed) claims.claim(delivered, LEASE)).claim());

        assertThat(claims.parkPending(pending, "moved from the dead-letter queue"))
                .isTrue();
        assertThat(claims.parkPending(delivered, "moved from the dead-letter queue"))
                .isFalse();

        assertThat(claims.claim(pending, LEASE)).isInstanceOf(ClaimResult.Parked.class);
        assertThat(claims.claim(delivered, LEASE)).isInstanceOf(ClaimResult.AlreadyDelivered.class);
    }

    @Test
    void leavesADeliveryAloneWhileASenderHoldsItsLease() {
        DeliveryKey key = registered();
        claims.claim(key, LEASE);

        assertThat(claims.parkPending(key, "moved from the dead-letter queue")).isFalse();

        clock.advance(LEASE.plusSeconds(1));
        assertThat(claims.parkPending(key, "moved from the dead-letter queue")).isTrue();
    }

    @Test
    void givesALiveClaimToOneSenderOnly() {
        DeliveryKey key = registered();

        ClaimResult first = claims.claim(key, LEASE);
        ClaimResult second = claims.claim(key, LEASE);

        assertThat(first).isInstanceOf(ClaimResult.Claimed.class);
        assertThat(((ClaimResult.Claimed) first).claim().attempt()).isEqualTo(1);
        assertThat(second).isInstanceOf(ClaimResult.LeasedElsewhere.class);
    }

    @Test
    void letsTheNextSenderClaimWithTheSameKeyOnceACrashedSendersLeaseExpires() {
        DeliveryKey key = registered();
        Claim crashed = ((ClaimResult.Claimed) claims.claim(key, LEASE)).claim();

        clock.advance(LEASE);
        ClaimResult next = claims.claim(key, LEASE);

        assertThat(next).isInstanceOfSatisfying(ClaimResult.Claimed.class, claimed -> {
            assertThat(claimed.claim().attempt()).isEqualTo(2);
            assertThat(claimed.claim().idempotencyKey()).isEqualTo(crashed.idempotencyKey());
        });
    }

    @Test
    void neverHandsOutADeliveredDeliveryAgain() {
        DeliveryKey key = registered();
        Claim claim = ((ClaimResult.Claimed) claims.claim(key, LEASE)).claim();

        claims.markDelivered(claim);
        clock.advance(LEASE.multipliedBy(2));

        assertThat(claims.claim(key, LEASE)).isInstanceOf(ClaimResult.AlreadyDelivered.class);
        assertThat(claims.forOrder(key.shop(), key.orderId()).getFirst().deliveredAt())
                .isEqualTo(clock.instant().minus(LEASE.multipliedBy(2)));
    }

    @Test
    void recordsDeliveredEvenWhenTheLeaseRanOutMeanwhile() {
        DeliveryKey key = registered();
        Claim slow = ((ClaimResult.Claimed) claims.claim(key, LEASE)).claim();
        clock.advance(LEASE);
        claims.claim(key, LEASE);

        claims.markDelivered(slow);

        assertThat(claims.forOrder(key.shop(), key.orderId()).getFirst().state())
                .isEqualTo(DeliveryState.DELIVERED);
    }

    @Test
    void releasesAfterARetryableFailureSoTheNextAttemptNeedNotWait() {
        DeliveryKey key = registered();
        Claim claim = ((ClaimResult.Claimed) claims.claim(key, LEASE)).claim();

        assertThat(claims.release(claim, "HTTP 503 from destination")).isTrue();

        assertThat(claims.claim(key, LEASE)).isInstanceOf(ClaimResult.Claimed.class);
        assertThat(claims.forOrder(key.shop(), key.orderId()).getFirst().lastError())
                .isEqualTo("HTTP 503 from destination");
    }

    @Test
    void cannotReleaseOrParkAClaimAnotherSenderNowHolds() {
        DeliveryKey key = registered();
        Claim stale = ((ClaimResult.Claimed) claims.claim(key, LEASE)).claim();
        clock.advance(LEASE);
        claims.claim(key, LEASE);

        assertThat(claims.release(stale, "late")).isFalse();
        assertThat(claims.park(stale, "late")).isFalse();
    }

    @Test
    void parksWithTheDestinationsReason() {
        DeliveryKey key = registered();
        Claim claim = ((ClaimResult.Claimed) claims.claim(key, LEASE)).claim();

        assertThat(claims.park(claim, "HTTP 400 from destination: unknown field"))
                .isTrue();

        assertThat(claims.claim(key, LEASE))
                .isInstanceOfSatisfying(
                        ClaimResult.Parked.class,
                        parked -> assertThat(parked.reason()).contains("unknown field"));
    }

    @Test
    void reopensAParkedDeliveryWithAFreshAttemptBudget() {
        DeliveryKey key = registered();
        for (int attempt = 0; attempt < 3; attempt++) {
            Claim claim = ((ClaimResult.Claimed) claims.claim(key, LEASE)).claim();
            claims.release(claim, "HTTP 503");
        }
        Claim last = ((ClaimResult.Claimed) claims.claim(key, LEASE)).claim();
        claims.park(last, "attempts ran out");

        assertThat(claims.reopen(key)).isEqualTo(Reopening.REOPENED);

        assertThat(claims.forOrder(key.shop(), key.orderId()).getFirst()).satisfies(record -> {
            assertThat(record.state()).isEqualTo(DeliveryState.PENDING);
            assertThat(record.attempts()).isZero();
        });
        assertThat(claims.claim(key, LEASE))
                .isInstanceOfSatisfying(
                        ClaimResult.Claimed.class,
                        claimed -> assertThat(claimed.claim().attempt()).isEqualTo(1));
    }

    @Test
    void neverReopensADeliveredDelivery() {
        DeliveryKey key = registered();
        claims.markDelivered(((ClaimResult.Claimed) claims.claim(key, LEASE)).claim());

        assertThat(claims.reopen(key)).isEqualTo(Reopening.ALREADY_DELIVERED);

        assertThat(claims.forOrder(key.shop(), key.orderId()).getFirst().state())
                .isEqualTo(DeliveryState.DELIVERED);
        assertThat(claims.claim(key, LEASE)).isInstanceOf(ClaimResult.AlreadyDelivered.class);
    }

    @Test
    void saysWhyADeliveryThatIsNotParkedWasNotReopened() {
        DeliveryKey pending = registered();

        assertThat(claims.reopen(pending)).isEqualTo(Reopening.ALREADY_PENDING);
        assertThat(claims.reopen(newKey())).isEqualTo(Reopening.NOT_REGISTERED);
    }

    @Test
    void saysWhenNothingWasRegistered() {
        assertThat(claims.claim(newKey(), LEASE)).isInstanceOf(ClaimResult.NotRegistered.class);
    }

    @Test
    void grantsExactlyOneOfManyConcurrentClaims() throws Exception {
        DeliveryKey key = registered();
        List<Callable<ClaimResult>> racers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            racers.add(() -> claims.claim(key, LEASE));
        }

        List<ClaimResult> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(12)) {
            for (Future<ClaimResult> result : pool.invokeAll(racers)) {
                results.add(result.get());
            }
        }

        assertThat(results).filteredOn(ClaimResult.Claimed.class::isInstance).hasSize(1);
    }

    @Test
    void grantsNoClaimWhenTheLedgerIsUnreachable() {
        try (FaultProxy proxy = FaultProxy.to(Devstack.shared().dynamoDbEndpoint())) {
            TestLedger unreachable = TestLedger.createAt(proxy.endpoint());
            DeliveryClaims cut =
                    new DeliveryClaims(unreachable.enhanced(), unreachable.dynamoDb(), unreachable.tables(), clock);
            DeliveryKey key = newKey();
            cut.register(key, "webhook", "k");
            proxy.refuse();

            assertThatThrownBy(() -> cut.claim(key, LEASE)).isInstanceOf(SdkException.class);
        }
    }

    private DeliveryKey registered() {
        DeliveryKey key = newKey();
        claims.register(key, "webhook", "demo-" + key.orderId() + "-purchase");
        return key;
    }

    private static DeliveryKey newKey() {
        return new DeliveryKey(
                "t-" + UUID.randomUUID() + ".myshopify.com", "820982911946154508", "merchant-webhook", "purchase");
    }
}
