/**
 * The Amplitude destination: order events sent to Amplitude's HTTP V2 API as revenue events ({@code Order Completed},
 * {@code Order Refunded}), keyed by {@code insert_id}, in as few requests as Amplitude's limits allow. It owns the
 * mapping from the order event (docs/destinations/amplitude.md), the batching, and the single table that turns
 * Amplitude's answers into one {@link dev.orderrelay.destinations.DeliveryOutcome} per event: Amplitude refuses whole
 * requests but names the events, users and devices at fault, so only those are parked or held back and the rest are
 * sent again at once. The project's API key travels in the request body; it never reaches a reason or a log line,
 * and Amplitude's answers have it taken out before they are quoted.
 */
package dev.orderrelay.destinations.amplitude;
