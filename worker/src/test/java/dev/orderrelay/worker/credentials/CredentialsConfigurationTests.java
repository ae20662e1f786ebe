package dev.orderrelay.worker.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.devstack.time.MutableClock;
import dev.orderrelay.worker.delivery.DestinationCredentials;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.AwsRegionProvider;

/** The worker's {@link DestinationCredentials} resolves through the store {@code relay.credentials.source} picks. */
class CredentialsConfigurationTests {

    @TempDir
    Path directory;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    ConfigurationPropertiesAutoConfiguration.class, ValidationAutoConfiguration.class))
            .withUserConfiguration(CredentialsConfiguration.class)
            .withBean(Clock.class, () -> new MutableClock(Instant.parse("2026-11-24T10:00:00Z")))
            .withBean(DestinationCredentials.class);

    @Test
    void resolvesFromTheEnvironmentByDefault() {
        runner.withPropertyValues("relay.credentials.merchant-webhook=whsec_env")
                .run(context -> assertThat(resolve(context.getBean(DestinationCredentials.class), "merchant-webhook"))
                        .isEqualTo("whsec_env"));
    }

    @Test
    void resolvesFromFilesWhenTold() throws IOException {
        Files.writeString(directory.resolve("merchant-webhook"), "whsec_file\n");

        runner.withPropertyValues("relay.credentials.source=files", "relay.credentials.directory=" + directory)
                .run(context -> assertThat(resolve(context.getBean(DestinationCredentials.class), "merchant-webhook"))
                        .isEqualTo("whsec_file"));
    }

    @Test
    void failsAtStartUpWhenTheFilesDirectoryIsMissing() {
        runner.withPropertyValues(
                        "relay.credentials.source=files", "relay.credentials.directory=" + directory.resolve("absent"))
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure())
                            .rootCause()
                            .hasMessageContaining("relay.credentials.directory");
                });
    }

    @Test
    void resolvesFromSecretsManagerOnSpringCloudAwsRegionAndCredentials() {
        try (FakeSecretsManager secretsManager = FakeSecretsManager.start()) {
            secretsManager.putSecretString("order-relay/shop-a-amplitude", "{\"apiKey\": \"amp-key\"}");

            runner.withBean(AwsRegionProvider.class, () -> () -> Region.EU_WEST_1)
                    .withBean(
                            AwsCredentialsProvider.class,
                            () -> StaticCredentialsProvider.create(AwsBasicCredentials.create("worker", "worker")))
                    .withPropertyValues(
                            "relay.credentials.source=secrets-manager",
                            "relay.credentials.secrets-manager.prefix=order-relay/",
                            "relay.credentials.secrets-manager.json-key=apiKey",
                            "relay.credentials.secrets-manager.endpoint=" + secretsManager.endpoint())
                    .run(context -> {
                        DestinationCredentials credentials = context.getBean(DestinationCredentials.class);
                        assertThat(resolve(credentials, "shop-a-amplitude")).isEqualTo("amp-key");
                        assertThat(resolve(credentials, "shop-a-amplitude")).isEqualTo("amp-key");
                        assertThat(secretsManager.requests())
                                .as("the second send is served from the cache")
                                .singleElement()
                                .satisfies(request -> assertThat(request.authorization())
                                        .contains("Credential=worker/", "/eu-west-1/secretsmanager/"));
                    });
        }
    }

    private static String resolve(DestinationCredentials credentials, String credentialsRef) {
        return credentials.resolve(credentialsRef).reveal();
    }
}
