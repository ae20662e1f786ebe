package dev.orderrelay.console;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the console role. Checks that involve passwords (their encoding, unique user names) run when the
 * users are loaded, not in a constructor here: a constructor that throws while binding makes Spring Boot's
 * start-up report print the value of the last property it bound, which may be a password.
 *
 * @param users who may sign in to the console with HTTP Basic, and with which roles; at least one. There is no
 *     default user: only the local profile of the one-process run configures one
 * @param allowHttpDestinations whether a webhook destination may use a plain {@code http://} URL; off in
 *     production, on in local mode where the simulated destinations listen on 127.0.0.1 without TLS
 */
@Validated
@ConfigurationProperties("relay.console")
public record ConsoleProperties(
        @NotEmpty(
                message = "no console user is configured: set relay.console.users[0].name, .password and"
                        + " .roles (there is no default user outside the local profile)")
        List<@Valid ConsoleUser> users,

        @DefaultValue("false") boolean allowHttpDestinations) {

    public ConsoleProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }
}
