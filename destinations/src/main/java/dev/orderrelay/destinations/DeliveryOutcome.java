package dev.orderrelay.destinations;

/**
 * What one send to a destination came to. The worker maps it to a queue action in one place: {@link Delivered} to
 * "record delivered and ack", {@link RetryLater} to "hide the message for a while", {@link Rejected} to "park with
 * the reason".
 *
 * <p>Every reason names what failed and for which destination, shop and order, so it can stand alone in a parked
 * event or a log line; it never carries a secret, a signature, customer data or a whole response body.
 */
public sealed interface DeliveryOutcome permits Delivered, RetryLater, Rejected {}
