package dev.orderrelay.console.security;

import dev.orderrelay.console.ConsoleRole;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Reads console roles from the claims the organisation's identity provider signed: an OIDC ID token at sign-in, a
 * JWT access token on {@code /api}. Both read the same claim ({@code relay.console.oidc.roles-claim}), so a person
 * holds the same role in the pages and with a token. Values are {@code viewer}, {@code support} and {@code admin}
 * in any case, as a JSON list or a space-separated string (both shapes are common among providers); anything else
 * is ignored rather than refused, because providers put unrelated roles in the same claim. No known role means no
 * authority: the person is signed in and refused everything.
 */
public final class ClaimRoles {

    /** The claim read unless configured otherwise. */
    public static final String DEFAULT_CLAIM = "roles";

    /** The claim naming a person for display and the audit trail, where the provider sends it. */
    static final String PREFERRED_NAME = "preferred_username";

    private final String claim;

    /** Reads roles from {@code claim}, e.g. {@code roles}. */
    public ClaimRoles(String claim) {
        this.claim = claim;
    }

    /** The configured claim's name, for messages. */
    public String claim() {
        return claim;
    }

    /** The authorities the claims grant: every role named, with the roles each includes. */
    public Set<GrantedAuthority> authorities(Map<String, Object> claims) {
        Set<String> authorities = new TreeSet<>();
        for (String value : values(claims.get(claim))) {
            ConsoleRole role = role(value);
            if (role != null) {
                authorities.addAll(role.grantedAuthorities());
            }
        }
        return authorities.stream()
                .map(SimpleGrantedAuthority::new)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * Who the claims name, as the audit trail records it: {@code preferred_username} when the provider sends it
     * (readable for people), else the subject (a machine client's id for client-credentials tokens).
     */
    public static String name(Map<String, Object> claims, String subject) {
        Object preferred = claims.get(PREFERRED_NAME);
        if (preferred instanceof String text && !text.isBlank()) {
            return text;
        }
        return subject;
    }

    private static Collection<String> values(Object value) {
        if (value instanceof String text) {
            return List.of(text.trim().split("\\s+"));
        }
        if (value instanceof Collection<?> list) {
            return list.stream()
                    .filter(String.class::isInstance)
                    .map(String.class::cast)
                    .toList();
        }
        return List.of();
    }

    private static ConsoleRole role(String value) {
        for (ConsoleRole role : ConsoleRole.values()) {
            if (role.name().equals(value.trim().toUpperCase(Locale.ROOT))) {
                return role;
            }
        }
        return null;
    }
}
