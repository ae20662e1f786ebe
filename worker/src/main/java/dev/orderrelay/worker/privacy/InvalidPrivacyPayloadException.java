package dev.orderrelay.worker.privacy;

/**
 * A privacy or lifecycle payload that cannot be acted on as it is: not JSON, a required field missing, or another
 * shop's. Its message names the topic and the field and never quotes personal data; the envelope is parked with it.
 */
class InvalidPrivacyPayloadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    InvalidPrivacyPayloadException(String message) {
        super(message);
    }
}
