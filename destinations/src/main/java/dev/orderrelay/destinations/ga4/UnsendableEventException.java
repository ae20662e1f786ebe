package dev.orderrelay.destinations.ga4;

/**
 * An event GA4 must not get as it is: not an order event, past the back-dating limit, over a GA4 limit. Caught within
 * the sender and reported as {@link dev.orderrelay.destinations.Rejected}; its message is the reason, without the ids
 * (the caller puts those first).
 */
final class UnsendableEventException extends Exception {

    private static final long serialVersionUID = 1L;

    UnsendableEventException(String reason) {
        super(reason, null, false, false);
    }
}
