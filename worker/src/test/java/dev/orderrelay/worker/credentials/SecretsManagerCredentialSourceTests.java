package dev.orderrelay.worker.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.orderrelay.destinations.DestinationSecret;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SecretsManagerCredentialSourceTests {

    private static final String API_SECRET = "Xa9-ga4-measurement-protocol-secret";

    private final FakeSecretsManager secretsManager = FakeSecretsManager.start();

    @AfterEach
    void stop() {
        secretsManager.close();
    }

    @Test
    void readsTheSecretStringOfThePrefixedSecretIdThroughGetSecretValue() {
        secretsManager.putSecretString("order-relay/shop-a-ga4", API_SECRET);

        DestinationSecret secret = source("order-relay/", null).find("shop-a-ga4");

        assertThat(secret.reveal()).isEqualTo(API_SECRET);
        assertThat(secretsManager.requests()).singleElement().satisfies(request -> {
            assertThat(request.target()).isEqualTo(FakeSecretsManager.GET_SECRET_VALUE);
            assertThat(request.secretId()).isEqualTo("order-relay/shop-a-ga4");
            assertThat(request.contentType()).startsWith("application/x-amz-json-1.1");
            assertThat(request.authorization()).startsWith("AWS4-HMAC-SHA256 Credential=test/");
        });
    }

    @Test
    void answersNoSecretForASecretThatDoesNotExist() {
        assertThat(source("", null).find("never-created").isPresent()).isFalse();
    }

    @Test
    void readsTheConfiguredKeyOfAJsonSecret() {
        secretsManager.putSecretString("amplitude", "{\"apiKey\": \"" + API_SECRET + "\", \"project\": \"42\"}");

        assertThat(source("", "apiKey").find("amplitude").reveal()).isEqualTo(API_SECRET);
    }

    @Test
    void usesAPlainSecretStringAsItIsEvenWithAJsonKey() {
        secretsManager.putSecretString("segment", API_SECRET);

        assertThat(source("", "apiKey").find("segment").reveal()).isEqualTo(API_SECRET);
    }

    @Test
    void usesAJsonSecretAsItIsWithoutAJsonKey() {
        secretsManager.putSecretString("webhook", "{\"apiKey\": \"k\"}");

        assertThat(source("", null).find("webhook").reveal()).isEqualTo("{\"apiKey\": \"k\"}");
    }

    @Test
    void answersNoSecretForAJsonSecretWithoutTheConfiguredKey() {
        secretsManager.putSecretString("amplitude", "{\"apikey\": \"" + API_SECRET + "\"}");

        assertThat(source("", "apiKey").find("amplitude").isPresent()).isFalse();
    }

    @Test
    void throwsUnavailableRatherThanAnsweringNoSecretWhenTheServiceFails() {
        secretsManager.putSecretString("shop-a-ga4", API_SECRET);
        secretsManager.failWith(500);

        CredentialsUnavailableException failure = catchThrowableOfType(
                CredentialsUnavailableException.class, () -> source("", null).find("shop-a-ga4"));

        assertThat(failure).isNotNull();
        assertThat(failure.credentialsRef()).isEqualTo("shop-a-ga4");
        assertThat(failure.getMessage())
                .contains("shop-a-ga4", "AWS Secrets Manager", "retry")
                .doesNotContain(API_SECRET);
    }

    @Test
    void throwsUnavailableWhenTheServiceCannotBeReached() {
        SecretsManagerCredentialSource source = source("", null);
        secretsManager.close();

        CredentialsUnavailableException failure =
                catchThrowableOfType(CredentialsUnavailableException.class, () -> source.find("shop-a-ga4"));

        assertThat(failure).isNotNull();
        assertThat(failure.getMessage()).contains("shop-a-ga4");
    }

    @Test
    void throwsUnavailableForABinarySecretItCannotUse() {
        secretsManager.putSecretBinary("binary", API_SECRET.getBytes(StandardCharsets.UTF_8));

        CredentialsUnavailableException failure = catchThrowableOfType(
                CredentialsUnavailableException.class, () -> source("", null).find("binary"));

        assertThat(failure.getMessage()).contains("secret string").doesNotContain(API_SECRET);
    }

    private SecretsManagerCredentialSource source(String prefix, String jsonKey) {
        return new SecretsManagerCredentialSource(secretsManager.client(), prefix, jsonKey);
    }
}
