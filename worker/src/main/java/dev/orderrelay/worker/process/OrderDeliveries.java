package dev.orderrelay.worker.process;

import dev.orderrelay.ledger.claims.DeliveryClaims;
import dev.orderrelay.ledger.claims.DeliveryKey;
import dev.orderrelay.ledger.claims.DeliveryRecord;
import dev.orderrelay.ledger.claims.DeliveryState;
import dev.orderrelay.ledger.shops.DestinationConfig;
import dev.orderrelay.ledger.shops.ShopConfig;
import dev.orderrelay.worker.delivery.DeliveryMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import tools.jackson.databind.node.ObjectNode;

/**
 * One order's deliveries while one envelope is processed: registers each event once per destination and publishes it
 * where it is new or still pending. A repeat sighting (orders/paid after orders/create, every orders/updated, a
 * webhook retry of a refund) publishes nothing for a delivery already delivered or parked; a pending one is published
 * again, because a crash may have come between its registration and its first publish. The order's deliveries are
 * read from the ledger at most once, and only when a registration finds its delivery already there. Publishes run
 * side by side (the SDK's batch manager packs them with other envelopes' into batches); {@link #awaitPublished()}
 * waits until the queues hold every one, and the envelope is not done before it returns.
 */
final class OrderDeliveries {

    private final DeliveryClaims claims;
    private final DeliveryPublisher publisher;
    private final ShopConfig shop;
    private final String orderId;
    /** Destination and event of every delivery this envelope registered, as {@code destination|event}. */
    private final Set<String> registeredNow = new HashSet<>();

    /** Publishes started and not yet awaited. */
    private final List<CompletableFuture<Void>> publishing = new ArrayList<>();

    private List<DeliveryRecord> inLedger;

    OrderDeliveries(DeliveryClaims claims, DeliveryPublisher publisher, ShopConfig shop, String orderId) {
        this.claims = claims;
        this.publisher = publisher;
        this.shop = shop;
        this.orderId = orderId;
    }

    /**
     * Registers {@code event} for {@code destination} and publishes it where new or pending.
     *
     * @param event the delivery's event: {@code purchase}, {@code refund-<refund id>} or {@code cancel}
     */
    void deliver(DestinationConfig destination, String event, String key, Instant occurredAt, ObjectNode payload) {
        DeliveryKey delivery = new DeliveryKey(shop.shop(), orderId, destination.name(), event);
        boolean registered = claims.register(delivery, destination.kind(), key);
        if (registered) {
            registeredNow.add(destination.name() + "|" + event);
        }
        if (registered || isPending(destination.name(), event)) {
            publishing.add(publisher.publish(new DeliveryMessage(
                    DeliveryMessage.CURRENT_VERSION,
                    shop.shop(),
                    orderId,
                    destination.name(),
                    destination.kind(),
                    event,
                    key,
                    occurredAt,
                    payload)));
        }
    }

    /**
     * Returns once every delivery published so far is on its queue; throws the first failure (the queue unreachable),
     * so the envelope stays on the ingest queue and comes back, and its pending deliveries are published again.
     */
    void awaitPublished() {
        List<CompletableFuture<Void>> started = List.copyOf(publishing);
        publishing.clear();
        try {
            CompletableFuture.allOf(started.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * Whether {@code event} is {@code destination}'s to receive: registered, and not deliberately skipped since. A
     * parked delivery counts, since a replay may still send it.
     */
    boolean isRegistered(String destination, String event) {
        return registeredNow.contains(destination + "|" + event)
                || ledger().stream()
                        .anyMatch(record ->
                                matches(record, destination, event) && record.state() != DeliveryState.SKIPPED);
    }

    private boolean isPending(String destination, String event) {
        return ledger().stream()
                .anyMatch(record -> matches(record, destination, event) && record.state() == DeliveryState.PENDING);
    }

    private List<DeliveryRecord> ledger() {
        if (inLedger == null) {
            inLedger = claims.forOrder(shop.shop(), orderId);
        }
        return inLedger;
    }

    private static boolean matches(DeliveryRecord record, String destination, String event) {
        return record.key().destination().equals(destination)
                && record.key().event().equals(event);
    }
}
