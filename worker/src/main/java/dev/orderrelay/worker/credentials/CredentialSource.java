package dev.orderrelay.worker.credentials;

import dev.orderrelay.destinations.DestinationSecret;

/**
 * Where destination secrets are kept, asked by reference. A source tells "there is no such secret" (a value, which
 * makes a sender reject the event) apart from "I could not look" (an exception, which makes the delivery wait and
 * try again), so an outage of the secret store never parks deliveries.
 */
public interface CredentialSource {

    /**
     * The secret {@code credentialsRef} names.
     *
     * @param credentialsRef a destination's credentials reference, not blank
     * @return the secret, or {@link DestinationSecret#none()} when the source holds no secret by that name
     * @throws CredentialsUnavailableException when the source could not be asked or its answer could not be read
     */
    DestinationSecret find(String credentialsRef);

    /** What the source is, for log lines and error messages, e.g. {@code AWS Secrets Manager}. */
    String description();
}
