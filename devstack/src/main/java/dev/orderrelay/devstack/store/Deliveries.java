package dev.orderrelay.devstack.store;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Makes the store's webhook deliveries: their ids, whether Shopify duplicates or loses them and whether they are in the
 * EventBridge share (drawn from the seeded random), the signed request, and hands them to the {@link WebhookSender}.
 */
final class Deliveries {

    private final SimulatedStoreSettings settings;
    private final AppSecret secret;
    private final Clock clock;
    private final OrderPayloads payloads;
    private final WebhookSender sender;

    Deliveries(
            SimulatedStoreSettings settings,
            AppSecret secret,
            Clock clock,
            OrderPayloads payloads,
            WebhookSender sender) {
        this.settings = settings;
        this.secret = secret;
        this.clock = clock;
        this.payloads = payloads;
        this.sender = sender;
    }

    /** A new delivery; {@code lose} loses it for sure, otherwise the store's loss rate decides. */
    WebhookDelivery delivery(WebhookTopic topic, String eventId, boolean lose) {
        return delivery(topic, eventId, lose, settings.webhookLossRate());
    }

    /** A new delivery; {@code lose} loses it for sure, otherwise {@code lossRate} decides. */
    WebhookDelivery delivery(WebhookTopic topic, String eventId, boolean lose, double lossRate) {
        boolean duplicate = payloads.chance(settings.duplicateRate());
        // Drawn only when losses are on, so a seed gives the same orders as before losses existed.
        boolean lost = lose || (lossRate > 0 && payloads.chance(lossRate));
        // Likewise drawn only when the EventBridge share is on.
        boolean eventBridge = settings.eventBridgeShare() > 0 && payloads.chance(settings.eventBridgeShare());
        return new WebhookDelivery(topic, UUID.randomUUID().toString(), eventId, duplicate, lost, eventBridge);
    }

    void send(WebhookDelivery delivery, byte[] body) {
        sender.trigger(delivery, webhook(delivery, body));
    }

    /** Sends after {@code delay} the body built then; an empty body means the event did not happen after all. */
    void sendAfter(Duration delay, WebhookDelivery delivery, Supplier<Optional<byte[]>> body) {
        sender.triggerAfter(delay, delivery, () -> body.get().map(bytes -> webhook(delivery, bytes)));
    }

    private SignedWebhook webhook(WebhookDelivery delivery, byte[] body) {
        return SignedWebhook.builder(secret)
                .shopDomain(settings.shopDomain())
                .topic(delivery.topic())
                .webhookId(delivery.webhookId())
                .eventId(delivery.eventId())
                .triggeredAt(clock.instant())
                .apiVersion(settings.apiVersion())
                .body(body)
                .build();
    }
}
