package dev.orderrelay.devstack.store.admin;

/**
 * One live webhook subscription as the Admin API lists it.
 *
 * @param id its GID, {@code gid://shopify/WebhookSubscription/<n>}
 * @param topic its {@code WebhookSubscriptionTopic}, e.g. {@code ORDERS_CREATE}
 * @param uri where it delivers
 */
public record SubscriptionSnapshot(String id, String topic, String uri) {}
