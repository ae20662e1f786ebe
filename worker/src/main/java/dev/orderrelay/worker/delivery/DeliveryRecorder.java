package dev.orderrelay.worker.delivery;

import dev.orderrelay.destinations.DeliveryOutcome;
import dev.orderrelay.ledger.claims.Claim;
import dev.orderrelay.ledger.claims.DeliveryClaims;
import dev.orderrelay.worker.activity.ActivityTally;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Turns a send's outcome into its queue action (through {@link OutcomeActions}, the one place that decides) and
 * records it: delivered in the ledger, the claim released for a retry, or parked. Counts every result as
 * {@code relay.deliveries{destination,outcome}}, {@code destination} being the kind.
 */
public class DeliveryRecorder {

    private static final Logger log = LoggerFactory.getLogger(DeliveryRecorder.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(250);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);
    /** Stop this much before the lease ends, so no other sender can claim while this one still tries. */
    private static final Duration LEASE_MARGIN = Duration.ofSeconds(5);

    private static final Duration LONGEST_PATIENCE = Duration.ofSeconds(55);

    private final DeliveryClaims claims;
    private final DeliveryParking parking;
    private final OutcomeActions actions;
    private final MeterRegistry meters;
    private final ActivityTally tally;

    /** A recorder that also counts each delivered event in {@code tally} (the live overview). */
    public DeliveryRecorder(
            DeliveryClaims claims,
            DeliveryParking parking,
            OutcomeActions actions,
            MeterRegistry meters,
            ActivityTally tally) {
        this.claims = claims;
        this.parking = parking;
        this.actions = actions;
        this.meters = meters;
        this.tally = tally;
    }

    /** A recorder whose counts go nowhere, for code that runs without a meter registry. */
    public static DeliveryRecorder unmetered(DeliveryClaims claims, DeliveryParking parking, OutcomeActions actions) {
        return new DeliveryRecorder(claims, parking, actions, new SimpleMeterRegistry(), ActivityTally.NONE);
    }

    QueueAction record(ReceivedDelivery received, Claim claim, DeliveryOutcome outcome) {
        DeliveryMessage message = received.message();
        QueueAction action = actions.decide(outcome, claim.attempt());
        return switch (action) {
            case QueueAction.Acknowledge done -> {
                recordDelivered(message, claim);
                count(message, "delivered");
                tally.delivered(message.kind());
                log.debug(
                        "delivered shop={} orderId={} destination={} event={} attempt={}",
                        message.shop(),
                        message.orderId(),
                        message.destination(),
                        message.event(),
                        claim.attempt());
                yield done;
            }
            case QueueAction.RetryIn retry -> {
                claims.release(claim, retry.reason());
                count(message, "retried");
                log.warn(
                        "delivery will be retried shop={} orderId={} destination={} attempt={} in={} reason={}",
                        message.shop(),
                        message.orderId(),
                        message.destination(),
                        claim.attempt(),
                        retry.delay(),
                        retry.reason());
                yield retry;
            }
            case QueueAction.Park park -> {
                count(message, "parked");
                yield parking.park(message, claim, received.raw(), park.reason());
            }
        };
    }

    /**
     * Records that the destination took the event. Past this point only this write stands between the event and a
     * resend under the same key (the message would come back once its claim's lease ran out), so a ledger outage is
     * waited out, with growing pauses, while the lease still keeps other senders away; only then does the failure
     * propagate and the message come back.
     */
    private void recordDelivered(DeliveryMessage message, Claim claim) {
        long giveUpAt = System.nanoTime() + patience(claim).toNanos();
        Duration pause = FIRST_PAUSE;
        while (true) {
            try {
                claims.markDelivered(claim);
                return;
            } catch (SdkException e) {
                if (!worthRetrying(e) || System.nanoTime() + pause.toNanos() >= giveUpAt) {
                    throw e;
                }
                log.warn(
                        "delivered but not recorded yet shop={} orderId={} destination={} event={}: the ledger"
                                + " failed ({}); trying again in {} while the claim holds",
                        message.shop(),
                        message.orderId(),
                        message.destination(),
                        message.event(),
                        e.getClass().getSimpleName(),
                        pause);
                sleep(pause);
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    /** Whether the ledger may answer if asked again: unreachable, a 5xx or throttled, not a request it refuses. */
    private static boolean worthRetrying(SdkException e) {
        if (e instanceof SdkClientException) {
            return true;
        }
        return e instanceof AwsServiceException service
                && (service.statusCode() >= 500 || service.isThrottlingException());
    }

    /** How long to keep trying: until shortly before the claim's lease ends, and never longer than a lease's default. */
    private static Duration patience(Claim claim) {
        Duration left = Duration.between(Instant.now(), claim.leaseUntil()).minus(LEASE_MARGIN);
        if (left.isNegative()) {
            return Duration.ZERO;
        }
        return left.compareTo(LONGEST_PATIENCE) > 0 ? LONGEST_PATIENCE : left;
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while recording a delivery", e);
        }
    }

    /** A message a guard held back: hidden for {@code wait}, with no claim taken and no attempt spent. */
    QueueAction deferred(ReceivedDelivery received, Duration wait, String reason) {
        DeliveryMessage message = received.message();
        count(message, "deferred");
        log.debug(
                "delivery deferred shop={} orderId={} destination={} in={} reason={}",
                message.shop(),
                message.orderId(),
                message.destination(),
                wait,
                reason);
        return new QueueAction.RetryIn(wait, reason);
    }

    private void count(DeliveryMessage message, String outcome) {
        Counter.builder("relay.deliveries")
                .description("Delivery attempts by destination kind and outcome")
                .tag("destination", message.kind())
                .tag("outcome", outcome)
                .register(meters)
                .increment();
    }
}
