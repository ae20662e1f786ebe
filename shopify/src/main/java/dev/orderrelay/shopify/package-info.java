/**
 * What order-relay knows about Shopify: {@code order} parses its order and refund formats into one model,
 * {@code admin} talks to its GraphQL Admin API.
 */
package dev.orderrelay.shopify;
