package dev.orderrelay.worker.process;

import dev.orderrelay.core.envelope.Envelope;
import dev.orderrelay.ledger.held.HeldEvent;
import dev.orderrelay.ledger.parked.ParkedEvents;
import dev.orderrelay.ledger.parked.ParkedStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Parks an envelope the process stage cannot handle, with a reason support can act on. */
public class ProcessParking {

    private static final Logger log = LoggerFactory.getLogger(ProcessParking.class);

    private final ParkedEvents parked;

    public ProcessParking(ParkedEvents parked) {
        this.parked = parked;
    }

    void park(Envelope envelope, String rawMessage, String orderId, String reason) {
        parked.park(new ParkedEvents.Parking(
                envelope.shop(), ParkedStage.PROCESS, null, orderId, envelope.webhookId(), reason, 1, rawMessage));
        log.error(
                "event parked stage=process shop={} topic={} webhookId={} reason={}",
                envelope.shop(),
                envelope.topic(),
                envelope.webhookId(),
                reason);
    }

    /** Parks a held event that can no longer be applied, with its queue message to replay after a fix. */
    void parkHeld(HeldEvent event, String reason) {
        parked.park(new ParkedEvents.Parking(
                event.shop(), ParkedStage.PROCESS, null, event.orderId(), null, reason, 1, event.message()));
        log.error(
                "held event parked stage=process shop={} orderId={} heldId={} reason={}",
                event.shop(),
                event.orderId(),
                event.heldId(),
                reason);
    }
}
