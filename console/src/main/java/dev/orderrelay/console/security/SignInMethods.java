package dev.orderrelay.console.security;

import dev.orderrelay.console.ConsoleProperties;
import dev.orderrelay.console.pages.ConsolePaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.stereotype.Component;

/**
 * Which ways of signing in this console offers, decided once at start-up from what is configured: passwords of
 * configured users ({@code relay.console.users}), OIDC sign-in to the pages (a Spring Boot OAuth2 client
 * registration), bearer tokens on {@code /api} (a resource-server JWT issuer or key set). Refuses to start a console
 * nobody could sign in to, or an OIDC registration whose callback the page chain would never see, naming the
 * property to set.
 */
@Component
public final class SignInMethods {

    /** Where the pages send a browser to start an OIDC sign-in: this plus {@code /<registration id>}. */
    public static final String OIDC_AUTHORIZATION = ConsolePaths.ROOT + "/oauth2/authorization";

    /** Where the provider sends the browser back: this plus {@code /<registration id>}, under the page chain. */
    public static final String OIDC_CALLBACK = ConsolePaths.ROOT + "/oauth2/code";

    private static final Logger log = LoggerFactory.getLogger(SignInMethods.class);
    private static final String REGISTRATION = "spring.security.oauth2.client.registration.";

    private final boolean passwords;
    private final List<ClientRegistration> registrations;
    private final boolean bearerTokens;

    SignInMethods(
            ConsoleProperties properties,
            ObjectProvider<ClientRegistrationRepository> clients,
            ObjectProvider<JwtDecoder> jwtDecoder) {
        this.passwords = !properties.users().isEmpty();
        this.registrations = registrations(clients.getIfAvailable());
        this.bearerTokens = jwtDecoder.getIfAvailable() != null;
        if (!passwords && registrations.isEmpty()) {
            throw new IllegalStateException("nobody can sign in to the console: configure users"
                    + " (relay.console.users[0].name, .password and .roles; there is no default user outside the"
                    + " local profile) or an OIDC provider (" + REGISTRATION + "<id>.client-id, .client-secret and"
                    + " spring.security.oauth2.client.provider.<id>.issuer-uri)");
        }
        registrations.forEach(SignInMethods::check);
        if (registrations.size() > 1) {
            log.warn(
                    "{} OIDC registrations are configured; the sign-in page offers the first, {}",
                    registrations.size(),
                    registrations.getFirst().getRegistrationId());
        }
    }

    /** Whether configured users sign in with a password (the sign-in form, HTTP Basic on {@code /api}). */
    public boolean passwords() {
        return passwords;
    }

    /** Whether OIDC sign-in to the pages is configured. */
    public boolean oidc() {
        return !registrations.isEmpty();
    }

    /** Whether {@code /api} accepts bearer tokens (JWTs of the configured issuer). */
    public boolean bearerTokens() {
        return bearerTokens;
    }

    /** The page that starts the OIDC sign-in, e.g. {@code /console/oauth2/authorization/corp}, if configured. */
    public Optional<String> oidcSignIn() {
        return registrations.stream()
                .findFirst()
                .map(registration -> OIDC_AUTHORIZATION + "/" + registration.getRegistrationId());
    }

    private static List<ClientRegistration> registrations(ClientRegistrationRepository clients) {
        List<ClientRegistration> found = new ArrayList<>();
        if (clients instanceof Iterable<?> iterable) {
            iterable.forEach(registration -> found.add((ClientRegistration) registration));
        }
        return found.stream()
                .filter(registration ->
                        AuthorizationGrantType.AUTHORIZATION_CODE.equals(registration.getAuthorizationGrantType()))
                .toList();
    }

    /**
     * The callback must come back under {@code /console}, where the page chain handles it: Spring's default
     * ({@code {baseUrl}/login/oauth2/code/...}) would land outside it. And the scope must ask for an ID token, whose
     * claim carries the roles.
     */
    private static void check(ClientRegistration registration) {
        String id = registration.getRegistrationId();
        String redirect = registration.getRedirectUri();
        if (redirect == null
                || !(redirect.endsWith(OIDC_CALLBACK + "/{registrationId}")
                        || redirect.endsWith(OIDC_CALLBACK + "/" + id))) {
            throw new IllegalStateException(REGISTRATION + id + ".redirect-uri must be {baseUrl}" + OIDC_CALLBACK
                    + "/{registrationId} (or an absolute URL ending in " + OIDC_CALLBACK + "/" + id
                    + ", registered with the provider), so the console's pages receive the sign-in; it is "
                    + redirect);
        }
        if (!registration.getScopes().contains(OidcScopes.OPENID)) {
            throw new IllegalStateException(REGISTRATION + id + ".scope must include openid (e.g. openid,profile):"
                    + " the console reads the roles from the ID token; it is " + registration.getScopes());
        }
    }
}
