package dev.orderrelay.reconciler.source;

/** The platform could not answer for a shop: the message names the shop, what failed and what to do. */
public class SourceUnavailableException extends RuntimeException {

    public SourceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public SourceUnavailableException(String message) {
        super(message);
    }
}
