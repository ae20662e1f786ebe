package dev.orderrelay.console.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns a validated JWT on {@code /api} into a console user: roles from the configured claim (not the token's
 * scopes, which name what a client may ask for, not what a person may do) and the name the audit trail records.
 * Not a bean: Spring MVC would register a {@code Converter} bean for request binding.
 */
final class BearerTokenRoles implements Converter<Jwt, AbstractAuthenticationToken> {

    private final ClaimRoles roles;

    BearerTokenRoles(ClaimRoles roles) {
        this.roles = roles;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        return new JwtAuthenticationToken(
                jwt, roles.authorities(jwt.getClaims()), ClaimRoles.name(jwt.getClaims(), jwt.getSubject()));
    }
}
