/**
 * Putting a verified webhook on the ingest queue: the envelope, the claim check for bodies too large to travel
 * inline, and the SDK's batch manager that shares SendMessageBatch calls across concurrent requests. A publish
 * either returns, meaning SQS (and S3 where used) accepted the message, or throws; nothing in between.
 */
package dev.orderrelay.receiver.enqueue;
