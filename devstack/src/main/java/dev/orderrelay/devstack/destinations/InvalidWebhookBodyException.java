package dev.orderrelay.devstack.destinations;

/** A signed webhook whose body a merchant's endpoint would refuse; the message is the reason sent back with the 400. */
final class InvalidWebhookBodyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    InvalidWebhookBodyException(String reason) {
        super(reason, null, false, false);
    }
}
