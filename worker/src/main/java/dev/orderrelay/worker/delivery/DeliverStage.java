package dev.orderrelay.worker.delivery;

import dev.orderrelay.destinations.DeliveryOutcome;
import dev.orderrelay.destinations.Destination;
import dev.orderrelay.destinations.DestinationKind;
import dev.orderrelay.destinations.DestinationSecret;
import dev.orderrelay.destinations.DestinationTarget;
import dev.orderrelay.destinations.FailureScope;
import dev.orderrelay.destinations.OutboundEvent;
import dev.orderrelay.destinations.RetryLater;
import dev.orderrelay.ledger.claims.Claim;
import dev.orderrelay.ledger.claims.ClaimResult;
import dev.orderrelay.ledger.claims.DeliveryClaims;
import dev.orderrelay.ledger.claims.DeliveryKey;
import dev.orderrelay.ledger.shops.DestinationConfig;
import dev.orderrelay.ledger.shops.ShopConfig;
import dev.orderrelay.ledger.shops.ShopRegistry;
import dev.orderrelay.ledger.shops.ShopStatus;
import dev.orderrelay.worker.isolation.CallResult;
import dev.orderrelay.worker.isolation.DestinationGuards;
import dev.orderrelay.worker.isolation.Guard;
import dev.orderrelay.worker.isolation.Refusal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Delivers what one poll of a delivery queue brought: per shop destination, pass its endpoint's and its own guards,
 * claim each event in the ledger, send the claimed ones together, record each result, and say what the queue should
 * do with each message. Nothing is sent without a claim; a guard that refuses costs no attempt; a ledger failure
 * propagates, so no message is acknowledged and they all come back.
 */
public class DeliverStage {

    private static final Duration AFTER_LEASE = Duration.ofSeconds(1);

    private final ShopRegistry shops;
    private final DeliveryClaims claims;
    private final DeliveryParking parking;
    private final Map<DestinationKind, Destination> destinations;
    private final DestinationCredentials credentials;
    private final DeliveryRecorder recorder;
    private final DestinationGuards guards;
    private final Duration lease;
    private final Clock clock;

    public DeliverStage(
            ShopRegistry shops,
            DeliveryClaims claims,
            DeliveryParking parking,
            Map<DestinationKind, Destination> destinations,
            DestinationCredentials credentials,
            DeliveryRecorder recorder,
            DestinationGuards guards,
            Duration lease,
            Clock clock) {
        this.shops = shops;
        this.claims = claims;
        this.parking = parking;
        this.destinations = Map.copyOf(destinations);
        this.credentials = credentials;
        this.recorder = recorder;
        this.guards = guards;
        this.lease = lease;
        this.clock = clock;
    }

    /** Delivers one message received for the first time. */
    public QueueAction deliver(DeliveryMessage message, String raw) {
        return deliverAll(List.of(ReceivedDelivery.first(message, raw))).getFirst();
    }

    /** Delivers a batch, answering one queue action per message, in the order given. */
    public List<QueueAction> deliverAll(List<ReceivedDelivery> batch) {
        Map<ReceivedDelivery, QueueAction> actions = new LinkedHashMap<>();
        for (List<ReceivedDelivery> group : byShopDestination(batch).values()) {
            deliverGroup(group, actions);
        }
        return batch.stream().map(actions::get).toList();
    }

