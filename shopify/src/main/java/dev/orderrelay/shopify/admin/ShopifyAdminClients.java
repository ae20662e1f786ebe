package dev.orderrelay.shopify.admin;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes {@link ShopifyAdminClient}s, one per shop, sharing one HTTP client and keeping each shop's pacing state (its
 * cost bucket and the cost of each document there) for as long as this object lives. Close it to close the HTTP
 * client.
 */
public final class ShopifyAdminClients implements AutoCloseable {

    private final ShopifyAdminSettings settings;
    private final AccessTokens tokens;
    private final Clock clock;
    private final Sleeper sleeper;
    private final HttpClient http;
    private final AdminTransport transport;
    private final RetryPolicy retry;
    private final JsonMapper mapper;
    private final Map<String, ShopPacing> pacing = new ConcurrentHashMap<>();

    /** Clients with the system clock, real sleeping and random jitter. */
    public ShopifyAdminClients(ShopifyAdminSettings settings, AccessTokens tokens) {
        this(
                settings,
                tokens,
                Clock.systemUTC(),
                Sleeper.system(),
                () -> ThreadLocalRandom.current().nextDouble());
    }

    /**
     * Clients with this clock (for the cost bucket's estimate), this way of waiting and this source of jitter (values
     * in [0, 1)); tests pass ones they control.
     */
    public ShopifyAdminClients(
            ShopifyAdminSettings settings, AccessTokens tokens, Clock clock, Sleeper sleeper, DoubleSupplier jitter) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        // HTTP/1.1: one small request at a time per shop gains nothing from HTTP/2, and plain-http servers (the
        // simulated store) then never see an h2c upgrade.
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.transport = new AdminTransport(http, settings.requestTimeout());
        this.retry = new RetryPolicy(settings.initialBackoff(), settings.maxBackoff(), Objects.requireNonNull(jitter));
        // Decimals stay exact in the order body (amounts are strings anyway; this guards any number Shopify adds).
        this.mapper = JsonMapper.builder()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
    }

    /** A client for this shop; it shares the shop's pacing state with every other client of the same domain. */
    public ShopifyAdminClient forShop(ShopifyShop shop) {
        ShopPacing shopPacing =
                pacing.computeIfAbsent(shop.domain(), domain -> new ShopPacing(settings.unknownDocumentCost()));
        GraphqlCaller caller =
                new GraphqlCaller(shop, settings, tokens, transport, shopPacing, retry, clock, sleeper, mapper);
        return new ShopifyAdminClient(shop, caller);
    }

    /** Closes the shared HTTP client. */
    @Override
    public void close() {
        http.close();
    }
}
