package dev.orderrelay.console;

import static dev.orderrelay.console.ConsoleApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.console.ApiRoutes.Route;
import dev.orderrelay.ledger.parked.ParkedEvents;
import dev.orderrelay.ledger.shops.ShopRegistry;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * The security and validation contract of every {@code /api} route, driven by {@link ApiRoutes} and checked against
 * the routes the application really maps: 401 without credentials, 403 for the role just below the weakest
 * allowed, the weakest allowed let through, 400 naming the field for a bad filter or body.
 */
@ConsoleIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiRouteIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    ShopRegistry registry;

    @Autowired
    ParkedEvents parked;

    private RouteFixture fixture;

    @BeforeAll
    void fixture() {
        fixture = RouteFixture.create(port, registry, parked);
    }

    @Test
    void listsEveryRouteTheApplicationMapsUnderApi() {
        Set<String> mapped = MappedRoutes.under(mapping, "/api/");

        assertThat(ApiRoutes.byKey().keySet())
                .as("a route under /api without a row in ApiRoutes: add it with its weakest role and bad input")
                .containsAll(mapped);
        assertThat(mapped)
                .as("a row in ApiRoutes for a route the application no longer maps")
                .containsAll(ApiRoutes.byKey().keySet());
    }

    /** Every mapped route, listed or not yet: the chain must close it to anonymous callers. */
    @TestFactory
    Stream<DynamicTest> refusesEveryRouteWithoutCredentials() {
        return MappedRoutes.under(mapping, "/api/").stream()
                .map(route -> DynamicTest.dynamicTest(route, () -> {
                    HttpResponse<String> response =
                            send(ConsoleApiClient.anonymous(port), MappedRoutes.method(route), expand(route), "{}");

                    assertThat(response.statusCode()).isEqualTo(401);
                    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                    assertThat(json(response).get("code").asString()).isEqualTo("unauthenticated");
                }));
    }

    @TestFactory
    Stream<DynamicTest> refusesTheRoleJustBelowTheWeakestAllowed() {
        return ApiRoutes.ALL.stream()
                .filter(route -> route.role().weaker() != null)
                .map(route -> DynamicTest.dynamicTest(
                        route.key() + " as " + route.role().weaker(), () -> {
                            HttpResponse<String> response = send(
                                    route.role().weaker().client(port),
                                    route.method().name(),
                                    expand(route.key()),
                                    body(route));

                            assertThat(response.statusCode()).isEqualTo(403);
                            assertThat(json(response).get("code").asString()).isEqualTo("forbidden");
                        }));
    }

    @TestFactory
    Stream<DynamicTest> letsTheWeakestAllowedRoleThrough() {
        return ApiRoutes.ALL.stream()
                .map(route -> DynamicTest.dynamicTest(route.key() + " as " + route.role(), () -> {
                    HttpResponse<String> response =
                            send(route.role().client(port), route.method().name(), expand(route.key()), body(route));

                    // Whatever the route answers (found, not found, conflict), security let it decide.
                    assertThat(response.statusCode()).as(response.body()).isNotIn(401, 403);
                    assertThat(response.statusCode()).as(response.body()).isLessThan(500);
                }));
    }

    @TestFactory
    Stream<DynamicTest> refusesABadFilterOrBodyNamingTheField() {
        return ApiRoutes.ALL.stream()
                .filter(route -> route.badInput() != null)
                .map(route -> DynamicTest.dynamicTest(
                        route.key() + " bad " + route.badInput().field(), () -> {
                            ApiRoutes.BadInput bad = route.badInput();
                            HttpResponse<String> response = send(
                                    route.role().client(port),
                                    route.method().name(),
                                    bad.path().apply(fixture),
                                    bad.body());

                            assertThat(response.statusCode())
                                    .as(response.body())
                                    .isEqualTo(400);
                            assertThat(response.headers().firstValue("Content-Type"))
                                    .hasValue("application/problem+json");
                            JsonNode problem = json(response);
                            assertThat(problem.get("detail").asString()).contains(bad.field());
                            assertThat(fields(problem)).contains(bad.field());
                        }));
    }

    private String expand(String route) {
        return fixture.expand(MappedRoutes.pattern(route));
    }

    private static String body(Route route) {
        return Objects.requireNonNullElse(route.body(), "");
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        if (problem.has("errors")) {
            problem.get("errors").forEach(error -> fields.add(error.get("field").asString()));
        }
        return fields;
    }

    private static HttpResponse<String> send(ConsoleApiClient client, String method, String path, String body) {
        boolean noBody = body == null || body.isEmpty() || "GET".equals(method);
        return client.method(method, path, noBody ? null : body);
    }
}
