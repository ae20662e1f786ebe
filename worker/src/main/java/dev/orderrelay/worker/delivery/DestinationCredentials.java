package dev.orderrelay.worker.delivery;

import dev.orderrelay.destinations.DestinationSecret;
import dev.orderrelay.worker.credentials.CredentialSource;
import dev.orderrelay.worker.credentials.CredentialsUnavailableException;
import dev.orderrelay.worker.credentials.EnvironmentCredentialSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Resolves a destination's {@code credentialsRef} to its secret at the moment of sending, so the ledger and the
 * queues only ever hold the reference. Where secrets come from ({@code relay.credentials.source}) and how long they
 * are cached is the {@link dev.orderrelay.worker.credentials} package's business.
 */
@Component
public class DestinationCredentials {

    private final CredentialSource source;

    @Autowired
    public DestinationCredentials(CredentialSource source) {
        this.source = source;
    }

    /** Reads {@code relay.credentials.<ref>} from {@code environment} on every call: for stages built by hand. */
    public DestinationCredentials(Environment environment) {
        this(new EnvironmentCredentialSource(environment));
    }

    /**
     * The secret {@code credentialsRef} names; {@link DestinationSecret#none()} when there is no reference or no
     * such secret.
     *
     * @throws CredentialsUnavailableException when the secret store could not be asked: the delivery must be
     *     retried later, not sent without credentials and not parked
     */
    public DestinationSecret resolve(String credentialsRef) {
        if (credentialsRef == null || credentialsRef.isBlank()) {
            return DestinationSecret.none();
        }
        return source.find(credentialsRef);
    }
}
