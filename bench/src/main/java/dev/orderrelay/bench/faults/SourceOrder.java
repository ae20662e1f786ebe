package dev.orderrelay.bench.faults;

import java.util.Objects;

/**
 * One order the simulated store created in an episode, as its delivery history shows it.
 *
 * @param orderId the Shopify order id (a string: ids exceed 2^53)
 * @param paid whether the order was paid, so its purchase is due at every destination ({@code orders/paid} fired)
 * @param webhooksSent distinct webhooks the store sent at least once for the order (retries and duplicate sends not
 *     counted again)
 * @param webhooksAcked of those, the ones the receiver acknowledged with a 2xx
 * @param duplicateSends extra sends of an already acknowledged webhook (same webhook id)
 */
public record SourceOrder(String orderId, boolean paid, int webhooksSent, int webhooksAcked, int duplicateSends) {

    public SourceOrder {
        Objects.requireNonNull(orderId, "orderId");
    }

    /** Whether the receiver acknowledged at least one of the order's webhooks: from then on it must not be lost. */
    public boolean acked() {
        return webhooksAcked > 0;
    }
}
