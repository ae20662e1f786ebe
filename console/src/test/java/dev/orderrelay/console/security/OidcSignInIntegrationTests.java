package dev.orderrelay.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.console.PageSession;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A person signs in to the pages through the organisation's OIDC provider: the console redirects to the provider,
 * the provider (this test, in its place) sends the browser back with a code, the console redeems it at the token
 * endpoint (WireMock), checks the ID token and takes the roles from its claim.
 */
@OidcIntegrationTest
class OidcSignInIntegrationTests {

    @LocalServerPort
    int port;

    private final TestIdentityProvider provider = TestIdentityProvider.shared();

    @Test
    void offersTheOrganisationsSignInBesideTheFormOnTheSignInPage() {
        PageSession browser = new PageSession(port);

        HttpResponse<String> console = browser.get("/console");
        assertThat(console.statusCode()).isEqualTo(302);
        assertThat(console.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/console/sign-in"));
        String page = browser.get("/console/sign-in").body();

        assertThat(page).contains("Sign in with your organisation").contains("/console/oauth2/authorization/corp");
        assertThat(page).contains("name=\"password\"");
    }

    @Test
    void signsInWithTheRoleOfTheIdTokensClaim() {
        PageSession browser = signIn("sue.support", List.of("support"));

        HttpResponse<String> explorer = browser.get("/console/api");
        assertThat(explorer.statusCode()).isEqualTo(302);
        assertThat(explorer.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/console/api/swagger-ui/"));
        String forbiddenPage = browser.get("/console/forbidden").body();
        assertThat(forbiddenPage).contains("sue.support").contains(">support<");
    }

    @Test
    void signsInAPersonWithoutAConsoleRoleButRefusesThemEveryPage() {
        PageSession browser = signIn("newcomer", List.of("offline_access"));

        HttpResponse<String> overview = browser.get("/console/api");

        assertThat(overview.statusCode()).isEqualTo(403);
        assertThat(overview.body()).contains("Not allowed").contains("newcomer");
    }

    @Test
    void refusesACallbackWhoseStateTheConsoleNeverIssued() {
        PageSession browser = new PageSession(port);
        browser.get("/console/oauth2/authorization/corp");

        HttpResponse<String> callback =
                browser.get("/console/oauth2/code/corp?code=" + UUID.randomUUID() + "&state=forged");

        assertThat(callback.statusCode()).isEqualTo(302);
        assertThat(callback.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/console/sign-in?oidc-failed"));
        assertThat(browser.get("/console/api").statusCode()).isEqualTo(302);
    }

    /**
     * Follows the sign-in as a browser would: the console's redirect to the provider's authorize endpoint carries
     * state, nonce and the callback; the provider would authenticate the person and redirect back with a code.
     */
    private PageSession signIn(String user, Object roles) {
        PageSession browser = new PageSession(port);
        HttpResponse<String> start = browser.get("/console/oauth2/authorization/corp");
        assertThat(start.statusCode()).isEqualTo(302);
        URI authorize = URI.create(start.headers().firstValue("Location").orElseThrow());
        assertThat(authorize.toString()).startsWith(provider.issuer() + "/authorize");
        Map<String, String> query =
                UriComponentsBuilder.fromUri(authorize).build().getQueryParams().toSingleValueMap();
        assertThat(query).containsEntry("client_id", TestIdentityProvider.CLIENT_ID);
        String code = UUID.randomUUID().toString();
        provider.willRedeem(code, user, roles, decode(query.get("nonce")));

        URI callback = UriComponentsBuilder.fromUriString(decode(query.get("redirect_uri")))
                .queryParam("code", code)
                .queryParam("state", decode(query.get("state")))
                .build()
                .encode()
                .toUri();
        HttpResponse<String> landed = browser.get(callback);

        assertThat(landed.statusCode()).isEqualTo(302);
        assertThat(landed.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/console"));
        return browser;
    }

    private static String decode(String value) {
        return java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
