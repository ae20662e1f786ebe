package dev.orderrelay.worker.process;

/**
 * An envelope whose payload cannot be had: its stored body is gone, altered or not text. It is parked with this
 * message as the reason; a payload that is there but is not a Shopify order or refund is an
 * {@link dev.orderrelay.shopify.order.InvalidPayloadException} instead, parked the same way.
 */
public class UnprocessablePayloadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnprocessablePayloadException(String message) {
        super(message);
    }

    public UnprocessablePayloadException(String message, Throwable cause) {
        super(message, cause);
    }
}
