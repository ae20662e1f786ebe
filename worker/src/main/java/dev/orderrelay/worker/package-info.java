/**
 * The worker role: the process stage on the ingest queue and the deliver stage on each destination kind's queue.
 * It keeps no state of its own: everything that must survive a crash or be shared between pods is in SQS, S3 or
 * the DynamoDB ledger.
 */
package dev.orderrelay.worker;
