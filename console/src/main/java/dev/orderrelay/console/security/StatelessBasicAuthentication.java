package dev.orderrelay.console.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.stereotype.Component;

/**
 * How every console filter chain authenticates: HTTP Basic on each request, no session (so nothing to steal or
 * fixate, and any pod serves any request), no CSRF token (no cookie authenticates a request, so a forged
 * cross-site request has no credentials to ride on), and refusals as problem details.
 */
@Component
public final class StatelessBasicAuthentication {

    private final SecurityProblemResponder responder;

    StatelessBasicAuthentication(SecurityProblemResponder responder) {
        this.responder = responder;
    }

    /** Applies the above to {@code http}; the caller adds its request rules and builds the chain. */
    public HttpSecurity applyTo(HttpSecurity http) throws Exception {
        return http.httpBasic(
                        basic -> basic.realmName(SecurityProblemResponder.REALM).authenticationEntryPoint(responder))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(responder).accessDeniedHandler(responder))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable);
    }
}
