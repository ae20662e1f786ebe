/**
 * The process stage: reads an envelope from the ingest queue, parses its Shopify order (REST webhook or the
 * reconciler's admin-graphql body) or refund ({@code refunds/create}) with {@code dev.orderrelay.shopify.order}, in
 * the currency the shop reports in, and decides its events under the shop's policy (docs/events.md): one purchase
 * per order, one refund per Shopify refund (without items when it returns the whole order), one refund of what a
 * cancellation left unrefunded; nothing for test orders the shop leaves out or channels it excludes. Payloads older
 * than the newest processed decide no purchase and no cancellation; refunds that arrive before their order are held
 * in the ledger and applied when it is processed. It records the order, its version, its refunds and its
 * cancellation in the ledger and fans out one delivery message per destination and event. A delivery is marked seen
 * only after its fan-out succeeded, so a crash before that reprocesses it; whatever cannot be processed is parked
 * with a reason, never dropped.
 */
package dev.orderrelay.worker.process;
