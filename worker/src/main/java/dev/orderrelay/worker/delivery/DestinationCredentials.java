package dev.orderrelay.worker.delivery;

import dev.orderrelay.destinations.DestinationSecret;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Resolves a destination's {@code credentialsRef} to its secret at the moment of sending, so the ledger and the
 * queues only ever hold the reference. Secrets come from the environment as {@code relay.credentials.<ref>}, which
 * on AWS is fed from the secret store (e.g. Secrets Manager through Spring Cloud AWS's config import).
 */
@Component
public class DestinationCredentials {

    static final String PREFIX = "relay.credentials.";

    private final Environment environment;

    public DestinationCredentials(Environment environment) {
        this.environment = environment;
    }

    public DestinationSecret resolve(String credentialsRef) {
        if (credentialsRef == null || credentialsRef.isBlank()) {
            return DestinationSecret.none();
        }
        String secret = environment.getProperty(PREFIX + credentialsRef);
        return secret == null || secret.isBlank() ? DestinationSecret.none() : DestinationSecret.of(secret);
    }
}
