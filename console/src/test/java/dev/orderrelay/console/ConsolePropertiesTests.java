package dev.orderrelay.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

class ConsolePropertiesTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    ConfigurationPropertiesAutoConfiguration.class, ValidationAutoConfiguration.class))
            .withUserConfiguration(PropertiesOnly.class);

    @Test
    void bindsUsersWithLowerCaseRolesAndKeepsHttpDestinationsOff() {
        runner.withPropertyValues(
                        "relay.console.users[0].name=ops",
                        "relay.console.users[0].password={noop}ops-password",
                        "relay.console.users[0].roles=viewer,admin")
                .run(context -> {
                    ConsoleProperties properties = context.getBean(ConsoleProperties.class);
                    assertThat(properties.users()).hasSize(1);
                    assertThat(properties.users().get(0).name()).isEqualTo("ops");
                    assertThat(properties.users().get(0).roles())
                            .containsExactlyInAnyOrder(ConsoleRole.VIEWER, ConsoleRole.ADMIN);
                    assertThat(properties.allowHttpDestinations()).isFalse();
                });
    }

    @Test
    void bindsWithoutUsersForOidcOnlyConsolesAndReadsRolesFromTheRolesClaimByDefault() {
        runner.run(context -> {
            ConsoleProperties properties = context.getBean(ConsoleProperties.class);
            assertThat(properties.users()).isEmpty();
            assertThat(properties.oidc().rolesClaim()).isEqualTo("roles");
        });
    }

    @Test
    void failsAtStartUpNamingABlankRolesClaim() {
        runner.withPropertyValues("relay.console.oidc.roles-claim= ").run(context -> {
            assertThat(context).hasFailed();
            assertThat(fullMessage(context.getStartupFailure()))
                    .contains("relay.console")
                    .contains("rolesClaim");
        });
    }

    @Test
    void failsAtStartUpNamingAUserNameThatCannotBeSentWithBasic() {
        runner.withPropertyValues(
                        "relay.console.users[0].name=o:ps",
                        "relay.console.users[0].password={noop}ops-password",
                        "relay.console.users[0].roles=viewer")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(fullMessage(context.getStartupFailure())).contains("users[0].name");
                });
    }

    @Test
    void printsUsersWithoutTheirPasswords() {
        ConsoleUser user = new ConsoleUser("ops", "{noop}ops-password", java.util.Set.of(ConsoleRole.ADMIN));

        assertThat(user.toString()).contains("ops").doesNotContain("ops-password");
        assertThat(new ConsoleProperties(
                                java.util.List.of(user),
                                false,
                                "order-relay-ingest",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null)
                        .toString())
                .doesNotContain("ops-password");
    }

    @Test
    void defaultsTheReplayQueuesToTheWorkersQueueNames() {
        runner.withPropertyValues(
                        "relay.console.users[0].name=ops",
                        "relay.console.users[0].password={noop}ops-password",
                        "relay.console.users[0].roles=support",
                        "relay.console.delivery-queues.ga4=staging-ga4")
                .run(context -> {
                    ConsoleProperties properties = context.getBean(ConsoleProperties.class);
                    assertThat(properties.ingestQueue()).isEqualTo("order-relay-ingest");
                    assertThat(properties.deliveryQueues().byKind())
                            .containsEntry("webhook", "order-relay-deliveries-webhook")
                            .containsEntry("ga4", "staging-ga4")
                            .containsEntry("segment", "order-relay-deliveries-segment")
                            .containsEntry("amplitude", "order-relay-deliveries-amplitude");
                    assertThat(properties.replay().pageSize()).isEqualTo(100);
                    assertThat(properties.replay().maxJobs()).isEqualTo(2);
                });
    }

    @Test
    void failsAtStartUpNamingAReplayPageSizeOutOfRange() {
        runner.withPropertyValues(
                        "relay.console.users[0].name=ops",
                        "relay.console.users[0].password={noop}ops-password",
                        "relay.console.users[0].roles=support",
                        "relay.console.replay.page-size=0")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(fullMessage(context.getStartupFailure())).contains("replay.pageSize");
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
    @EnableConfigurationProperties(ConsoleProperties.class)
    static class PropertiesOnly {}
}
