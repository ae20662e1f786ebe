package dev.orderrelay.devstack.store;

/** The headers Shopify puts on every HTTPS webhook delivery (platforms.md section 1.1). */
public enum ShopifyHeader {
    TOPIC("X-Shopify-Topic"),
    HMAC_SHA256("X-Shopify-Hmac-Sha256"),
    SHOP_DOMAIN("X-Shopify-Shop-Domain"),
    API_VERSION("X-Shopify-API-Version"),
    WEBHOOK_ID("X-Shopify-Webhook-Id"),
    EVENT_ID("X-Shopify-Event-Id"),
    TRIGGERED_AT("X-Shopify-Triggered-At");

    private final String headerName;

    ShopifyHeader(String headerName) {
        this.headerName = headerName;
    }

    /** The header name as Shopify spells it; receivers must compare it case-insensitively. */
    public String headerName() {
        return headerName;
    }
}
