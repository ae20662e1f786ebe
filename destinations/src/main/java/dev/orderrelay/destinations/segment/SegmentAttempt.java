package dev.orderrelay.destinations.segment;

import dev.orderrelay.destinations.DestinationTarget;
import dev.orderrelay.destinations.OutboundEvent;

/**
 * One event on its way to one Segment target: the ids every reason and log line about it carries.
 *
 * @param event what is sent
 * @param target where it goes
 */
record SegmentAttempt(OutboundEvent event, DestinationTarget target) {

    /** Who and what, to begin a reason: {@code segment 'analytics' (shop demo.myshopify.com, order 42, purchase)}. */
    String describe() {
        return "segment '" + target.name() + "' (shop " + event.shop() + ", order " + event.orderId() + ", "
                + event.event() + ")";
    }
}
