/**
 * The process stage: reads an envelope from the ingest queue, parses its Shopify order (REST webhook or the
 * reconciler's admin-graphql body) or refund ({@code refunds/create}) with {@code dev.orderrelay.shopify.order},
 * decides its events under the shop's policy (one purchase per order, one refund per Shopify refund), records the
 * order, its refunds and its cancellation in the ledger and fans out one delivery message per destination and event.
 * A delivery is marked seen only after its fan-out succeeded, so a crash before that reprocesses it; whatever cannot
 * be processed is parked with a reason, never dropped.
 */
package dev.orderrelay.worker.process;
