/**
 * The ledger: what order-relay knows about every delivery, order and destination send, on DynamoDB. Every access
 * is by key (GetItem, conditional writes, Query on a partition); nothing on a request or message path scans.
 * Tables are named by {@link dev.orderrelay.ledger.LedgerTables} and created by the infrastructure on AWS, or by
 * {@link dev.orderrelay.ledger.LedgerSchema} in local mode and tests.
 */
package dev.orderrelay.ledger;
