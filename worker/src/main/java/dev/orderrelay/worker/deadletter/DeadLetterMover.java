package dev.orderrelay.worker.deadletter;

import dev.orderrelay.core.envelope.Envelope;
import dev.orderrelay.core.envelope.EnvelopeJson;
import dev.orderrelay.core.envelope.InvalidEnvelopeException;
import dev.orderrelay.ledger.claims.DeliveryClaims;
import dev.orderrelay.ledger.claims.DeliveryKey;
import dev.orderrelay.ledger.claims.DeliveryRecord;
import dev.orderrelay.ledger.claims.DeliveryState;
import dev.orderrelay.ledger.parked.ParkedEvents;
import dev.orderrelay.ledger.parked.ParkedStage;
import dev.orderrelay.worker.delivery.DeliveryMessage;
import dev.orderrelay.worker.delivery.DeliveryMessageJson;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parks one dead letter under the shop it belongs to: from the message itself when it can be read, else from its
 * {@code shop} attribute. A delivery's claim is parked with it, so the order view says PARKED; a delivery the ledger
 * already has as delivered is not parked at all (its message was a leftover), so a replay can never send it twice.
 */
public class DeadLetterMover {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterMover.class);

    private final ParkedEvents parked;
    private final DeliveryClaims claims;

    public DeadLetterMover(ParkedEvents parked, DeliveryClaims claims) {
        this.parked = parked;
        this.claims = claims;
    }

    /**
     * A dead letter as received from its dead-letter queue.
     *
     * @param reasonAttribute why the sender moved it there itself (the receiver's EventBridge ingest does), or null
     *     when SQS moved it after too many receives
     */
    public record DeadLetter(
            String queue,
            String body,
            String shopAttribute,
            String destinationAttribute,
            String reasonAttribute,
            int receives) {}

    /**
     * Parks a dead letter from the EventBridge queue: an event the receiver rejected (its reason travels with it) or
     * could not publish to the ingest queue (SQS moved it after too many receives). Kept as it arrived, so a replay
     * hands it back to the receiver.
     */
    public void moveIngestEvent(DeadLetter letter) {
        String reason = letter.reasonAttribute() != null
                        && !letter.reasonAttribute().isBlank()
                ? "EventBridge event rejected by the receiver: " + letter.reasonAttribute()
                        + "; fix the rule or the subscription, then replay or discard"
                : "moved from dead-letter queue " + letter.queue() + ": the receiver could not publish this EventBridge"
                        + " event to the ingest queue (ingest queue or object storage errors in the receiver's log);"
                        + " replay it once they are fixed";
        String shop = letter.shopAttribute() != null && !letter.shopAttribute().isBlank()
                ? letter.shopAttribute()
                : EventBridgeShop.of(letter.body()).orElse(ParkedEvents.UNKNOWN_SHOP);
        parked.park(new ParkedEvents.Parking(
                shop, ParkedStage.INGEST, null, null, null, reason, letter.receives(), letter.body()));
        log.error("dead letter parked stage=ingest shop={} queue={}", shop, letter.queue());
    }

    /** Parks a dead letter from the ingest queue: an envelope the process stage never got through. */
    public void moveEnvelope(DeadLetter letter) {
        String reason = "moved from dead-letter queue " + letter.queue()
                + ": the process stage failed on it repeatedly (ledger, object storage or queue errors in the worker's"
                + " log); replay it once they are fixed";
        Envelope envelope = null;
        try {
            envelope = EnvelopeJson.read(letter.body());
        } catch (InvalidEnvelopeException e) {
            reason = "moved from dead-letter queue " + letter.queue() + ": unreadable envelope: " + e.getMessage();
        }
        String shop = envelope != null ? envelope.shop() : shopOf(letter);
        parked.park(new ParkedEvents.Parking(
                shop,
                ParkedStage.PROCESS,
                null,
                null,
                envelope == null ? null : envelope.webhookId(),
                reason,
                letter.receives(),
                letter.body()));
        log.error("dead letter parked stage=process shop={} queue={}", shop, letter.queue());
    }

    /** Parks a dead letter from a delivery queue, with its claim, unless the ledger has it delivered. */
    public void moveDelivery(DeadLetter letter) {
        DeliveryMessage message;
        try {
            message = DeliveryMessageJson.read(letter.body());
        } catch (IllegalArgumentException e) {
            String shop = shopOf(letter);
            parked.park(new ParkedEvents.Parking(
                    shop,
                    ParkedStage.DELIVER,
                    letter.destinationAttribute(),
                    null,
                    null,
                    "moved from dead-letter queue " + letter.queue() + ": " + e.getMessage(),
                    letter.receives(),
                    letter.body()));
            log.error("dead letter parked stage=deliver shop={} queue={} reason=unreadable", shop, letter.queue());
            return;
        }
        DeliveryKey key = new DeliveryKey(message.shop(), message.orderId(), message.destination(), message.event());
        Optional<DeliveryRecord> record = claims.forOrder(message.shop(), message.orderId()).stream()
                .filter(r -> r.key().equals(key))
                .findFirst();
        if (record.isPresent() && record.get().state() == DeliveryState.DELIVERED) {
            log.info(
                    "dead letter dropped: already delivered shop={} orderId={} destination={}",
                    message.shop(),
                    message.orderId(),
                    message.destination());
            return;
        }
        String reason = "moved from dead-letter queue " + letter.queue() + " after it was received too often"
                + record.map(r -> r.lastError() == null ? "" : "; last error: " + r.lastError())
                        .orElse("");
        record.ifPresent(r -> claims.parkPending(key, reason));
        parked.park(new ParkedEvents.Parking(
                message.shop(),
                ParkedStage.DELIVER,
                message.destination(),
                message.orderId(),
                null,
                reason,
                record.map(DeliveryRecord::attempts).orElse(letter.receives()),
                letter.body()));
        log.error(
                "dead letter parked stage=deliver shop={} orderId={} destination={} queue={}",
                message.shop(),
                message.orderId(),
                message.destination(),
                letter.queue());
    }

    private static String shopOf(DeadLetter letter) {
        String shop = letter.shopAttribute();
        return shop == null || shop.isBlank() ? ParkedEvents.UNKNOWN_SHOP : shop;
    }
}
