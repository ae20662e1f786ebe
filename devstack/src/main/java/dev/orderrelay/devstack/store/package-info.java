/**
 * The simulated Shopify store: a stand-in for a real shop that creates orders at a configurable rate, keeps them in
 * memory, and posts {@code orders/create} and {@code orders/paid} webhooks for them the way Shopify does (headers,
 * HMAC over the raw body, compressed exponential retries, duplicate sends, oversized orders, subscription removal
 * after repeated failures). It also owns {@link dev.orderrelay.devstack.store.SignedWebhook}, which other modules'
 * tests use to craft Shopify-style requests. It deliberately shares no code with the production modules, its HMAC
 * included, so a signing or mapping bug in order-relay cannot hide by being on both sides of the wire.
 */
package dev.orderrelay.devstack.store;
