package dev.orderrelay.console.pages;

import dev.orderrelay.console.ConsoleRole;
import dev.orderrelay.console.security.OidcRolesUserService;
import dev.orderrelay.console.security.SignInMethods;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Secures the pages under {@code /console}: a browser signs in once and holds a session cookie, so, unlike the
 * stateless {@code /api}, every form and htmx request carries a CSRF token. The rules mirror the API's: a viewer
 * reads, support also replays and discards dead letters, starts reconciliations and reads the audit trail and a
 * dead letter's masked message, admin also changes shops. A session lives in the pod that created it: console pods
 * run behind a load balancer with session affinity (docs/adr/0008-console-pages.md); a lost session costs a
 * sign-in, never data.
 *
 * <p>People sign in with the form (configured users) and/or their organisation's OIDC provider, whichever is
 * configured ({@link SignInMethods}); OIDC's authorization and callback paths live under {@code /console} too.
 */
@Configuration(proxyBeanMethods = false)
class ConsolePageSecurityConfiguration {

    /** After the API's chain, before any catch-all chain of the hosting application. */
    static final int PAGE_CHAIN_ORDER = 20;

    /** Scripts and styles come from the console itself: nothing inline, nothing from elsewhere. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

    /**
     * The API explorer's policy. Swagger UI is a React application that sets inline {@code style} attributes on
     * its elements, which {@code style-src 'self'} blocks (its panels would not open); scripts stay {@code 'self'}
     * only, so an injected script still cannot run. Only the explorer's own paths get this.
     */
    private static final String EXPLORER_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none';"
            + " form-action 'self'; base-uri 'none'";

    @Bean
    @Order(PAGE_CHAIN_ORDER)
    SecurityFilterChain consolePages(HttpSecurity http, SignInMethods signIn, OidcRolesUserService oidcUsers)
            throws Exception {
        http.securityMatcher(ConsolePaths.ROOT, ConsolePaths.ROOT + "/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                ConsolePaths.SIGN_IN, ConsolePaths.ASSETS + "/**", ConsolePaths.WEBJARS + "/**")
                        .permitAll()
                        .requestMatchers(ConsolePaths.FORBIDDEN)
                        .authenticated()
                        .requestMatchers(HttpMethod.GET, ConsolePages.SUPPORT_READS)
                        .hasRole(ConsoleRole.SUPPORT.name())
                        .requestMatchers(HttpMethod.GET, ConsolePaths.ROOT, ConsolePaths.ROOT + "/**")
                        .hasRole(ConsoleRole.VIEWER.name())
                        .requestMatchers(HttpMethod.POST, ConsolePages.SUPPORT_ACTIONS)
                        .hasRole(ConsoleRole.SUPPORT.name())
                        .anyRequest()
                        .hasRole(ConsoleRole.ADMIN.name()))
                .logout(logout ->
                        logout.logoutUrl(ConsolePaths.SIGN_OUT).logoutSuccessUrl(ConsolePaths.SIGN_IN + "?signed-out"))
                .exceptionHandling(exceptions -> exceptions.accessDeniedPage(ConsolePaths.FORBIDDEN))
                .headers(headers -> headers.addHeaderWriter(contentSecurityPolicy())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        if (signIn.passwords()) {
            http.formLogin(form -> form.loginPage(ConsolePaths.SIGN_IN)
                    .loginProcessingUrl(ConsolePaths.SIGN_IN)
                    .defaultSuccessUrl(ConsolePaths.ROOT)
                    .failureUrl(ConsolePaths.SIGN_IN + "?failed"));
        }
        if (signIn.oidc()) {
            http.oauth2Login(login -> login.loginPage(ConsolePaths.SIGN_IN)
                    .authorizationEndpoint(endpoint -> endpoint.baseUri(SignInMethods.OIDC_AUTHORIZATION))
                    .redirectionEndpoint(endpoint -> endpoint.baseUri(SignInMethods.OIDC_CALLBACK + "/*"))
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUsers))
                    .defaultSuccessUrl(ConsolePaths.ROOT)
                    .failureUrl(ConsolePaths.SIGN_IN + "?oidc-failed"));
        }
        return http.build();
    }

    /** The strict policy everywhere but the API explorer, which gets its own (see above). */
    private static HeaderWriter contentSecurityPolicy() {
        RequestMatcher explorer = PathPatternRequestMatcher.withDefaults().matcher(ConsolePaths.API_EXPLORER + "/**");
        HeaderWriter strict = new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY);
        HeaderWriter relaxed = new ContentSecurityPolicyHeaderWriter(EXPLORER_CONTENT_SECURITY_POLICY);
        return (request, response) -> (explorer.matches(request) ? relaxed : strict).writeHeaders(request, response);
    }
}
