package dev.orderrelay.shopify.admin;

import java.util.Objects;

/**
 * Shopify created the subscription; deliveries start from now (what fired meanwhile is not replayed).
 *
 * @param subscription the new subscription
 */
public record SubscriptionCreated(WebhookSubscription subscription) implements WebhookSubscriptionOutcome {

    /** Checks the value. */
    public SubscriptionCreated {
        Objects.requireNonNull(subscription, "a created subscription");
    }
}
