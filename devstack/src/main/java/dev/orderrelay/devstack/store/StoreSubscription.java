package dev.orderrelay.devstack.store;

import java.net.URI;

/**
 * One live webhook subscription of the simulated store: Shopify's Admin-API subscription of one topic to one address.
 *
 * @param id the numeric part of its GID
 * @param topic the topic it delivers
 * @param uri where its deliveries go
 */
public record StoreSubscription(long id, WebhookTopic topic, URI uri) {

    /** {@code gid://shopify/WebhookSubscription/<id>}. */
    public String gid() {
        return "gid://shopify/WebhookSubscription/" + id;
    }
}