    private void deliverGroup(List<ReceivedDelivery> group, Map<ReceivedDelivery, QueueAction> actions) {
        DeliveryMessage first = group.getFirst().message();
        Optional<ShopConfig> shop = shops.find(first.shop());
        if (shop.isPresent() && shop.get().status() == ShopStatus.UNINSTALLED) {
            // Parked, not skipped: nothing is sent, yet support sees every event the uninstall held back and can
            // replay them if the shop installs the app again; shop/redact erases them with the rest.
            claimAndPark(group, uninstalled(first.shop()), actions);
            return;
        }
        Optional<DestinationConfig> config = shop.flatMap(found -> found.destinations().stream()
                .filter(d -> d.name().equals(first.destination()))
                .findFirst());
        Destination destination = destinationOf(first.kind());
        if (config.isEmpty() || destination == null) {
            String reason = config.isEmpty()
                    ? "destination " + first.destination() + " is no longer configured for shop " + first.shop()
                            + "; configure it again, then replay"
                    : "no sender for destination kind " + first.kind() + " in this worker";
            claimAndPark(group, reason, actions);
            return;
        }
        Guard endpoint = guards.endpoint(destination.kind());
        Optional<Refusal> endpointRefusal = endpoint.tryEnter(group.size());
        if (endpointRefusal.isPresent()) {
            defer(group, endpointRefusal.get().delay(), endpointRefusal.get().reason(), actions);
            return;
        }
        Guard target = guards.target(destination.kind(), first.shop(), first.destination());
        Optional<Refusal> targetRefusal = target.tryEnter(group.size());
        if (targetRefusal.isPresent()) {
            endpoint.leave(CallResult.NOT_SENT, Duration.ZERO);
            Refusal refusal = targetRefusal.get();
            for (ReceivedDelivery received : group) {
                // An open breaker's deferral grows per receive; a busy target (bulkhead, rate limit) is tried again
                // soon, or a burst to one shop would wait out the breaker's minutes without any failure.
                Duration wait = refusal.circuitOpen()
                        ? max(refusal.delay(), guards.deferral(received.receiveCount()))
                        : refusal.delay();
                actions.put(received, recorder.deferred(received, wait, refusal.reason()));
            }
            return;
        }
        long started = System.nanoTime();
        GuardResults results = GuardResults.NOT_SENT;
        try {
            results = claimAndSend(group, config.get(), destination, actions);
        } finally {
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            endpoint.leave(results.endpoint(), took);
            target.leave(results.target(), took);
        }
    }

    private GuardResults claimAndSend(
            List<ReceivedDelivery> group,
            DestinationConfig config,
            Destination destination,
            Map<ReceivedDelivery, QueueAction> actions) {
        List<ReceivedDelivery> toSend = new ArrayList<>();
        List<Claim> claimed = new ArrayList<>();
        for (ReceivedDelivery received : group) {
            Optional<Claim> claim = claim(received, actions);
            if (claim.isPresent()) {
                toSend.add(received);
                claimed.add(claim.get());
            }
        }
        if (toSend.isEmpty()) {
            return GuardResults.NOT_SENT;
        }
        DestinationSecret secret;
        try {
            secret = credentials.resolve(config.credentialsRef());
        } catch (RuntimeException e) {
            // The secret store failing is not the event's fault: retry, holding back only this shop destination.
            RetryLater unavailable = RetryLater.withBackOff(
                    "credentials of destination " + config.name() + " of shop "
                            + group.getFirst().message().shop() + " could not be read: " + e.getMessage(),
                    FailureScope.TARGET);
            for (int i = 0; i < toSend.size(); i++) {
                actions.put(toSend.get(i), recorder.record(toSend.get(i), claimed.get(i), unavailable));
            }
            return new GuardResults(CallResult.NOT_SENT, CallResult.FAILED);
        }
        DestinationTarget target = new DestinationTarget(config.name(), destination.kind(), config.settings(), secret);
        List<OutboundEvent> events = new ArrayList<>();
        for (int i = 0; i < toSend.size(); i++) {
            DeliveryMessage message = toSend.get(i).message();
            events.add(new OutboundEvent(
                    message.shop(),
                    message.orderId(),
                    eventKind(message.event()),
                    claimed.get(i).idempotencyKey(),
                    message.occurredAt(),
                    message.payload()));
        }
        List<DeliveryOutcome> outcomes = destination.sendAll(events, target);
        if (outcomes.size() != events.size()) {
            throw new IllegalStateException("the " + destination.kind().wireName() + " sender answered "
                    + outcomes.size() + " outcomes for " + events.size() + " events");
        }
        for (int i = 0; i < toSend.size(); i++) {
            actions.put(toSend.get(i), recorder.record(toSend.get(i), claimed.get(i), outcomes.get(i)));
        }
        return GuardResults.of(outcomes);
    }

