package dev.orderrelay.receiver;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

class ReceiverPropertiesTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    ConfigurationPropertiesAutoConfiguration.class, ValidationAutoConfiguration.class))
            .withUserConfiguration(PropertiesOnly.class);

    @Test
    void defaultsToTwoMebibytesTwoHundredKibibytesAndThreeSeconds() {
        runner.run(context -> {
            ReceiverProperties properties = context.getBean(ReceiverProperties.class);
            assertThat(properties.maxBody().toBytes()).isEqualTo(2L * 1024 * 1024);
            assertThat(properties.inlineLimit().toBytes()).isEqualTo(200L * 1024);
            assertThat(properties.enqueueDeadline()).hasSeconds(3);
            assertThat(properties.ingestQueue()).isEqualTo("order-relay-ingest");
        });
    }

    @ParameterizedTest
    @CsvSource({
        "relay.receiver.enqueue-deadline=5s, relay.receiver.enqueue-deadline",
        "relay.receiver.enqueue-deadline=0s, relay.receiver.enqueue-deadline",
        "relay.receiver.inline-limit=300KB, relay.receiver.inline-limit",
        "relay.receiver.max-body=0B, relay.receiver.max-body",
        "relay.receiver.batch-linger=0ms, relay.receiver.batch-linger",
        "relay.receiver.ingest-queue=, relay.receiver.ingest-queue"
    })
    void failsAtStartUpNamingTheBadProperty(String setting, String property) {
        runner.withPropertyValues(setting).run(context -> {
            assertThat(context).hasFailed();
            assertThat(fullMessage(context.getStartupFailure())).contains(property);
        });
    }

    private static String fullMessage(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        return messages.toString();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ReceiverProperties.class)
    static class PropertiesOnly {}
}
