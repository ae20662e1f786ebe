package dev.orderrelay.console.security;

import java.util.Map;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Loads a person signed in with OIDC as Spring Security's own service does (ID token checked, user info fetched
 * when the provider offers it), then replaces the authorities: the console's roles from the configured claim, and
 * nothing else, so a provider's scopes never pass for a console role. The name shown and audited is the
 * {@code preferred_username} claim when present, else the subject.
 */
@Component
public final class OidcRolesUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final ClaimRoles roles;

    OidcRolesUserService(ClaimRoles roles) {
        this.roles = roles;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser loaded = delegate.loadUser(request);
        // ID token and user info claims together: some providers put roles only in user info.
        Map<String, Object> claims = loaded.getClaims();
        String nameClaim = ClaimRoles.name(claims, null) == null ? IdTokenClaimNames.SUB : ClaimRoles.PREFERRED_NAME;
        return new DefaultOidcUser(roles.authorities(claims), loaded.getIdToken(), loaded.getUserInfo(), nameClaim);
    }
}
