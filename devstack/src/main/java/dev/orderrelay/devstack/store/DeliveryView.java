package dev.orderrelay.devstack.store;

/**
 * A snapshot of one webhook delivery of one order.
 *
 * @param topic the webhook topic
 * @param webhookId the {@code X-Shopify-Webhook-Id}, the same on every retry and on a duplicate send
 * @param eventId the {@code X-Shopify-Event-Id}, shared by deliveries that the same merchant action caused
 * @param status where the delivery stands
 * @param attempts HTTP attempts so far, retries included, the duplicate send excluded
 * @param lastStatusCode the last attempt's HTTP status, or 0 if there was no answer (not sent yet, connection
 *     failure, timeout); by EventBridge, 200 once the event reached the rule's queue and 0 when it did not
 * @param duplicatesSent how many extra sends after the ack (0 or 1)
 * @param route how the last attempt went: HTTPS until one went by EventBridge
 */
public record DeliveryView(
        WebhookTopic topic,
        String webhookId,
        String eventId,
        DeliveryStatus status,
        int attempts,
        int lastStatusCode,
        int duplicatesSent,
        DeliveryRoute route) {}
