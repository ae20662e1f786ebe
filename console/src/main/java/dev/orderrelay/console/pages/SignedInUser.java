package dev.orderrelay.console.pages;

import dev.orderrelay.console.ConsoleRole;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who is signed in to a page, and what the page may offer them: a page shows a replay button only to support, and a
 * shop's settings form only to admin (the security chain refuses the request anyway; hiding what would be refused
 * is for the user's sake).
 *
 * @param name the user name, or the OIDC subject's preferred name
 * @param role the strongest role held, or {@code null} when the user holds none
 */
public record SignedInUser(String name, ConsoleRole role) {

    /** The user behind {@code authentication}, their strongest role read from its authorities. */
    public static SignedInUser of(Authentication authentication) {
        Set<String> authorities = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        ConsoleRole strongest = null;
        for (ConsoleRole role : ConsoleRole.values()) {
            if (authorities.contains(role.authority())) {
                strongest = role;
            }
        }
        return new SignedInUser(authentication.getName(), strongest);
    }

    /** Whether the user may replay and discard dead letters and start reconciliations. */
    public boolean canSupport() {
        return role != null && role.ordinal() >= ConsoleRole.SUPPORT.ordinal();
    }

    /** Whether the user may change a shop's configuration. */
    public boolean canAdmin() {
        return role == ConsoleRole.ADMIN;
    }

    /** The role's wire name for display, e.g. {@code support}. */
    public String roleName() {
        return role == null ? "no role" : role.name().toLowerCase(java.util.Locale.ROOT);
    }
}
