package dev.orderrelay.worker.delivery;

import dev.orderrelay.ledger.parked.ParkedEvents;
import dev.orderrelay.ledger.parked.ParkedStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * Parks a delivery message this worker cannot read, at once, under the shop and destination its message attributes
 * name: retrying cannot make it readable, and left alone it would cycle to the dead-letter queue.
 */
@Component
public class PoisonDeliveries {

    private static final Logger log = LoggerFactory.getLogger(PoisonDeliveries.class);

    private final ParkedEvents parked;

    public PoisonDeliveries(ParkedEvents parked) {
        this.parked = parked;
    }

    void park(Message<String> message, String problem) {
        String shop = attribute(message, "shop", ParkedEvents.UNKNOWN_SHOP);
        String destination = attribute(message, "destination", null);
        parked.park(new ParkedEvents.Parking(
                shop,
                ParkedStage.DELIVER,
                destination,
                null,
                null,
                "unreadable delivery message: " + problem,
                1,
                message.getPayload()));
        log.error(
                "event parked stage=deliver shop={} destination={} reason=unreadable delivery message",
                shop,
                destination);
    }

    private static String attribute(Message<String> message, String name, String fallback) {
        Object value = message.getHeaders().get(name);
        return value == null || value.toString().isBlank() ? fallback : value.toString();
    }
}
