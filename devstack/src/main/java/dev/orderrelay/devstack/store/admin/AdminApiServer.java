package dev.orderrelay.devstack.store.admin;

import dev.orderrelay.devstack.destinations.LoopbackServer;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * One shop's Admin GraphQL API on 127.0.0.1: {@code POST /admin/api/{version}/graphql.json}, the schema subset in
 * {@code admin-schema.graphqls}, Shopify's cost model and leaky bucket. Started by the simulated store, stopped by
 * {@link #close()}.
 */
public final class AdminApiServer implements AutoCloseable {

    private final LoopbackServer server;
    private final AdminExecution execution;
    private final AdminApiHandler handler;
    private final CostBucket bucket;
    private final AdminApiConfig config;

    private AdminApiServer(
            LoopbackServer server,
            AdminExecution execution,
            AdminApiHandler handler,
            CostBucket bucket,
            AdminApiConfig config) {
        this.server = server;
        this.execution = execution;
        this.handler = handler;
        this.bucket = bucket;
        this.config = config;
    }

    /**
     * Binds and serves {@code shop}'s data; {@code tokenCheck} tells whether an {@code X-Shopify-Access-Token} value
     * (null when absent) is the shop's token.
     */
    public static AdminApiServer start(AdminApiConfig config, ShopData shop, Predicate<String> tokenCheck) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(shop, "shop");
        Objects.requireNonNull(tokenCheck, "tokenCheck");
        AdminSchema schema = new AdminSchema(shop);
        CostBucket bucket = new CostBucket(config.bucketSize(), config.restoreRate(), System::nanoTime);
        AdminExecution execution = new AdminExecution(schema, bucket, config);
        AdminApiHandler handler = new AdminApiHandler(execution, tokenCheck);
        LoopbackServer server = LoopbackServer.bind("shopify-admin-api", config.port())
                .context("/", handler)
                .start();
        return new AdminApiServer(server, execution, handler, bucket, config);
    }

    /**
     * Throttles the cost bucket to {@code bucketSize} points refilled at {@code restoreRate} a second, from now until
     * {@link #restoreBucket()}: queries the reconciler could afford before are throttled.
     */
    public void throttle(double bucketSize, double restoreRate) {
        bucket.reshape(bucketSize, restoreRate);
    }

    /** Gives the cost bucket its configured size and refill rate back. */
    public void restoreBucket() {
        bucket.reshape(config.bucketSize(), config.restoreRate());
    }

    /** The cost bucket now: {@code maximumAvailable}, {@code currentlyAvailable}, {@code restoreRate}. */
    public Map<String, Double> bucket() {
        CostBucket.Status status = bucket.status();
        return Map.of(
                "maximumAvailable",
                status.maximumAvailable(),
                "currentlyAvailable",
                status.currentlyAvailable(),
                "restoreRate",
                status.restoreRate());
    }

    /** {@code http://127.0.0.1:<port>}; the GraphQL endpoint is {@code /admin/api/<version>/graphql.json} under it. */
    public URI baseUri() {
        return server.baseUri();
    }

    public AdminApiStats stats() {
        return execution.stats(handler.unauthorized());
    }

    @Override
    public void close() {
        server.close();
    }
}
