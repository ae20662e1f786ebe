package dev.orderrelay.devstack.store.admin;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of {@code webhookSubscriptionCreate}: the new subscription, or the user errors that refused it.
 *
 * @param created the subscription, empty if refused
 * @param userErrors why it was refused; empty if created
 */
public record SubscriptionCreation(Optional<SubscriptionSnapshot> created, List<UserError> userErrors) {

    public SubscriptionCreation {
        userErrors = List.copyOf(userErrors);
    }
}
