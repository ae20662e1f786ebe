/**
 * The simulated Shopify store: a stand-in for a real shop that creates orders at a configurable rate (or on demand,
 * e.g. in a past hour), keeps them in memory, refunds, cancels and deletes them, and posts {@code orders/create},
 * {@code orders/paid}, {@code orders/cancelled} and {@code refunds/create} webhooks the way Shopify does (headers,
 * HMAC over the raw body, compressed exponential retries, duplicate sends, lost webhooks, oversized orders,
 * subscription removal after repeated failures). Built with an admin access token it also serves the shop's Admin
 * GraphQL API (package {@code admin}), which lists the same orders for the reconciler. It also owns
 * {@link dev.orderrelay.devstack.store.SignedWebhook}, which other modules' tests use to craft Shopify-style
 * requests. It deliberately shares no code with the production modules, its HMAC
 * included, so a signing or mapping bug in order-relay cannot hide by being on both sides of the wire.
 */
package dev.orderrelay.devstack.store;
