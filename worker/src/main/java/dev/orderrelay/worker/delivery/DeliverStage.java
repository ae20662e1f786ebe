package dev.orderrelay.worker.delivery;

import dev.orderrelay.destinations.DeliveryOutcome;
import dev.orderrelay.destinations.Destination;
import dev.orderrelay.destinations.DestinationKind;
import dev.orderrelay.destinations.DestinationTarget;
import dev.orderrelay.destinations.OutboundEvent;
import dev.orderrelay.ledger.claims.Claim;
import dev.orderrelay.ledger.claims.ClaimResult;
import dev.orderrelay.ledger.claims.DeliveryClaims;
import dev.orderrelay.ledger.claims.DeliveryKey;
import dev.orderrelay.ledger.shops.DestinationConfig;
import dev.orderrelay.ledger.shops.ShopRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers one message: claim in the ledger, send through the destination's sender, record the result, and say
 * what the queue should do. Nothing is sent without a claim; a ledger failure propagates, so the message is not
 * acknowledged and comes back.
 */
public class DeliverStage {

    private static final Logger log = LoggerFactory.getLogger(DeliverStage.class);
    private static final Duration AFTER_LEASE = Duration.ofSeconds(1);

    private final ShopRegistry shops;
    private final DeliveryClaims claims;
    private final DeliveryParking parking;
    private final Map<DestinationKind, Destination> destinations;
    private final DestinationCredentials credentials;
    private final OutcomeActions actions;
    private final Duration lease;
    private final Clock clock;

    public DeliverStage(
            ShopRegistry shops,
            DeliveryClaims claims,
            DeliveryParking parking,
            Map<DestinationKind, Destination> destinations,
            DestinationCredentials credentials,
            OutcomeActions actions,
            Duration lease,
            Clock clock) {
        this.shops = shops;
        this.claims = claims;
        this.parking = parking;
        this.destinations = Map.copyOf(destinations);
        this.credentials = credentials;
        this.actions = actions;
        this.lease = lease;
        this.clock = clock;
    }

    public QueueAction deliver(DeliveryMessage message, String raw) {
        DeliveryKey key = new DeliveryKey(message.shop(), message.orderId(), message.destination(), message.event());
        return switch (claims.claim(key, lease)) {
            case ClaimResult.Claimed claimed -> send(message, claimed.claim(), raw);
            case ClaimResult.AlreadyDelivered delivered -> new QueueAction.Acknowledge();
            case ClaimResult.Parked parked -> new QueueAction.Acknowledge();
            case ClaimResult.LeasedElsewhere leased ->
                new QueueAction.RetryIn(
                        Duration.between(clock.instant(), leased.until()).plus(AFTER_LEASE),
                        "claimed by another sender");
            case ClaimResult.NotRegistered missing -> {
                parking.parkUnclaimed(message, raw, "delivery was never registered in the ledger; replay the order");
                yield new QueueAction.Acknowledge();
            }
        };
    }

    private QueueAction send(DeliveryMessage message, Claim claim, String raw) {
        Optional<DestinationConfig> config = shops.find(message.shop())
                .flatMap(shop -> shop.destinations().stream()
                        .filter(d -> d.name().equals(message.destination()))
                        .findFirst());
        Destination destination = destinations.get(DestinationKind.fromWireName(message.kind()));
        if (config.isEmpty() || destination == null) {
            String reason = config.isEmpty()
                    ? "destination " + message.destination() + " is no longer configured for shop " + message.shop()
                    : "no sender for destination kind " + message.kind() + " in this worker";
            return parking.park(message, claim, raw, reason);
        }
        DestinationTarget target = new DestinationTarget(
                config.get().name(),
                destination.kind(),
                config.get().settings(),
                credentials.resolve(config.get().credentialsRef()));
        OutboundEvent event = new OutboundEvent(
                message.shop(),
                message.orderId(),
                message.event(),
                claim.idempotencyKey(),
                message.occurredAt(),
                message.payload());
        DeliveryOutcome outcome = destination.send(event, target);
        QueueAction action = actions.decide(outcome, claim.attempt());
        return record(message, claim, raw, action);
    }

    private QueueAction record(DeliveryMessage message, Claim claim, String raw, QueueAction action) {
        return switch (action) {
            case QueueAction.Acknowledge done -> {
                claims.markDelivered(claim);
                log.debug(
                        "delivered shop={} orderId={} destination={}",
                        message.shop(),
                        message.orderId(),
                        message.destination());
                yield done;
            }
            case QueueAction.RetryIn retry -> {
                claims.release(claim, retry.reason());
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
            case QueueAction.Park park -> parking.park(message, claim, raw, park.reason());
        };
    }
}
