/**
 * Events kept because they arrived before their order was processed (a {@code refunds/create} whose order the worker
 * has not processed yet): one item per shop, order and event, holding the queue message to apply once the order is
 * processed. An item is removed only after its event's fan-out succeeded, so nothing held is ever dropped.
 */
package dev.orderrelay.ledger.held;
