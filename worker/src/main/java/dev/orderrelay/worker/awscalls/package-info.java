/**
 * The worker's calls to AWS (DynamoDB, SQS, S3), counted by service, operation and outcome: what an order costs in
 * requests, which is what the ledger and the queues bill by and what bounds throughput on a small machine.
 */
package dev.orderrelay.worker.awscalls;
