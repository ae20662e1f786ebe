package dev.orderrelay.shopify.admin;

import java.util.Objects;

/**
 * A shop's Admin API access token. It prints as {@code ShopifyAccessToken[****]} so that it cannot reach a log line or
 * a message by accident; only the transport reads {@link #value()}.
 */
public final class ShopifyAccessToken {

    private final String value;

    private ShopifyAccessToken(String value) {
        this.value = value;
    }

    /** Wraps a token; it must not be blank. */
    public static ShopifyAccessToken of(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an access token must not be blank");
        }
        return new ShopifyAccessToken(value);
    }

    /** The secret itself, for the {@code X-Shopify-Access-Token} header. */
    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ShopifyAccessToken token && token.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return "ShopifyAccessToken[****]";
    }
}
