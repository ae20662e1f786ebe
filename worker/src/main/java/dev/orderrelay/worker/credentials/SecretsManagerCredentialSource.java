package dev.orderrelay.worker.credentials;

import dev.orderrelay.destinations.DestinationSecret;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Secrets from AWS Secrets Manager: {@code GetSecretValue} with the secret id {@code prefix + ref}. The secret
 * string is the credential as it is; with a JSON key configured, a secret string that is a JSON object gives that
 * key's value instead (so one secret {@code {"apiKey": "..."}} can carry metadata besides the key).
 *
 * <p>Only {@code ResourceNotFoundException} means "no such secret". Every other failure (the service unreachable,
 * throttling, access denied, a binary secret) throws {@link CredentialsUnavailableException}: the delivery waits.
 */
public final class SecretsManagerCredentialSource implements CredentialSource, AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SecretsManagerClient client;
    private final String prefix;
    private final String jsonKey;

    /**
     * @param client the client to ask; closed with this source
     * @param prefix what each reference is prefixed with to make the secret id, may be empty
     * @param jsonKey the key to read from a JSON secret string, or null to use every secret string as it is
     */
    public SecretsManagerCredentialSource(SecretsManagerClient client, String prefix, String jsonKey) {
        this.client = client;
        this.prefix = prefix == null ? "" : prefix;
        this.jsonKey = jsonKey == null || jsonKey.isBlank() ? null : jsonKey;
    }

    @Override
    public DestinationSecret find(String credentialsRef) {
        GetSecretValueResponse response;
        try {
            response = client.getSecretValue(request -> request.secretId(prefix + credentialsRef));
        } catch (ResourceNotFoundException e) {
            return DestinationSecret.none();
        } catch (SdkException e) {
            throw new CredentialsUnavailableException(
                    credentialsRef,
                    description(),
                    "GetSecretValue for secret id '" + prefix + credentialsRef + "' failed ("
                            + e.getClass().getSimpleName() + ")",
                    e);
        }
        if (response.secretString() == null) {
            throw new CredentialsUnavailableException(
                    credentialsRef,
                    description(),
                    "the secret holds binary data; store the credential as a secret string");
        }
        return secret(response.secretString());
    }

    @Override
    public String description() {
        return "AWS Secrets Manager";
    }

    @Override
    public void close() {
        client.close();
    }

    private DestinationSecret secret(String value) {
        if (jsonKey != null && value.stripLeading().startsWith("{")) {
            JsonNode object;
            try {
                object = JSON.readTree(value);
            } catch (JacksonException e) {
                // Not JSON after all; the parser's message would quote the secret, so it is dropped here.
                return present(value);
            }
            JsonNode field = object.get(jsonKey);
            return field != null && field.isValueNode() && !field.isNull()
                    ? present(field.asString())
                    : DestinationSecret.none();
        }
        return present(value);
    }

    private static DestinationSecret present(String value) {
        return value.isBlank() ? DestinationSecret.none() : DestinationSecret.of(value);
    }
}
