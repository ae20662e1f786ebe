package dev.orderrelay.shopify.admin;

/**
 * Shopify answered 200 with GraphQL {@code errors} (and not THROTTLED): the document or its variables are wrong for
 * this API version, or the query costs more than Shopify's single-query maximum ({@code MAX_COST_EXCEEDED}). Either is
 * a bug on our side, never retried.
 */
public final class ShopifyGraphqlException extends ShopifyAdminException {

    /** The {@code extensions.code} Shopify gives when a query costs more than it allows. */
    public static final String MAX_COST_EXCEEDED = "MAX_COST_EXCEEDED";

    private final String document;
    private final String code;

    /** {@code code} is the first error's {@code extensions.code}, or {@code null}. */
    public ShopifyGraphqlException(String shop, String document, String code, String message) {
        super(shop, message, false, null);
        this.document = document;
        this.code = code;
    }

    /** The name of the document that failed, e.g. {@code OrdersCreated}. */
    public String document() {
        return document;
    }

    /** The first error's {@code extensions.code} (e.g. {@link #MAX_COST_EXCEEDED}), or {@code null}. */
    public String code() {
        return code;
    }
}
