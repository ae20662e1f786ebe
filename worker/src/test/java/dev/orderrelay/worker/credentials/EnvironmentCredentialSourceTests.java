package dev.orderrelay.worker.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.env.MockEnvironment;

class EnvironmentCredentialSourceTests {

    private final MockEnvironment environment = new MockEnvironment()
            .withProperty("relay.credentials.merchant-webhook", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
            .withProperty("relay.credentials.blank", " ")
            .withProperty("relay.credentials.source", "environment")
            .withProperty("relay.credentials.cache-ttl", "5m")
            .withProperty("relay.credentials.secrets-manager.prefix", "order-relay/");
    private final EnvironmentCredentialSource source = new EnvironmentCredentialSource(environment);

    @Test
    void readsTheSecretFromTheRelayCredentialsPropertyOfTheReference() {
        assertThat(source.find("merchant-webhook").reveal()).isEqualTo("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    }

    @Test
    void answersNoSecretForAMissingOrBlankProperty() {
        assertThat(source.find("nobody").isPresent()).isFalse();
        assertThat(source.find("blank").isPresent()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"source", "cache-ttl", "cacheTtl", "secrets-manager.prefix", "secretsManager.prefix"})
    void neverHandsOutItsOwnSettingsAsASecret(String credentialsRef) {
        assertThat(source.find(credentialsRef).isPresent()).isFalse();
    }
}
