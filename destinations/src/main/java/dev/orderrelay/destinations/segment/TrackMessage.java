package dev.orderrelay.destinations.segment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;

/**
 * One Segment Track call as it goes into a {@code /v1/batch} request. At least one of {@code userId} and
 * {@code anonymousId} is set: Segment answers 200 to a message with neither and then drops it.
 *
 * @param type always {@code track}, as a batch needs it on every message
 * @param event the e-commerce spec's event name, {@code Order Completed} or {@code Order Refunded}
 * @param messageId the event's idempotency key, on which Segment drops repeats
 * @param timestamp when the event happened at the source, ISO-8601 UTC
 * @param userId the platform's customer id, or null for a guest
 * @param anonymousId the storefront's Segment anonymous id, a derived one when there is no id at all, or null
 * @param properties the e-commerce spec's properties
 * @param context what sent it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "event", "messageId", "timestamp", "userId", "anonymousId", "properties", "context"})
record TrackMessage(
        String type,
        String event,
        String messageId,
        Instant timestamp,
        String userId,
        String anonymousId,
        OrderProperties properties,
        Context context) {

    /**
     * Segment's {@code context}: the library that sent the call and, when the order's landing page carried UTM
     * parameters, the campaign.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"library", "campaign"})
    record Context(Library library, Campaign campaign) {

        /** This context with the campaign, if there is one. */
        Context withCampaign(Campaign value) {
            return value == null ? this : new Context(library, value);
        }
    }

    /**
     * Segment's {@code context.campaign}, the spec's UTM fields: {@code utm_campaign} is {@code name}, the others keep
     * their suffix.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"name", "source", "medium", "term", "content"})
    record Campaign(String name, String source, String medium, String term, String content) {}

    /** Segment's {@code context.library}. */
    record Library(String name, String version) {}
}
