package dev.orderrelay.worker.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

class CredentialsPropertiesTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    ConfigurationPropertiesAutoConfiguration.class, ValidationAutoConfiguration.class))
            .withUserConfiguration(PropertiesOnly.class)
            .withPropertyValues("relay.credentials.merchant-webhook=whsec_do-not-print");

    @Test
    void defaultsToTheEnvironmentWithAFiveMinuteCache() {
        runner.run(context -> {
            CredentialsProperties properties = context.getBean(CredentialsProperties.class);
            assertThat(properties.source()).isEqualTo(CredentialsProperties.Source.ENVIRONMENT);
            assertThat(properties.cacheTtl()).isEqualTo(Duration.ofMinutes(5));
            assertThat(properties.secretsManager().prefix()).isEmpty();
            assertThat(properties.secretsManager().jsonKey()).isNull();
            assertThat(properties.secretsManager().timeout()).isEqualTo(Duration.ofSeconds(5));
        });
    }

    @Test
    void bindsTheSecretsManagerSettings() {
        runner.withPropertyValues(
                        "relay.credentials.source=secrets-manager",
                        "relay.credentials.secrets-manager.prefix=order-relay/",
                        "relay.credentials.secrets-manager.json-key=apiKey",
                        "relay.credentials.secrets-manager.endpoint=http://127.0.0.1:4566",
                        "relay.credentials.cache-ttl=30s")
                .run(context -> {
                    CredentialsProperties properties = context.getBean(CredentialsProperties.class);
                    assertThat(properties.source()).isEqualTo(CredentialsProperties.Source.SECRETS_MANAGER);
                    assertThat(properties.secretsManager().prefix()).isEqualTo("order-relay/");
                    assertThat(properties.secretsManager().jsonKey()).isEqualTo("apiKey");
                    assertThat(properties.secretsManager().endpoint()).hasPort(4566);
                    assertThat(properties.cacheTtl()).isEqualTo(Duration.ofSeconds(30));
                });
    }

    @Test
    void bindsTheFilesDirectory() {
        runner.withPropertyValues("relay.credentials.source=files", "relay.credentials.directory=/var/run/secrets")
                .run(context -> assertThat(
                                context.getBean(CredentialsProperties.class).directory())
                        .isEqualTo(Path.of("/var/run/secrets")));
    }

    @Test
    void failsAtStartUpNamingAnUnknownSource() {
        runner.withPropertyValues("relay.credentials.source=vault")
                .run(context -> assertFailedNaming(context, "relay.credentials.source"));
    }

    @Test
    void failsAtStartUpWhenFilesHasNoDirectory() {
        runner.withPropertyValues("relay.credentials.source=files")
                .run(context -> assertFailedNaming(context, "relay.credentials.directory"));
    }

    @Test
    void failsAtStartUpNamingANegativeCacheTtl() {
        runner.withPropertyValues("relay.credentials.cache-ttl=-1s")
                .run(context -> assertFailedNaming(context, "relay.credentials.cache-ttl"));
    }

    @Test
    void failsAtStartUpNamingARelativeEndpoint() {
        runner.withPropertyValues("relay.credentials.secrets-manager.endpoint=localstack:4566")
                .run(context -> assertFailedNaming(context, "relay.credentials.secrets-manager.endpoint"));
    }

    private static void assertFailedNaming(AssertableApplicationContext context, String property) {
        assertThat(context).hasFailed();
        StringBuilder messages = new StringBuilder();
        for (Throwable t = context.getStartupFailure(); t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        assertThat(messages.toString()).contains(property).doesNotContain("whsec_do-not-print");
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(CredentialsProperties.class)
    static class PropertiesOnly {}
}
