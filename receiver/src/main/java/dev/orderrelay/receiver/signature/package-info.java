/**
 * Webhook signatures: the app secrets (current and, during a rotation, previous) resolved at the boundary, and
 * the constant-time check of {@code X-Shopify-Hmac-Sha256} over the raw body bytes.
 */
package dev.orderrelay.receiver.signature;
