/**
 * The receiver role: takes platform webhooks over HTTPS and answers 200 only once the ingest queue holds them.
 * It is kept stupid and fast on purpose: it checks size, signature and headers, wraps the body verbatim in an
 * envelope and enqueues it; it never parses an order, dedupes or calls anything but SQS and S3.
 */
package dev.orderrelay.receiver;
