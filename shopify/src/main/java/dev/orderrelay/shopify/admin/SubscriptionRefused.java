package dev.orderrelay.shopify.admin;

import java.util.List;

/**
 * Shopify created nothing and said why, e.g. {@code Address for this topic has already been taken} when the topic is
 * already subscribed at that URI.
 *
 * @param userErrors Shopify's {@code userErrors}, at least one
 */
public record SubscriptionRefused(List<UserError> userErrors) implements WebhookSubscriptionOutcome {

    /** Keeps an unmodifiable copy; at least one error. */
    public SubscriptionRefused {
        userErrors = List.copyOf(userErrors);
        if (userErrors.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs at least one user error");
        }
    }
}
