package dev.orderrelay.shopify.admin.token;

import dev.orderrelay.shopify.admin.ShopifyAdminException;

/**
 * An offline access token could not be refreshed, or its refreshed successor could not be persisted. The message
 * names the shop and the token reference, never a token.
 */
public final class ShopifyTokenRefreshException extends ShopifyAdminException {

    /** {@code retryLater}: Shopify or the store was unreachable, as opposed to a refusal that needs the merchant. */
    public ShopifyTokenRefreshException(String shop, String message, boolean retryLater, Throwable cause) {
        super(shop, message, retryLater, cause);
    }
}
