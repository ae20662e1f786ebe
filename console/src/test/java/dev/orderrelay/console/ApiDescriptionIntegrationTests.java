package dev.orderrelay.console;

import static dev.orderrelay.console.ConsoleApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/** The OpenAPI description of /api, for tools at /api/openapi.json and for the explorer under /console/api. */
@ConsoleIntegrationTest
class ApiDescriptionIntegrationTests {

    private static final String DESCRIPTION = "/api/openapi.json";

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void describesEveryRouteTheApplicationMapsUnderApiAndNothingElse() {
        Set<String> mapped = MappedRoutes.under(mapping, "/api/");
        mapped.remove("GET " + DESCRIPTION);

        assertThat(described(viewerDescription())).isEqualTo(mapped);
    }

    @Test
    void declaresBasicAuthenticationAndNoBearerWhereNoIssuerIsConfigured() {
        JsonNode description = viewerDescription();

        JsonNode schemes = description.get("components").get("securitySchemes");
        assertThat(schemes.get("basic").get("scheme").asString()).isEqualTo("basic");
        assertThat(schemes.has("bearer")).isFalse();
        assertThat(description.get("security").get(0).has("basic")).isTrue();
        assertThat(description.get("info").get("title").asString()).isEqualTo("order-relay console API");
        assertThat(description.get("info").get("version").asString()).isNotBlank();
    }

    @Test
    void declaresProblemDetailsForTheErrorsEveryOperationCanAnswer() {
        JsonNode description = viewerDescription();

        description
                .get("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    JsonNode responses = operation.getValue().get("responses");
                    for (String status : new String[] {"401", "403"}) {
                        assertThat(responses.get(status).get("content").has("application/problem+json"))
                                .as(operation.getKey() + " " + path.getKey() + " " + status)
                                .isTrue();
                    }
                }));
        JsonNode deadLetters =
                description.get("paths").get("/api/dead-letters").get("get").get("responses");
        assertThat(deadLetters.has("400")).isTrue();
        JsonNode problem =
                description.get("components").get("schemas").get("Problem").get("properties");
        assertThat(problem.has("code")).isTrue();
        assertThat(problem.has("errors")).isTrue();
    }

    @Test
    void servesTheExplorerUnderTheConsoleWithTheSameDescriptionAndARelaxedStylePolicyOnlyThere() {
        PageSession viewer = PageSession.signedIn(port, ConsoleTestStack.VIEWER, ConsoleTestStack.VIEWER_PASSWORD);

        HttpResponse<String> link = viewer.get("/console/api");
        assertThat(link.statusCode()).isEqualTo(302);
        String explorer = link.headers().firstValue("Location").orElseThrow();
        assertThat(explorer).endsWith("/console/api/swagger-ui/index.html");

        HttpResponse<String> page = viewer.get(
                java.net.URI.create(explorer.startsWith("http") ? explorer : "http://127.0.0.1:" + port + explorer));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp ->
                        assertThat(csp).contains("script-src 'self';").contains("style-src 'self' 'unsafe-inline'"));

        String initializer =
                viewer.get("/console/api/swagger-ui/swagger-initializer.js").body();
        assertThat(initializer).contains("/console/api/openapi.json/swagger-config");
        JsonNode config =
                json(viewer.get("/console/api/openapi.json/swagger-config").body());
        assertThat(config.get("url").asString()).isEqualTo("/console/api/openapi.json");
        HttpResponse<String> pageDescription = viewer.get("/console/api/openapi.json");
        assertThat(pageDescription.statusCode()).isEqualTo(200);
        assertThat(described(json(pageDescription.body()))).isEqualTo(described(viewerDescription()));
    }

    @Test
    void keepsTheStrictPolicyOnEveryOtherPage() {
        HttpResponse<String> signIn = new PageSession(port).get("/console/sign-in");

        assertThat(signIn.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(
                        csp -> assertThat(csp).contains("style-src 'self';").doesNotContain("unsafe"));
    }

    @Test
    void sendsAnonymousExplorerVisitorsToSignIn() {
        HttpResponse<String> response = new PageSession(port).get("/console/api/openapi.json");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/console/sign-in"));
    }

    private JsonNode viewerDescription() {
        HttpResponse<String> response = ConsoleApiClient.as(
                        port, ConsoleTestStack.VIEWER, ConsoleTestStack.VIEWER_PASSWORD)
                .get(DESCRIPTION);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    private static Set<String> described(JsonNode description) {
        Set<String> routes = new TreeSet<>();
        description
                .get("paths")
                .properties()
                .forEach(path -> path.getValue()
                        .propertyNames()
                        .forEach(method -> routes.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        return routes;
    }
}
