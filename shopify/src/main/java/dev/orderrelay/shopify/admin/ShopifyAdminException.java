package dev.orderrelay.shopify.admin;

/**
 * A request to a shop's Admin API failed. The message says which shop, which document and what to do; it never holds
 * a token. {@link #retryLater()} tells whether the same request may succeed later unchanged (Shopify down, throttled
 * for too long) or needs someone to act first (a revoked token, a frozen shop, a bug in a document).
 */
public class ShopifyAdminException extends RuntimeException {

    private final String shop;
    private final boolean retryLater;

    /** A failure for this shop; {@code retryLater} as in {@link #retryLater()}. */
    public ShopifyAdminException(String shop, String message, boolean retryLater, Throwable cause) {
        super(message, cause);
        this.shop = shop;
        this.retryLater = retryLater;
    }

    /** The shop's domain. */
    public String shop() {
        return shop;
    }

    /** Whether the request may succeed if simply made again later. */
    public boolean retryLater() {
        return retryLater;
    }
}
