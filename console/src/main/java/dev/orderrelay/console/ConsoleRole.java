package dev.orderrelay.console;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a console user may do. Roles are cumulative: each includes the ones before it, so {@code admin} can do
 * all that {@code support} and {@code viewer} can.
 */
public enum ConsoleRole {
    /** Reads everything under {@code /api} (GET). */
    VIEWER,
    /**
     * Also acts on dead letters (replay, discard), asks for reconciliation runs (they spend Admin API points and
     * requeue orders), and reads what names staff or may hold customer data: the audit trail, replay job progress,
     * one dead letter's masked message, the exports answering customers' data requests.
     */
    SUPPORT,
    /** Also changes shop configuration. */
    ADMIN;

    /** The Spring Security authority of this role alone, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The authorities a user with this role holds: its own and those of every role it includes. */
    public Set<String> grantedAuthorities() {
        return Arrays.stream(values())
                .filter(role -> role.ordinal() <= ordinal())
                .map(ConsoleRole::authority)
                .collect(Collectors.toUnmodifiableSet());
    }
}
