/**
 * A client for Shopify's GraphQL Admin API, just what the reconciler and the worker's enrichment need: counting and
 * listing a window's orders, fetching one order complete (the {@code admin-graphql} body), checking and re-creating
 * webhook subscriptions, and classifying products and placing an order in its customer's history (enrichment).
 * It sends the {@code *.graphql} documents next to this package as they are, paces every request from the cost bucket
 * Shopify reports in {@code extensions.cost.throttleStatus}, retries throttling and transient failures within bounds,
 * and fails with an exception naming the shop and what to do otherwise. Start from {@link
 * dev.orderrelay.shopify.admin.ShopifyAdminClients}; access tokens come from the caller through {@link
 * dev.orderrelay.shopify.admin.AccessTokens}, expiring offline tokens through {@code token.ShopifyTokenRefresher}.
 */
package dev.orderrelay.shopify.admin;
