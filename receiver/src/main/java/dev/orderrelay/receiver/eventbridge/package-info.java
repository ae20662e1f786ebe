/**
 * Shopify webhooks delivered by Amazon EventBridge: a rule on the app's partner event bus sends each
 * {@code shopifyWebhook} event to an SQS queue; this package reads that queue, turns each event into the same envelope
 * the HTTPS path builds ({@code source=eventbridge}) and publishes it on the ingest queue, and only then deletes the
 * event. An event it cannot read is moved at once to the queue's dead-letter queue with its reason; nothing is dropped.
 * There is no signature to check: the trust boundary is IAM (who may send to the partner bus and the queue).
 * Off unless {@code relay.receiver.eventbridge.enabled=true}; docs/eventbridge.md has the AWS setup.
 */
package dev.orderrelay.receiver.eventbridge;
