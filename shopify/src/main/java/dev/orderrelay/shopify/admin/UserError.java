package dev.orderrelay.shopify.admin;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A {@code userErrors} entry of a mutation: data, not a failure of the request.
 *
 * @param field the path of the input field it is about, e.g. {@code [webhookSubscription, uri]}; may be empty
 * @param message what Shopify says, e.g. {@code Address for this topic has already been taken}
 */
public record UserError(List<String> field, String message) {

    /** Keeps an unmodifiable copy of the path. */
    public UserError {
        field = List.copyOf(field);
    }

    static UserError from(JsonNode node) {
        return new UserError(
                JsonFields.each(node.path("field"), JsonNode::asString), JsonFields.string(node, "message"));
    }
}
