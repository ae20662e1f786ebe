package dev.orderrelay.devstack.store;

/** Where one webhook delivery stands. */
public enum DeliveryStatus {
    /** Not triggered yet, e.g. an {@code orders/paid} waiting for the paid delay. */
    SCHEDULED,
    /** Triggered: an attempt is in flight or a retry is waiting. */
    PENDING,
    /** A 2xx answered one of the attempts. */
    ACKED,
    /** Every attempt, retries included, failed. */
    FAILED,
    /** Never sent, or retries stopped, because Shopify had deleted the topic's subscription. */
    SUBSCRIPTION_REMOVED,
    /** Never sent although subscribed: Shopify lost it (the loss rate, or a test asked for it). */
    LOST,
    /** The event never happened, e.g. {@code orders/paid} of an order cancelled or deleted before it was paid. */
    NEVER_FIRED
}
