package dev.orderrelay.bench.perf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The raw Admin API baseline: GraphQL posts to the simulated store, each sent only once the bucket (as its last
 * {@code throttleStatus} showed it, plus the restore since) holds the query's requested cost, and a THROTTLED answer
 * waited out for exactly the missing points. No retries, breakers or bookkeeping: as fast as the bucket allows.
 */
final class PacedAdminApi {

    static final String TOKEN = "dev-shopify-admin-token";
    static final String API_VERSION = "2026-10";
    private static final String ORDERS_CREATED = "dev/orderrelay/shopify/admin/OrdersCreated.graphql";

    /** The bucket as the store last reported it. */
    record Bucket(double maximum, double available, double restoreRate, long atNanos) {
        double availableAt(long nanos) {
            return Math.min(maximum, available + (nanos - atNanos) / 1e9 * restoreRate);
        }
    }

    private final JsonHttp http = new JsonHttp();
    private final URI graphql;
    private Bucket bucket;

    PacedAdminApi(int port) {
        this.graphql = URI.create("http://127.0.0.1:" + port + "/admin/api/" + API_VERSION + "/graphql.json");
    }

    /** The bucket now, asking the cheapest query (ordersCount, 1 point) when nothing was asked yet. */
    Bucket bucket() {
        if (bucket == null) {
            query(
                    "query OrdersCount($query: String!) { ordersCount(query: $query, limit: null) { count precision } }",
                    Map.of("query", "created_at:>='2000-01-01T00:00:00Z'"),
                    1);
        }
        return bucket;
    }

    /** Waits until the bucket is full again, so the next measure starts as the previous one did. */
    void awaitFull() throws InterruptedException {
        Bucket now = bucket();
        double missing = now.maximum() - now.availableAt(System.nanoTime());
        if (missing > 0) {
            Thread.sleep((long) Math.ceil(missing / now.restoreRate() * 1000) + 500);
        }
        bucket = null;
    }

    /**
     * Lists every order created in the window with the reconciler's own {@code OrdersCreated} document, 250 a page;
     * returns how many were listed.
     */
    int listCreated(String searchQuery) throws InterruptedException {
        String document = resource(ORDERS_CREATED);
        String cursor = null;
        int listed = 0;
        int requested = 252;
        while (true) {
            Map<String, Object> variables = new LinkedHashMap<>();
            variables.put("query", searchQuery);
            variables.put("after", cursor);
            pace(requested);
            JsonNode answer = query(document, variables, requested);
            if (throttled(answer)) {
                continue;
            }
            requested = answer.path("extensions")
                    .path("cost")
                    .path("requestedQueryCost")
                    .asInt(requested);
            JsonNode orders = answer.path("data").path("orders");
            listed += orders.path("nodes").size();
            if (!orders.path("pageInfo").path("hasNextPage").asBoolean(false)) {
                return listed;
            }
            cursor = orders.path("pageInfo").path("endCursor").asString();
        }
    }

    private void pace(int cost) throws InterruptedException {
        if (bucket == null) {
            return;
        }
        double missing = cost - bucket.availableAt(System.nanoTime());
        if (missing > 0) {
            Thread.sleep((long) Math.ceil(missing / bucket.restoreRate() * 1000));
        }
    }

    private static boolean throttled(JsonNode answer) {
        for (JsonNode error : answer.path("errors")) {
            if ("THROTTLED".equals(error.path("extensions").path("code").asString(""))) {
                return true;
            }
        }
        return false;
    }

    private JsonNode query(String document, Map<String, Object> variables, int cost) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", document);
        body.put("variables", variables);
        JsonNode answer = http.postWithHeader(graphql, body, "X-Shopify-Access-Token", TOKEN);
        JsonNode status = answer.path("extensions").path("cost").path("throttleStatus");
        if (status.isObject()) {
            bucket = new Bucket(
                    status.path("maximumAvailable").asDouble(),
                    status.path("currentlyAvailable").asDouble(),
                    status.path("restoreRate").asDouble(),
                    System.nanoTime());
        }
        return answer;
    }

    private static String resource(String name) {
        try (InputStream in = PacedAdminApi.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the classpath (module shopify)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
