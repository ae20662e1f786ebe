package dev.orderrelay.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderrelay.console.security.TestIdentityProvider;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** A console that cannot work safely refuses to start, says which property to fix, and shows no password. */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureIntegrationTests {

    private static final String PLAIN_PASSWORD = "plain-pw-4e7d1b";

    @Test
    void refusesToStartWithoutUsersOrOidcNamingBothProperties() {
        Map<String, Object> properties = withoutUsers();

        assertThatThrownBy(() -> start(properties))
                .hasStackTraceContaining("relay.console.users")
                .hasStackTraceContaining("spring.security.oauth2.client.registration.");
    }

    @Test
    void startsWithOidcAloneAndOffersOnlyTheOrganisationsSignIn() {
        Map<String, Object> properties = withoutUsers();
        properties.putAll(TestIdentityProvider.shared().springProperties());

        try (ConfigurableApplicationContext console = run(properties)) {
            int port = console.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            String signIn = new PageSession(port).get("/console/sign-in").body();

            assertThat(signIn).contains("/console/oauth2/authorization/corp").doesNotContain("name=\"password\"");
        }
    }

    @Test
    void refusesAnOidcCallbackOutsideTheConsoleNamingTheProperty() {
        Map<String, Object> properties = ConsoleTestStack.properties();
        properties.put("relay.ledger.table-prefix", ConsoleTestStack.freshTablePrefix());
        properties.putAll(TestIdentityProvider.shared().springProperties());
        properties.put(
                "spring.security.oauth2.client.registration.corp.redirect-uri",
                "{baseUrl}/login/oauth2/code/{registrationId}");

        assertThatThrownBy(() -> start(properties))
                .hasStackTraceContaining("spring.security.oauth2.client.registration.corp.redirect-uri")
                .hasStackTraceContaining("/console/oauth2/code/");
    }

    @Test
    void refusesAPasswordWithoutItsEncodingPrefixAndDoesNotShowIt(CapturedOutput output) {
        Map<String, Object> properties = withoutUsers();
        properties.put("relay.console.users[0].name", "ops");
        properties.put("relay.console.users[0].password", PLAIN_PASSWORD);
        properties.put("relay.console.users[0].roles", "admin");

        Throwable failure = failureOf(properties);

        assertThat(stackTrace(failure))
                .contains("relay.console.users[0].password")
                .doesNotContain(PLAIN_PASSWORD);
        assertThat(output.getAll()).doesNotContain(PLAIN_PASSWORD);
    }

    @Test
    void refusesAUserWithoutRolesAndDoesNotShowItsPassword(CapturedOutput output) {
        Map<String, Object> properties = withoutUsers();
        properties.put("relay.console.users[0].name", "ops");
        properties.put("relay.console.users[0].password", "{noop}" + PLAIN_PASSWORD);

        Throwable failure = failureOf(properties);

        assertThat(stackTrace(failure))
                .contains("relay.console")
                .contains("roles")
                .doesNotContain(PLAIN_PASSWORD);
        assertThat(output.getAll()).doesNotContain(PLAIN_PASSWORD);
    }

    @Test
    void refusesAnUnknownRoleNamingTheProperty() {
        Map<String, Object> properties = withoutUsers();
        properties.put("relay.console.users[0].name", "ops");
        properties.put("relay.console.users[0].password", "{noop}" + PLAIN_PASSWORD);
        properties.put("relay.console.users[0].roles", "superuser");

        assertThatThrownBy(() -> start(properties)).hasStackTraceContaining("relay.console.users[0].roles");
    }

    @Test
    void refusesToStartWhenAReplayQueueIsMissingNamingTheProperty() {
        Map<String, Object> properties = ConsoleTestStack.properties();
        properties.put("relay.ledger.table-prefix", ConsoleTestStack.freshTablePrefix());
        properties.put("relay.console.delivery-queues.segment", "no-such-queue-3f9a");

        assertThatThrownBy(() -> start(properties))
                .hasStackTraceContaining("relay.console.delivery-queues.segment")
                .hasStackTraceContaining("no-such-queue-3f9a");
    }

    private static Map<String, Object> withoutUsers() {
        Map<String, Object> properties = ConsoleTestStack.properties();
        properties.keySet().removeIf(key -> key.startsWith("relay.console.users"));
        properties.put("relay.ledger.table-prefix", ConsoleTestStack.freshTablePrefix());
        return properties;
    }

    private static Throwable failureOf(Map<String, Object> properties) {
        try {
            start(properties);
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("the console started");
    }

    private static void start(Map<String, Object> properties) {
        run(properties).close();
    }

    private static ConfigurableApplicationContext run(Map<String, Object> properties) {
        properties.put("server.port", "0");
        properties.put("server.address", "127.0.0.1");
        properties.put("spring.main.banner-mode", "off");
        return new SpringApplicationBuilder(ConsoleApplication.class)
                .properties(properties)
                .run();
    }

    private static String stackTrace(Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }
}
