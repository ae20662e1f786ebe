package dev.orderrelay.destinations.ga4;

import dev.orderrelay.destinations.DestinationTarget;
import dev.orderrelay.destinations.OutboundEvent;

/**
 * One send of one event to one GA4 target: the ids every reason and log line about it carries.
 *
 * @param event what is sent
 * @param target where it goes
 */
record Ga4Attempt(OutboundEvent event, DestinationTarget target) {

    /** Who and what, to begin a reason: {@code ga4 'analytics' (shop demo.myshopify.com, order 42, purchase)}. */
    String describe() {
        return "ga4 '" + target.name() + "' (shop " + event.shop() + ", order " + event.orderId() + ", " + event.event()
                + ")";
    }
}
