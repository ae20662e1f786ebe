/**
 * Expiring offline access tokens: Shopify's offline tokens that last an hour and come with a refresh token, which
 * rotates on every refresh. {@link dev.orderrelay.shopify.admin.token.ShopifyTokenRefresher} is the {@code
 * AccessTokens} for such shops: it refreshes a token shortly before it expires and once after a 401, and hands every
 * new pair to an {@link dev.orderrelay.shopify.admin.token.OfflineTokenStore} to persist before using it.
 */
package dev.orderrelay.shopify.admin.token;
