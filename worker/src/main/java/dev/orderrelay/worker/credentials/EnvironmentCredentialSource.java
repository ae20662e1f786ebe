package dev.orderrelay.worker.credentials;

import dev.orderrelay.destinations.DestinationSecret;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;

/**
 * Secrets from the Spring environment as {@code relay.credentials.<ref>}, e.g. the environment variable
 * {@code RELAY_CREDENTIALS_MERCHANT_WEBHOOK} for the reference {@code merchant-webhook}. The default source: simple
 * for a local run, and on AWS fed from a secret store through Spring Cloud AWS's config import.
 */
public final class EnvironmentCredentialSource implements CredentialSource {

    /** What a reference is prefixed with to make its property name. */
    public static final String PREFIX = "relay.credentials.";

    private static final Logger log = LoggerFactory.getLogger(EnvironmentCredentialSource.class);
    /** The names of this package's own settings, which share the prefix, in relaxed form. */
    private static final Set<String> SETTINGS = Set.of("source", "directory", "cachettl", "secretsmanager");

    private final Environment environment;

    public EnvironmentCredentialSource(Environment environment) {
        this.environment = environment;
    }

    @Override
    public DestinationSecret find(String credentialsRef) {
        if (isSetting(credentialsRef)) {
            // relay.credentials.source holds "environment", not a secret: never hand a setting to a sender.
            log.warn(
                    "credentialsRef '{}' names a setting of relay.credentials, not a secret; rename the secret",
                    credentialsRef);
            return DestinationSecret.none();
        }
        String secret = environment.getProperty(PREFIX + credentialsRef);
        return secret == null || secret.isBlank() ? DestinationSecret.none() : DestinationSecret.of(secret);
    }

    @Override
    public String description() {
        return "the environment (" + PREFIX + "<ref>)";
    }

    private static boolean isSetting(String credentialsRef) {
        String relaxed =
                credentialsRef.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        int dot = relaxed.indexOf('.');
        return SETTINGS.contains(dot < 0 ? relaxed : relaxed.substring(0, dot));
    }
}
