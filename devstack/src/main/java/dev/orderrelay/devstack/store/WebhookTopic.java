package dev.orderrelay.devstack.store;

import java.util.Optional;

/** The webhook topics the simulated store subscribes the receiver to. */
public enum WebhookTopic {
    ORDERS_CREATE("orders/create"),
    ORDERS_PAID("orders/paid"),
    ORDERS_CANCELLED("orders/cancelled"),
    REFUNDS_CREATE("refunds/create");

    private final String topicName;

    WebhookTopic(String topicName) {
        this.topicName = topicName;
    }

    /** The value Shopify puts in {@code X-Shopify-Topic}, e.g. {@code orders/create}. */
    public String topicName() {
        return topicName;
    }

    /** The Admin GraphQL {@code WebhookSubscriptionTopic} value, e.g. {@code ORDERS_CREATE}. */
    public String graphqlName() {
        return name();
    }

    /** The topic of a {@code WebhookSubscriptionTopic} value, empty for one the store does not send. */
    public static Optional<WebhookTopic> fromGraphqlName(String name) {
        for (WebhookTopic topic : values()) {
            if (topic.graphqlName().equals(name)) {
                return Optional.of(topic);
            }
        }
        return Optional.empty();
    }
}
