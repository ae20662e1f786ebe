package dev.orderrelay.core.envelope;

/** An envelope that cannot be built or read: the message says which field and what a writer must fix. */
public class InvalidEnvelopeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidEnvelopeException(String message) {
        super(message);
    }

    public InvalidEnvelopeException(String message, Throwable cause) {
        super(message, cause);
    }
}
