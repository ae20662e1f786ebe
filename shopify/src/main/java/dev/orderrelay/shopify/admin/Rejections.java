package dev.orderrelay.shopify.admin;

import tools.jackson.databind.JsonNode;

/** Turns a refusal from Shopify into an exception that names the shop, the document and what to do about it. */
final class Rejections {

    static final String THROTTLED = "THROTTLED";

    private Rejections() {}

    /** A 4xx other than 429. 401 is handled by {@link #unauthorized} when the token cannot be renewed. */
    static ShopifyRejectedException status(ShopifyShop shop, AdminDocument document, int status, String apiVersion) {
        String what = document.documentName() + " for shop " + shop.domain();
        String message = switch (status) {
            case 401 -> unauthorizedMessage(shop, document);
            case 402 ->
                "Shopify refused " + what + " (HTTP 402 Payment Required): the shop is frozen until the"
                        + " merchant pays the outstanding Shopify bill; nothing can be read until then.";
            case 403 ->
                "Shopify refused " + what + " (HTTP 403 Forbidden): the app lacks an access scope it needs"
                        + " (read_orders, read_all_orders for orders older than 60 days); ask the merchant to"
                        + " approve the app's scopes, then run again.";
            case 404 ->
                "Shopify has no Admin API for " + what + " (HTTP 404 Not Found): check the shop's domain"
                        + " and base URI, and that API version " + apiVersion + " is still supported.";
            case 423 ->
                "Shopify refused " + what + " (HTTP 423 Locked): Shopify has locked the shop; the merchant"
                        + " must contact Shopify support. Nothing is retried until it is unlocked.";
            default ->
                "Shopify refused " + what + " (HTTP " + status + "); not retried: check the request and"
                        + " the shop's configuration.";
        };
        return new ShopifyRejectedException(shop.domain(), status, message);
    }

    /** A 401 that no renewed token could fix. */
    static ShopifyRejectedException unauthorized(ShopifyShop shop, AdminDocument document) {
        return new ShopifyRejectedException(shop.domain(), 401, unauthorizedMessage(shop, document));
    }

    private static String unauthorizedMessage(ShopifyShop shop, AdminDocument document) {
        return "Shopify refused the access token of shop " + shop.domain() + " for " + document.documentName()
                + " (HTTP 401): the token under reference '" + shop.tokenReference() + "' is wrong, expired or"
                + " revoked, or the app was uninstalled. Store a valid token under that reference (reinstalling the app"
                + " issues one), then run again.";
    }

    /** GraphQL {@code errors} in a 200 that is not THROTTLED. */
    static ShopifyGraphqlException graphql(
            ShopifyShop shop, AdminDocument document, JsonNode errors, String apiVersion) {
        String code = firstCode(errors);
        String first = firstMessage(errors);
        if (ShopifyGraphqlException.MAX_COST_EXCEEDED.equals(code)) {
            return new ShopifyGraphqlException(
                    shop.domain(),
                    document.documentName(),
                    code,
                    "The GraphQL document " + document.documentName() + " costs more than Shopify allows in one query"
                            + " (MAX_COST_EXCEEDED for shop " + shop.domain() + ": " + first + "). This is a bug in"
                            + " order-relay's document, not the shop: lower its page sizes. Not retried.");
        }
        return new ShopifyGraphqlException(
                shop.domain(),
                document.documentName(),
                code,
                "Shopify rejected the GraphQL document " + document.documentName() + " for shop " + shop.domain()
                        + ": " + first + (code == null ? "" : " (" + code + ")") + ". The document or its variables"
                        + " do not fit Admin API version " + apiVersion + "; not retried.");
    }

    /** The first error's {@code extensions.code}, or {@code null}. */
    static String firstCode(JsonNode errors) {
        JsonNode code = errors.path(0).path("extensions").path("code");
        return code.isString() ? code.stringValue() : null;
    }

    private static String firstMessage(JsonNode errors) {
        if (errors.isString()) {
            return errors.stringValue();
        }
        JsonNode message = errors.path(0).path("message");
        return message.isString() ? message.stringValue() : "(an error without a message)";
    }

    /** Whether {@code errors} holds anything: an array with elements, or a plain string. */
    static boolean present(JsonNode errors) {
        return (errors.isArray() && !errors.isEmpty())
                || (errors.isString() && !errors.stringValue().isBlank());
    }
}
