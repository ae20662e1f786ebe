package dev.orderrelay.console;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpMethod;

/**
 * Every route under {@code /api}, with who may call it and, where it takes filters or a body, an input it must refuse.
 * {@code ApiRouteIntegrationTests} compares this table with the routes the application maps: a route added without
 * a row here fails the build until someone decides its role and its bad input.
 */
final class ApiRoutes {

    /**
     * One route and what its tests need.
     *
     * @param method and {@code pattern}: as mapped, e.g. {@code GET /api/shops/{shop}}
     * @param role the weakest role allowed
     * @param body a request body that passes validation (for PUT/POST routes that read one), or null
     * @param badInput an input naming one field the route must refuse with 400, or null where it takes none
     */
    record Route(HttpMethod method, String pattern, ConsoleTestRole role, String body, BadInput badInput) {

        String key() {
            return method.name() + " " + pattern;
        }
    }

    /**
     * A request the route must refuse with 400 naming {@code field}.
     *
     * @param path the path and query, from the fixture
     * @param body the body to send, or null
     */
    record BadInput(Function<RouteFixture, String> path, String body, String field) {}

    /** The test users by role, weakest first. */
    enum ConsoleTestRole {
        VIEWER(ConsoleTestStack.VIEWER, ConsoleTestStack.VIEWER_PASSWORD),
        SUPPORT(ConsoleTestStack.SUPPORT, ConsoleTestStack.SUPPORT_PASSWORD),
        ADMIN(ConsoleTestStack.ADMIN, ConsoleTestStack.ADMIN_PASSWORD);

        private final String user;
        private final String password;

        ConsoleTestRole(String user, String password) {
            this.user = user;
            this.password = password;
        }

        ConsoleApiClient client(int port) {
            return ConsoleApiClient.as(port, user, password);
        }

        /** The role just below this one, or null for the weakest. */
        ConsoleTestRole weaker() {
            return ordinal() == 0 ? null : values()[ordinal() - 1];
        }
    }

    private static final String SHOP_BODY = "{\"status\": \"ACTIVE\", \"destinations\": []}";

    static final List<Route> ALL = List.of(
            read("/api/shops/{shop}"),
            new Route(
                    HttpMethod.PUT,
                    "/api/shops/{shop}",
                    ConsoleTestRole.ADMIN,
                    SHOP_BODY,
                    new BadInput(f -> "/api/shops/" + f.shop(), "{\"status\": \"CLOSED\"}", "status")),
            new Route(
                    HttpMethod.GET,
                    "/api/shops/{shop}/throughput",
                    ConsoleTestRole.VIEWER,
                    null,
                    new BadInput(f -> "/api/shops/" + f.shop() + "/throughput?from=yesterday", null, "from")),
            read("/api/shops/{shop}/orders/{orderId}"),
            new Route(
                    HttpMethod.GET,
                    "/api/dead-letters",
                    ConsoleTestRole.VIEWER,
                    null,
                    new BadInput(f -> "/api/dead-letters?shop=" + f.shop() + "&stage=sideways", null, "stage")),
            supportRead("/api/dead-letters/{id}"),
            new Route(HttpMethod.POST, "/api/dead-letters/{id}/replay", ConsoleTestRole.SUPPORT, null, null),
            new Route(
                    HttpMethod.POST,
                    "/api/dead-letters/{id}/discard",
                    ConsoleTestRole.SUPPORT,
                    "{\"reason\": \"route test\"}",
                    new BadInput(f -> "/api/dead-letters/" + f.deadLetter() + "/discard", "{}", "reason")),
            new Route(
                    HttpMethod.POST,
                    "/api/dead-letters/replay",
                    ConsoleTestRole.SUPPORT,
                    null,
                    new BadInput(
                            f -> "/api/dead-letters/replay?dryRun=true&shop=" + f.shop() + "&stage=sideways",
                            null,
                            "stage")),
            supportRead("/api/dead-letters/replays/{jobId}"),
            new Route(
                    HttpMethod.GET,
                    "/api/audit",
                    ConsoleTestRole.SUPPORT,
                    null,
                    new BadInput(f -> "/api/audit?limit=lots", null, "limit")),
            new Route(
                    HttpMethod.POST,
                    "/api/reconciliations",
                    ConsoleTestRole.SUPPORT,
                    "{}",
                    new BadInput(
                            f -> "/api/reconciliations",
                            "{\"from\": \"yesterday\", \"to\": \"2026-01-01T00:00:00Z\"}",
                            "from")),
            read("/api/reconciliations/{id}"),
            supportRead("/api/privacy/shops/{shop}/data-requests"),
            supportRead("/api/privacy/shops/{shop}/data-requests/{id}"),
            read("/api/overview"),
            read("/api/openapi.json"));

    private ApiRoutes() {}

    static Map<String, Route> byKey() {
        return ALL.stream().collect(Collectors.toMap(Route::key, Function.identity()));
    }

    private static Route read(String pattern) {
        return new Route(HttpMethod.GET, pattern, ConsoleTestRole.VIEWER, null, null);
    }

    private static Route supportRead(String pattern) {
        return new Route(HttpMethod.GET, pattern, ConsoleTestRole.SUPPORT, null, null);
    }
}
