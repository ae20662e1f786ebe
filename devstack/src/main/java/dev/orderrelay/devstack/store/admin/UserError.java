package dev.orderrelay.devstack.store.admin;

import java.util.List;

/**
 * A mutation's {@code userErrors} entry: data in the answer, not a GraphQL error.
 *
 * @param field the path of the input at fault, e.g. {@code ["webhookSubscription", "uri"]}
 * @param message what is wrong, in Shopify's words where Shopify has them
 */
public record UserError(List<String> field, String message) {

    public UserError {
        field = List.copyOf(field);
    }
}
