package dev.orderrelay.worker.isolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderrelay.destinations.DestinationKind;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DestinationGuardsTests {

    private final IsolationProperties properties = new IsolationProperties(
            new IsolationProperties.Endpoint(50, 4, 4, Duration.ofSeconds(30), 1, 2, 6),
            new IsolationProperties.Target(50, 2, 2, Duration.ofSeconds(60), 1, 1, 5, Duration.ofMinutes(15)),
            Duration.ofSeconds(2));
    private final DestinationGuards guards = new DestinationGuards(properties);

    @Test
    void opensAnEndpointsBreakerAfterRepeatedFailuresAndRefusesWithoutSpendingAnything() {
        Guard ga4 = guards.endpoint(DestinationKind.GA4);

        failTimes(ga4, 4);

        assertThat(ga4.state()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(ga4.admitsSends()).isFalse();
        Optional<Refusal> refusal = ga4.tryEnter(1);
        assertThat(refusal).hasValueSatisfying(r -> {
            assertThat(r.delay()).isEqualTo(Duration.ofSeconds(30));
            assertThat(r.reason()).contains("ga4 endpoint").contains("circuit open");
        });
    }

    @Test
    void keepsOtherKindsAndOtherShopsClosedWhenOneFails() {
        failTimes(guards.endpoint(DestinationKind.SEGMENT), 4);
        failTimes(guards.target(DestinationKind.WEBHOOK, "a.myshopify.com", "hook"), 2);

        assertThat(guards.endpoint(DestinationKind.AMPLITUDE).admitsSends()).isTrue();
        assertThat(guards.endpoint(DestinationKind.WEBHOOK).admitsSends()).isTrue();
        assertThat(guards.target(DestinationKind.WEBHOOK, "a.myshopify.com", "hook")
                        .admitsSends())
                .isFalse();
        assertThat(guards.target(DestinationKind.WEBHOOK, "b.myshopify.com", "hook")
                        .admitsSends())
                .isTrue();
        assertThat(guards.target(DestinationKind.WEBHOOK, "a.myshopify.com", "other-hook")
                        .admitsSends())
                .isTrue();
    }

    @Test
    void refusesASendBeyondTheBulkheadUntilAPlaceIsGivenBack() {
        Guard target = guards.target(DestinationKind.SEGMENT, "a.myshopify.com", "segment");

        assertThat(target.tryEnter(1)).isEmpty();
        assertThat(target.tryEnter(1))
                .hasValueSatisfying(r -> assertThat(r.reason()).contains("in flight"));

        target.leave(CallResult.SUCCEEDED, Duration.ofMillis(5));
        assertThat(target.tryEnter(1)).isEmpty();
    }

    @Test
    void refusesEventsBeyondATargetsRateLimit() {
        Guard target = guards.target(DestinationKind.AMPLITUDE, "a.myshopify.com", "amp");

        assertThat(target.tryEnter(5)).isEmpty();
        target.leave(CallResult.SUCCEEDED, Duration.ofMillis(5));

        assertThat(target.tryEnter(5))
                .hasValueSatisfying(r -> assertThat(r.reason()).contains("rate limit of 5 events per second"));
    }

    @Test
    void refusesEventsBeyondAnEndpointsRateLimitAcrossShops() {
        Guard endpoint = guards.endpoint(DestinationKind.WEBHOOK);

        assertThat(endpoint.tryEnter(6)).isEmpty();
        endpoint.leave(CallResult.SUCCEEDED, Duration.ofMillis(5));

        assertThat(endpoint.tryEnter(1))
                .hasValueSatisfying(
                        r -> assertThat(r.reason()).contains("webhook endpoint").contains("rate limit"));
    }

    @Test
    void doesNotCountASendThatNeverHappened() {
        Guard target = guards.target(DestinationKind.GA4, "a.myshopify.com", "ga4");
        // More than the breaker's window, fewer than the rate limit.
        for (int i = 0; i < 4; i++) {
            assertThat(target.tryEnter(1)).isEmpty();
            target.leave(CallResult.NOT_SENT, Duration.ZERO);
        }

        assertThat(target.state()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void defersLongerWithEachReceiveUpToTheCap() {
        assertThat(guards.deferral(1)).isEqualTo(Duration.ofSeconds(60));
        assertThat(guards.deferral(2)).isEqualTo(Duration.ofSeconds(120));
        assertThat(guards.deferral(4)).isEqualTo(Duration.ofSeconds(480));
        assertThat(guards.deferral(40)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void refusesADeferralCapBeyondWhatSqsCanHide() {
        assertThatThrownBy(() -> new IsolationProperties.Target(
                        50, 3, 10, Duration.ofSeconds(60), 1, 4, 100, Duration.ofHours(13)))
                .hasMessageContaining("relay.worker.isolation.target.defer-max");
    }

    private static void failTimes(Guard guard, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(guard.tryEnter(1)).isEmpty();
            guard.leave(CallResult.FAILED, Duration.ofMillis(10));
        }
    }
}
