/**
 * One item per order: the source's creation time (and the UTC hour it falls in, the reconciler's unit), when
 * order-relay first saw the order and when it processed it. The admin API joins it with the order's deliveries.
 */
package dev.orderrelay.ledger.orders;
