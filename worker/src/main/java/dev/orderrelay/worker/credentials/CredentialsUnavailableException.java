package dev.orderrelay.worker.credentials;

/**
 * A credential could not be looked up: the secret store is unreachable, refused the request, or answered with
 * something that is not a secret. Unlike a missing secret this says nothing about the destination's configuration,
 * so the deliver stage must retry the delivery later rather than send it without credentials or park it. The message
 * names the reference and the source, never the secret.
 */
public final class CredentialsUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String credentialsRef;

    public CredentialsUnavailableException(String credentialsRef, String source, String problem, Throwable cause) {
        super(
                "credentials '" + credentialsRef + "' could not be read from " + source + ": " + problem
                        + "; retry the delivery later",
                cause);
        this.credentialsRef = credentialsRef;
    }

    public CredentialsUnavailableException(String credentialsRef, String source, String problem) {
        this(credentialsRef, source, problem, null);
    }

    /** The reference that could not be resolved. */
    public String credentialsRef() {
        return credentialsRef;
    }
}
