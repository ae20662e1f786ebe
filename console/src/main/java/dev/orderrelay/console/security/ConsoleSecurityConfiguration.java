package dev.orderrelay.console.security;

import dev.orderrelay.console.ConsoleProperties;
import dev.orderrelay.console.ConsoleRole;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Secures {@code /api/**}: any configured user may read (GET), support may also act on dead letters and ask for a
 * reconciliation run (it spends the shops' Admin API points and requeues orders, so a read-only viewer may not),
 * admin may do anything else, such as replacing a shop's configuration. A few reads are support's too: one dead letter's
 * message (masked by a deny-list, which is a best effort), replay job progress and the audit trail (both name the
 * staff who acted; support needs them to see what colleagues already replayed or discarded, a read-only viewer
 * does not). Data-request exports ({@code /api/privacy/**}) need support too: they are a customer's personal data,
 * unmasked. Paths outside {@code /api} are left to the application that hosts the console.
 *
 * <p>Callers authenticate with HTTP Basic as a configured user or, where a JWT issuer is configured
 * ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri} or {@code .jwk-set-uri}), with
 * {@code Authorization: Bearer <JWT>} whose roles claim ({@code relay.console.oidc.roles-claim}) grants the same
 * roles. Either way the chain stays stateless.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurityConfiguration {

    /** Before any catch-all chain of the hosting application. */
    static final int API_CHAIN_ORDER = 10;

    @Bean
    @Order(API_CHAIN_ORDER)
    SecurityFilterChain consoleApi(
            HttpSecurity http,
            StatelessBasicAuthentication basic,
            SignInMethods signIn,
            ClaimRoles claimRoles,
            SecurityProblemResponder responder)
            throws Exception {
        basic.applyTo(http.securityMatcher("/api/**"));
        if (signIn.bearerTokens()) {
            // Beside Basic, not instead: tools keep their configured users. A bad or expired token is a 401 problem
            // like a wrong password; the token is read from the Authorization header only, never a cookie or query.
            http.oauth2ResourceServer(resourceServer -> resourceServer
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(new BearerTokenRoles(claimRoles)))
                    .authenticationEntryPoint(responder)
                    .accessDeniedHandler(responder));
        }
        return http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                HttpMethod.GET,
                                "/api/audit",
                                "/api/audit/**",
                                "/api/dead-letters/*",
                                "/api/dead-letters/replays/**",
                                "/api/privacy/**")
                        .hasRole(ConsoleRole.SUPPORT.name())
                        .requestMatchers(
                                HttpMethod.HEAD,
                                "/api/audit",
                                "/api/audit/**",
                                "/api/dead-letters/*",
                                "/api/dead-letters/replays/**",
                                "/api/privacy/**")
                        .hasRole(ConsoleRole.SUPPORT.name())
                        .requestMatchers(HttpMethod.GET, "/api/**")
                        .hasRole(ConsoleRole.VIEWER.name())
                        .requestMatchers(HttpMethod.HEAD, "/api/**")
                        .hasRole(ConsoleRole.VIEWER.name())
                        .requestMatchers(HttpMethod.POST, "/api/dead-letters/**", "/api/reconciliations")
                        .hasRole(ConsoleRole.SUPPORT.name())
                        .anyRequest()
                        .hasRole(ConsoleRole.ADMIN.name()))
                .build();
    }

    /** Roles from the identity provider's tokens, read alike for OIDC sign-in and bearer tokens. */
    @Bean
    ClaimRoles consoleClaimRoles(ConsoleProperties properties) {
        return new ClaimRoles(properties.oidc().rolesClaim());
    }

    /** The configured users; being a bean, it also keeps Spring Boot from generating (and logging) a password. */
    @Bean
    UserDetailsService consoleUsers(ConsoleProperties properties) {
        return new InMemoryUserDetailsManager(ConfiguredUsers.load(properties.users()));
    }

    /** Reads the {@code {bcrypt}} or {@code {noop}} prefix of each configured password. */
    @Bean
    PasswordEncoder consolePasswordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
