package dev.orderrelay.console;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.Set;

/**
 * One user of the console, as configured under {@code relay.console.users[n]}. Not a record, so the password
 * cannot reach a log line through {@link #toString()}.
 */
public final class ConsoleUser {

    /** The user name to send with HTTP Basic, e.g. {@code ops}; letters, digits, '.', '_', '@' and '-'. */
    @NotBlank
    @Pattern(regexp = "[A-Za-z0-9._@-]{1,64}", message = "must be 1-64 letters, digits, '.', '_', '@' or '-'")
    private final String name;

    /**
     * The password, encoded and prefixed for a delegating password encoder: {@code {bcrypt}$2a$10$...} in
     * production, {@code {noop}plain-text} for local runs only. Never logged.
     */
    @NotBlank
    private final String password;

    /** What the user may do: {@code viewer}, {@code support} and/or {@code admin}; roles are cumulative. */
    @NotEmpty
    private final Set<ConsoleRole> roles;

    public ConsoleUser(String name, String password, Set<ConsoleRole> roles) {
        this.name = name;
        this.password = password;
        this.roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public String name() {
        return name;
    }

    /** The encoded password; only the user directory reads it. */
    public String password() {
        return password;
    }

    public Set<ConsoleRole> roles() {
        return roles;
    }

    @Override
    public String toString() {
        return "ConsoleUser[name=" + name + ", roles=" + roles + ", password hidden]";
    }
}
