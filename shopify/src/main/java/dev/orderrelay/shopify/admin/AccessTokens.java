package dev.orderrelay.shopify.admin;

/**
 * Where the client gets a shop's access token: the caller resolves the shop's {@link ShopifyShop#tokenReference()} to
 * the secret (a secret store, a file, the ledger), or uses {@link dev.orderrelay.shopify.admin.token.ShopifyTokenRefresher}
 * for expiring offline tokens. Called before every request, so an implementation should cache.
 */
public interface AccessTokens {

    /**
     * The token to send for this shop now.
     *
     * @throws ShopifyAdminException (or another runtime exception) naming the shop and the reference, never the secret,
     *     when there is none or the store cannot be read
     */
    ShopifyAccessToken tokenFor(ShopifyShop shop);

    /**
     * Shopify answered 401 to this token. Return {@code true} when {@link #tokenFor} now gives a token worth one more
     * try (it was refreshed or rotated); the client retries once and then fails. The default, for tokens that cannot
     * be renewed, is {@code false}: the request fails at once.
     */
    default boolean renewAfterRejection(ShopifyShop shop, ShopifyAccessToken rejected) {
        return false;
    }
}
