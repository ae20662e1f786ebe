package dev.orderrelay.worker.credentials;

import jakarta.validation.Valid;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the worker finds the secrets that destinations name by {@code credentialsRef}. No secret is a component
 * here: they are read per reference, at the moment of sending.
 *
 * @param source {@code environment} ({@code relay.credentials.<ref>}), {@code files} (one file per reference in
 *     {@code directory}) or {@code secrets-manager} (AWS Secrets Manager)
 * @param directory with {@code source=files}: the directory holding one file per reference, e.g. a Kubernetes
 *     secret volume such as {@code /var/run/secrets/order-relay}; must exist and be readable at start-up
 * @param cacheTtl how long a resolved secret (or its absence) is kept before the source is asked again; a rotated
 *     secret is used within this time. {@code 0} asks on every send
 * @param secretsManager with {@code source=secrets-manager}: how secret ids are made and the service reached
 */
@Validated
@ConfigurationProperties("relay.credentials")
public record CredentialsProperties(
        @DefaultValue("environment") Source source,
        Path directory,
        @DefaultValue("5m") Duration cacheTtl,
        @DefaultValue @Valid SecretsManager secretsManager) {

    public CredentialsProperties {
        if (source == null) {
            throw new IllegalArgumentException(
                    "relay.credentials.source must be environment, files or secrets-manager");
        }
        if (cacheTtl == null || cacheTtl.isNegative()) {
            throw new IllegalArgumentException("relay.credentials.cache-ttl must be zero or positive, got " + cacheTtl);
        }
        if (source == Source.FILES && directory == null) {
            throw new IllegalArgumentException("relay.credentials.directory is required when"
                    + " relay.credentials.source=files: the directory holding one file per credentials reference");
        }
    }

    /** The kinds of secret store. */
    public enum Source {
        /** {@code relay.credentials.<ref>} from the Spring environment. */
        ENVIRONMENT,
        /** One file per reference in {@code relay.credentials.directory}. */
        FILES,
        /** AWS Secrets Manager's {@code GetSecretValue}. */
        SECRETS_MANAGER
    }

    /**
     * How secrets are read from AWS Secrets Manager. Region and AWS credentials are Spring Cloud AWS's
     * ({@code spring.cloud.aws.region.*}, {@code spring.cloud.aws.credentials.*}).
     *
     * @param prefix put before each reference to make the secret id, e.g. {@code order-relay/} makes the
     *     reference {@code shop-a-ga4} read the secret {@code order-relay/shop-a-ga4}; empty by default
     * @param jsonKey when set, a secret string that is a JSON object gives this key's value (e.g. {@code apiKey}
     *     for {@code {"apiKey": "..."}}); other secret strings are used as they are. Unset: every secret string as
     *     it is
     * @param endpoint the service's endpoint instead of the region's, for tests and LocalStack
     * @param timeout the longest a lookup may take, retries included, before the delivery is retried later
     */
    public record SecretsManager(
            @DefaultValue("") String prefix,
            String jsonKey,
            URI endpoint,
            @DefaultValue("5s") Duration timeout) {

        public SecretsManager {
            prefix = prefix == null ? "" : prefix;
            if (timeout == null || !timeout.isPositive()) {
                throw new IllegalArgumentException(
                        "relay.credentials.secrets-manager.timeout must be positive, got " + timeout);
            }
            if (endpoint != null && (!endpoint.isAbsolute() || endpoint.getHost() == null)) {
                throw new IllegalArgumentException("relay.credentials.secrets-manager.endpoint must be an absolute"
                        + " URL such as http://127.0.0.1:4566, got " + endpoint);
            }
        }
    }
}
