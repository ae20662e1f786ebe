/**
 * Enrichment of order events ({@link dev.orderrelay.worker.enrich.OrderEnricher}): the analytics ids and attribution
 * the storefront left in the order, the first-order flag, and product categories from the shop's Admin API behind a
 * bounded cache, a per-shop circuit breaker and a timeout, so that trouble yields un-enriched events, never lost or
 * held ones. The process stage applies an {@link dev.orderrelay.worker.enrich.Enrichment} to each event of the order.
 */
package dev.orderrelay.worker.enrich;
