package dev.orderrelay.shopify.admin.token;

import dev.orderrelay.shopify.admin.ShopifyShop;

/**
 * Where the caller keeps each shop's offline token, found by the shop's {@link ShopifyShop#tokenReference()}. Shopify
 * rotates the refresh token on every refresh, so {@link #save} must persist the new pair before it is used: a refresh
 * token that is lost cannot be recovered without the merchant.
 */
public interface OfflineTokenStore {

    /**
     * The shop's current token, as stored at install or by the last {@link #save}.
     *
     * @throws RuntimeException naming the shop and the reference, never a secret, when there is none or the store
     *     cannot be read
     */
    OfflineToken load(ShopifyShop shop);

    /**
     * Persists the token a refresh just returned. Throwing stops its use: the refresher keeps the previous refresh
     * token, which Shopify accepts until its replacement is used, and tries again on the next request.
     */
    void save(ShopifyShop shop, OfflineToken refreshed);
}
