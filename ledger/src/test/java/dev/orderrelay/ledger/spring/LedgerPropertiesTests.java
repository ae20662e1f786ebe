package dev.orderrelay.ledger.spring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

class LedgerPropertiesTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    ConfigurationPropertiesAutoConfiguration.class, ValidationAutoConfiguration.class))
            .withUserConfiguration(PropertiesOnly.class);

    @Test
    void defaultsToTheOrderRelayPrefixAndLeavesTablesToTheInfrastructure() {
        runner.run(context -> {
            LedgerProperties properties = context.getBean(LedgerProperties.class);
            assertThat(properties.tables().shops()).isEqualTo("order-relay-shops");
            assertThat(properties.tables().deliveries()).isEqualTo("order-relay-deliveries");
            assertThat(properties.createTables()).isFalse();
        });
    }

    @Test
    void namesTablesAfterAConfiguredPrefix() {
        runner.withPropertyValues("relay.ledger.table-prefix=staging-order-relay-")
                .run(context -> assertThat(
                                context.getBean(LedgerProperties.class).tables().orders())
                        .isEqualTo("staging-order-relay-orders"));
    }

    @Test
    void failsAtStartUpNamingATablePrefixDynamoDbWouldRefuse() {
        runner.withPropertyValues("relay.ledger.table-prefix=order relay/").run(context -> {
            assertThat(context).hasFailed();
            StringBuilder messages = new StringBuilder();
            for (Throwable t = context.getStartupFailure(); t != null; t = t.getCause()) {
                messages.append(t.getMessage()).append('\n');
            }
            assertThat(messages.toString()).contains("relay.ledger.table-prefix");
        });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(LedgerProperties.class)
    static class PropertiesOnly {}
}
