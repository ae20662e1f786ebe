package dev.orderrelay.worker.delivery;

import dev.orderrelay.destinations.DeliveryOutcome;
import dev.orderrelay.ledger.claims.Claim;
import dev.orderrelay.ledger.claims.DeliveryClaims;
import dev.orderrelay.worker.activity.ActivityTally;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a send's outcome into its queue action (through {@link OutcomeActions}, the one place that decides) and
 * records it: delivered in the ledger, the claim released for a retry, or parked. Counts every result as
 * {@code relay.deliveries{destination,outcome}}, {@code destination} being the kind.
 */
public class DeliveryRecorder {

    private static final Logger log = LoggerFactory.getLogger(DeliveryRecorder.class);

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
                claims.markDelivered(claim);
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
