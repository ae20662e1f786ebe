package dev.orderrelay.receiver.eventbridge;

/** Why an EventBridge event was not published, as a stable metric tag and {@code reason} attribute prefix. */
enum EventRejection {
    /** The SQS message body is not a JSON object. */
    UNREADABLE_JSON("unreadable-json"),
    /** {@code detail-type} is not {@code shopifyWebhook}: the rule lets other events through. */
    WRONG_DETAIL_TYPE("wrong-detail-type"),
    /** A header the envelope needs (topic, shop domain, webhook id) is not in {@code detail.metadata}. */
    MISSING_HEADER("missing-header"),
    /** The event has no {@code detail} object, or its {@code detail.payload} is missing or not a JSON object. */
    MISSING_PAYLOAD("missing-payload");

    private final String code;

    EventRejection(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }
}
