/**
 * The signed-webhook destination: order events POSTed as JSON to a merchant's own endpoint, signed per Standard
 * Webhooks ({@code webhook-id}, {@code webhook-timestamp}, {@code webhook-signature}), with the idempotency key as the
 * {@code webhook-id}. It owns the request's shape and signature, the single table that turns an answer into a
 * {@link dev.orderrelay.destinations.DeliveryOutcome}, and the guard against server-side request forgery: every
 * address a target resolves to is checked before connecting, internal ones are refused unless allow-listed, and
 * redirects are never followed. Keep the HTTP client's {@code org.apache.hc.client5.http.headers} and {@code .wire}
 * loggers off in every environment: at debug they print the signature.
 */
package dev.orderrelay.destinations.webhook;
