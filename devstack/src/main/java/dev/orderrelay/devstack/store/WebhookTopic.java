package dev.orderrelay.devstack.store;

/** The webhook topics the simulated store subscribes the receiver to. */
public enum WebhookTopic {
    ORDERS_CREATE("orders/create"),
    ORDERS_PAID("orders/paid");

    private final String topicName;

    WebhookTopic(String topicName) {
        this.topicName = topicName;
    }

    /** The value Shopify puts in {@code X-Shopify-Topic}, e.g. {@code orders/create}. */
    public String topicName() {
        return topicName;
    }
}
