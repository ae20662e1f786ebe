package dev.orderrelay.receiver.eventbridge;

/**
 * The EventBridge queue and its dead-letter queue, as URLs resolved at start-up.
 *
 * @param url where the EventBridge rule sends Shopify's events
 * @param deadLetterUrl where unreadable events are moved
 */
record EventBridgeQueues(String url, String deadLetterUrl) {}
