package dev.orderrelay.destinations.amplitude;

import dev.orderrelay.destinations.OutboundEvent;

/**
 * One event of a {@code sendAll} call, mapped to Amplitude's form and waiting for its outcome.
 *
 * @param position where the event stands in the caller's list, and so where its outcome goes
 * @param event the event as the worker gave it
 * @param ids who the Amplitude event is about, to match the ids Amplitude names when it throttles
 * @param json the Amplitude event, serialised once: its length decides how events share requests
 */
record PendingEvent(int position, OutboundEvent event, AmplitudeIds ids, byte[] json) {

    /** Who and what, to begin a reason: {@code amplitude 'prod' (shop demo.myshopify.com, order 42, purchase)}. */
    static String describe(OutboundEvent event, String destination) {
        return "amplitude '" + destination + "' (shop " + event.shop() + ", order " + event.orderId() + ", "
                + event.event() + ")";
    }

    String describe(String destination) {
        return describe(event, destination);
    }

    int size() {
        return json.length;
    }
}
