package dev.orderrelay.destinations.webhook;

import dev.orderrelay.destinations.DestinationTarget;
import dev.orderrelay.destinations.OutboundEvent;

/**
 * One send of one event to one webhook target: the ids every reason and log line about it carries.
 *
 * @param event what is sent
 * @param target where it goes
 */
record DeliveryAttempt(OutboundEvent event, DestinationTarget target) {

    /** Who and what, to begin a reason: {@code webhook 'ops' (shop demo.myshopify.com, order 42, purchase)}. */
    String describe() {
        return "webhook '" + target.name() + "' (shop " + event.shop() + ", order " + event.orderId() + ", "
                + event.event() + ")";
    }
}
