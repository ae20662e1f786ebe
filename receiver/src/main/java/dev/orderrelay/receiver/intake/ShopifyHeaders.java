package dev.orderrelay.receiver.intake;

import java.util.List;

/** The Shopify webhook headers the receiver reads. Header names are case-insensitive on the wire. */
final class ShopifyHeaders {

    static final String HMAC = "X-Shopify-Hmac-Sha256";
    static final String TOPIC = "X-Shopify-Topic";
    static final String SHOP_DOMAIN = "X-Shopify-Shop-Domain";
    static final String WEBHOOK_ID = "X-Shopify-Webhook-Id";
    static final String EVENT_ID = "X-Shopify-Event-Id";
    static final String TRIGGERED_AT = "X-Shopify-Triggered-At";
    static final String API_VERSION = "X-Shopify-API-Version";

    /** Checked in this order; a request missing several is told about the first. */
    static final List<String> REQUIRED = List.of(TOPIC, SHOP_DOMAIN, WEBHOOK_ID);

    private ShopifyHeaders() {}
}
