package dev.orderrelay.worker.process;

import dev.orderrelay.core.envelope.Envelope;
import dev.orderrelay.core.envelope.EnvelopeJson;
import dev.orderrelay.core.envelope.InvalidEnvelopeException;
import dev.orderrelay.ledger.parked.ParkedEvents;
import dev.orderrelay.ledger.parked.ParkedStage;
import dev.orderrelay.worker.activity.LiveCounts;
import io.awspring.cloud.sqs.annotation.SqsListener;
import io.awspring.cloud.sqs.listener.SqsHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.stereotype.Component;

/**
 * Reads the ingest queue. A message is acknowledged only when the process stage returns; an exception (ledger, S3
 * or SQS unreachable) leaves it to come back after its visibility timeout, and the queue's redrive moves it to the
 * dead-letter queue if it never succeeds. An unreadable envelope is parked, under the shop its attribute names.
 */
@Component
class IngestListener {

    private static final Logger log = LoggerFactory.getLogger(IngestListener.class);

    private final ProcessStage stage;
    private final ParkedEvents parked;
    private final LiveCounts live;

    IngestListener(ProcessStage stage, ParkedEvents parked, LiveCounts live) {
        this.stage = stage;
        this.parked = parked;
        this.live = live;
    }

    @SqsListener("${relay.worker.ingest-queue:order-relay-ingest}")
    void onMessage(
            String message,
            @Header(name = "shop", required = false) String shopAttribute,
            @Header(name = SqsHeaders.SQS_QUEUE_NAME_HEADER, required = false) String queue,
            @Header(name = SqsHeaders.MessageSystemAttributes.SQS_SENT_TIMESTAMP, required = false) String sent) {
        live.received(queue, sent);
        Envelope envelope;
        try {
            envelope = EnvelopeJson.read(message);
        } catch (InvalidEnvelopeException e) {
            String shop = shopAttribute == null ? ParkedEvents.UNKNOWN_SHOP : shopAttribute;
            live.received(shop);
            parked.park(new ParkedEvents.Parking(
                    shop, ParkedStage.PROCESS, null, null, null, "unreadable envelope: " + e.getMessage(), 1, message));
            log.error("event parked stage=process shop={} reason=unreadable envelope", shop);
            return;
        }
        live.received(envelope.shop());
        stage.process(envelope, message);
    }
}
