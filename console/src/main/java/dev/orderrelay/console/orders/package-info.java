/**
 * The order view of the admin API: {@code GET /api/shops/{shop}/orders/{orderId}} joins the ledger's order item
 * with its per-destination, per-event deliveries (two reads by key, no scan), so support can see where each event
 * of an order stands and why it failed. Ids are JSON strings and times ISO-8601 UTC.
 */
package dev.orderrelay.console.orders;
