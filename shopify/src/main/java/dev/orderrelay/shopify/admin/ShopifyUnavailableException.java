package dev.orderrelay.shopify.admin;

/**
 * Shopify kept failing (5xx, connection errors, timeouts) or kept throttling beyond the configured attempts. Nothing is
 * wrong with the request: make it again later.
 */
public final class ShopifyUnavailableException extends ShopifyAdminException {

    /** Gave up on this shop's request for the reason in the message. */
    public ShopifyUnavailableException(String shop, String message, Throwable cause) {
        super(shop, message, true, cause);
    }
}