    private Optional<Claim> claim(ReceivedDelivery received, Map<ReceivedDelivery, QueueAction> actions) {
        DeliveryMessage message = received.message();
        DeliveryKey key = new DeliveryKey(message.shop(), message.orderId(), message.destination(), message.event());
        ClaimResult result = claims.claim(key, lease);
        switch (result) {
            case ClaimResult.Claimed claimed -> {
                return Optional.of(claimed.claim());
            }
            case ClaimResult.AlreadyDelivered delivered -> actions.put(received, new QueueAction.Acknowledge());
            case ClaimResult.Parked parked -> actions.put(received, new QueueAction.Acknowledge());
            case ClaimResult.LeasedElsewhere leased ->
                actions.put(
                        received,
                        new QueueAction.RetryIn(
                                max(Duration.between(clock.instant(), leased.until()), Duration.ZERO)
                                        .plus(AFTER_LEASE),
                                "claimed by another sender"));
            case ClaimResult.NotRegistered missing -> {
                parking.parkUnclaimed(
                        message, received.raw(), "delivery was never registered in the ledger; replay the order");
                actions.put(received, new QueueAction.Acknowledge());
            }
        }
        return Optional.empty();
    }

    /** The reason a delivery of an uninstalled shop is parked with: what happened, and what to do. */
    static String uninstalled(String shop) {
        return "shop " + shop + " is uninstalled: not sent; if the shop installs the app again (PUT /api/shops/" + shop
                + " with status ACTIVE), replay";
    }

    private void claimAndPark(List<ReceivedDelivery> group, String reason, Map<ReceivedDelivery, QueueAction> actions) {
        for (ReceivedDelivery received : group) {
            claim(received, actions)
                    .ifPresent(claim ->
                            actions.put(received, parking.park(received.message(), claim, received.raw(), reason)));
        }
    }

    private void defer(
            List<ReceivedDelivery> group, Duration wait, String reason, Map<ReceivedDelivery, QueueAction> actions) {
        for (ReceivedDelivery received : group) {
            actions.put(received, recorder.deferred(received, wait, reason));
        }
    }

    private Destination destinationOf(String kind) {
        try {
            return destinations.get(DestinationKind.fromWireName(kind));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Map<String, List<ReceivedDelivery>> byShopDestination(List<ReceivedDelivery> batch) {
        Map<String, List<ReceivedDelivery>> groups = new LinkedHashMap<>();
        for (ReceivedDelivery received : batch) {
            DeliveryMessage message = received.message();
            groups.computeIfAbsent(
                            message.shop() + "\n" + message.destination() + "\n" + message.kind(),
                            key -> new ArrayList<>())
                    .add(received);
        }
        return groups;
    }

    /**
     * The event kind a sender is told: a delivery's event is its ledger key's, which for a refund names the refund
     * ({@code refund-<refund id>}, one delivery per refund), while senders know {@code purchase} and {@code refund}.
     */
    static String eventKind(String deliveryEvent) {
        return deliveryEvent.startsWith("refund-") ? "refund" : deliveryEvent;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** What one send meant for the endpoint's breaker and for the shop destination's. */
    record GuardResults(CallResult endpoint, CallResult target) {

        static final GuardResults NOT_SENT = new GuardResults(CallResult.NOT_SENT, CallResult.NOT_SENT);

        static GuardResults of(List<DeliveryOutcome> outcomes) {
            boolean endpointFailed = false;
            boolean targetFailed = false;
            for (DeliveryOutcome outcome : outcomes) {
                if (outcome instanceof RetryLater retry) {
                    endpointFailed |= retry.scope() == FailureScope.ENDPOINT;
                    targetFailed |= retry.scope() == FailureScope.TARGET;
                }
            }
            return new GuardResults(
                    endpointFailed ? CallResult.FAILED : CallResult.SUCCEEDED,
                    targetFailed ? CallResult.FAILED : CallResult.SUCCEEDED);
        }
    }
}
