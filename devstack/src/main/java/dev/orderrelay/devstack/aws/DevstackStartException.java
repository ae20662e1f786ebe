package dev.orderrelay.devstack.aws;

/** An embedded server did not come up; the message names which and where. */
public class DevstackStartException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DevstackStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
