package dev.orderrelay.receiver.eventbridge;

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

class EventBridgeIngestPropertiesTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    ConfigurationPropertiesAutoConfiguration.class, ValidationAutoConfiguration.class))
            .withUserConfiguration(PropertiesOnly.class);

    @Test
    void isOffByDefaultAndNamesTheDevstacksQueues() {
        runner.run(context -> {
            EventBridgeIngestProperties properties = context.getBean(EventBridgeIngestProperties.class);
            assertThat(properties.enabled()).isFalse();
            assertThat(properties.queue()).isEqualTo("order-relay-eventbridge");
            assertThat(properties.deadLetterQueue()).isEqualTo("order-relay-eventbridge-dlq");
        });
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "relay.receiver.eventbridge.queue= | relay.receiver.eventbridge.queue",
                "relay.receiver.eventbridge.dead-letter-queue=  | relay.receiver.eventbridge.dead-letter-queue",
                "relay.receiver.eventbridge.dead-letter-queue=order-relay-eventbridge"
                        + " | relay.receiver.eventbridge.dead-letter-queue must differ",
                "relay.receiver.eventbridge.enabled=maybe | relay.receiver.eventbridge.enabled"
            })
    void failsAtStartUpNamingTheBadProperty(String setting, String property) {
        runner.withPropertyValues(setting).run(context -> {
            assertThat(context).hasFailed();
            assertThat(fullMessage(context.getStartupFailure())).contains(property.strip());
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
    @EnableConfigurationProperties(EventBridgeIngestProperties.class)
    static class PropertiesOnly {}
}
