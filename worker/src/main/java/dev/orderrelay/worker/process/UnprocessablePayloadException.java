package dev.orderrelay.worker.process;

/** A payload that cannot become an order: it is parked with this message as the reason. */
public class UnprocessablePayloadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnprocessablePayloadException(String message) {
        super(message);
    }

    public UnprocessablePayloadException(String message, Throwable cause) {
        super(message, cause);
    }
}
