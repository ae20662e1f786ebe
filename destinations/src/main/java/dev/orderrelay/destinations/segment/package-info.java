/**
 * The Segment destination: order events sent to Segment's HTTP Tracking API ({@code /v1/batch}) as e-commerce spec v2
 * Track calls, {@code Order Completed} for a purchase and {@code Order Refunded} for a refund, authenticated with the
 * shop's write key (HTTP Basic, the key as user name), to the US or EU endpoint the shop's {@code region} setting
 * names. It owns the mapping from an order event to a Track call, the cutting of events into batches within Segment's
 * limits, the splitting of a refused batch to find the refused events, and the single table that turns Segment's
 * answer into a {@link dev.orderrelay.destinations.DeliveryOutcome}. Keep the HTTP client's
 * {@code org.apache.hc.client5.http.headers} and {@code .wire} loggers off in every environment: at debug they print
 * the {@code Authorization} header, which carries the write key.
 */
package dev.orderrelay.destinations.segment;
