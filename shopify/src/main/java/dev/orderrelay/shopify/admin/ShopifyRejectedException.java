package dev.orderrelay.shopify.admin;

/**
 * Shopify refused the request with a 4xx status other than 429 (a bad or revoked token, a frozen or locked shop, a
 * missing scope, an unknown shop or API version). Not retried: the message says what to fix.
 */
public final class ShopifyRejectedException extends ShopifyAdminException {

    private final int status;

    /** Shopify answered this status. */
    public ShopifyRejectedException(String shop, int status, String message) {
        super(shop, message, false, null);
        this.status = status;
    }

    /** The HTTP status Shopify answered. */
    public int status() {
        return status;
    }
}
