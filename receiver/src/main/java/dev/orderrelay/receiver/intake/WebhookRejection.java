package dev.orderrelay.receiver.intake;

/** Why a webhook was not enqueued, as a stable metric tag and problem {@code code}. */
enum WebhookRejection {
    BODY_TOO_LARGE("body-too-large"),
    BAD_SIGNATURE("bad-signature"),
    MISSING_HEADER("missing-header");

    private final String code;

    WebhookRejection(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }
}
