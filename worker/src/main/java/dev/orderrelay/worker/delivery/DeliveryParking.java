package dev.orderrelay.worker.delivery;

import dev.orderrelay.ledger.claims.Claim;
import dev.orderrelay.ledger.claims.DeliveryClaims;
import dev.orderrelay.ledger.parked.ParkedEvents;
import dev.orderrelay.ledger.parked.ParkedStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Parks a delivery: its state in the ledger and a parked event support can find and replay. */
public class DeliveryParking {

    private static final Logger log = LoggerFactory.getLogger(DeliveryParking.class);

    private final DeliveryClaims claims;
    private final ParkedEvents parked;

    public DeliveryParking(DeliveryClaims claims, ParkedEvents parked) {
        this.claims = claims;
        this.parked = parked;
    }

    /** Parks a claimed delivery; the message may then be acknowledged. */
    QueueAction park(DeliveryMessage message, Claim claim, String raw, String reason) {
        claims.park(claim, reason);
        record(message, raw, reason, claim.attempt());
        return new QueueAction.Acknowledge();
    }

    /** Parks a message whose delivery the ledger does not know. */
    void parkUnclaimed(DeliveryMessage message, String raw, String reason) {
        record(message, raw, reason, 0);
    }

    private void record(DeliveryMessage message, String raw, String reason, int attempts) {
        parked.park(new ParkedEvents.Parking(
                message.shop(),
                ParkedStage.DELIVER,
                message.destination(),
                message.orderId(),
                null,
                reason,
                attempts,
                raw));
        log.error(
                "event parked stage=deliver shop={} orderId={} destination={} attempts={} reason={}",
                message.shop(),
                message.orderId(),
                message.destination(),
                attempts,
                reason);
    }
}
