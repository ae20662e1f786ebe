package dev.orderrelay.devstack.store;

/**
 * The mutable state of one delivery of one topic for one order. Its ids are fixed when the order is created, so a
 * view can show them before the delivery fires; every retry and the duplicate reuse them. Whether Shopify loses it, and
 * whether it is one of the share that goes by EventBridge, are decided up front too, so a seed replays the same choices.
 */
final class WebhookDelivery {

    private final WebhookTopic topic;
    private final String webhookId;
    private final String eventId;
    private final boolean sendsDuplicate;
    private final boolean lost;
    private final boolean eventBridgeShare;
    private DeliveryStatus status = DeliveryStatus.SCHEDULED;
    private int attempts;
    private int lastStatusCode;
    private int duplicatesSent;
    private long triggeredNanos;
    private DeliveryRoute route = DeliveryRoute.HTTPS;

    WebhookDelivery(
            WebhookTopic topic,
            String webhookId,
            String eventId,
            boolean sendsDuplicate,
            boolean lost,
            boolean eventBridgeShare) {
        this.topic = topic;
        this.webhookId = webhookId;
        this.eventId = eventId;
        this.sendsDuplicate = sendsDuplicate;
        this.lost = lost;
        this.eventBridgeShare = eventBridgeShare;
    }

    WebhookTopic topic() {
        return topic;
    }

    String webhookId() {
        return webhookId;
    }

    String eventId() {
        return eventId;
    }

    boolean sendsDuplicate() {
        return sendsDuplicate;
    }

    boolean lost() {
        return lost;
    }

    /** Whether it was drawn into the store's EventBridge share: it goes by EventBridge even to an HTTPS subscription. */
    boolean inEventBridgeShare() {
        return eventBridgeShare;
    }

    synchronized void routed(DeliveryRoute value) {
        route = value;
    }

    synchronized DeliveryRoute route() {
        return route;
    }

    synchronized void triggered() {
        status = DeliveryStatus.PENDING;
        triggeredNanos = System.nanoTime();
    }

    /** Counts a new attempt and returns its number, 1 for the first. */
    synchronized int attemptStarted() {
        return ++attempts;
    }

    synchronized void answered(int statusCode) {
        lastStatusCode = statusCode;
    }

    synchronized void finished(DeliveryStatus outcome) {
        status = outcome;
    }

    synchronized void duplicateSent() {
        duplicatesSent++;
    }

    synchronized int attempts() {
        return attempts;
    }

    synchronized long elapsedMillis() {
        return (System.nanoTime() - triggeredNanos) / 1_000_000;
    }

    synchronized DeliveryView view() {
        return new DeliveryView(topic, webhookId, eventId, status, attempts, lastStatusCode, duplicatesSent, route);
    }
}
