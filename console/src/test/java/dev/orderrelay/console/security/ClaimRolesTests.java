package dev.orderrelay.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;

class ClaimRolesTests {

    private final ClaimRoles roles = new ClaimRoles("roles");

    @Test
    void grantsARoleAndTheRolesItIncludesFromAList() {
        assertThat(authorities(Map.of("roles", List.of("support"))))
                .containsExactlyInAnyOrder("ROLE_VIEWER", "ROLE_SUPPORT");
    }

    @Test
    void readsASpaceSeparatedStringInAnyCase() {
        assertThat(authorities(Map.of("roles", "  Viewer   ADMIN ")))
                .containsExactlyInAnyOrder("ROLE_VIEWER", "ROLE_SUPPORT", "ROLE_ADMIN");
    }

    @Test
    void ignoresRolesItDoesNotKnowAndValuesThatAreNotText() {
        assertThat(authorities(Map.of("roles", List.of("owner", 7, "uma_authorization", "viewer"))))
                .containsExactly("ROLE_VIEWER");
    }

    @Test
    void grantsNothingWithoutTheClaim() {
        assertThat(authorities(Map.of("groups", List.of("admin")))).isEmpty();
        assertThat(authorities(Map.of("roles", Map.of("admin", true)))).isEmpty();
    }

    @Test
    void readsTheConfiguredClaim() {
        ClaimRoles custom = new ClaimRoles("https://relay.example/roles");

        assertThat(custom.authorities(Map.of("https://relay.example/roles", List.of("admin"), "roles", "viewer")))
                .extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_ADMIN");
    }

    @Test
    void namesThePersonByPreferredUserNameElseBySubject() {
        assertThat(ClaimRoles.name(Map.of("preferred_username", "sue"), "sub-1"))
                .isEqualTo("sue");
        assertThat(ClaimRoles.name(Map.of("preferred_username", " "), "sub-1")).isEqualTo("sub-1");
        assertThat(ClaimRoles.name(Map.of(), "client-7")).isEqualTo("client-7");
    }

    private Set<String> authorities(Map<String, Object> claims) {
        return roles.authorities(claims).stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
    }
}
