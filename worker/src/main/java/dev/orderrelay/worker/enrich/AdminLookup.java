package dev.orderrelay.worker.enrich;

import dev.orderrelay.ledger.shops.ShopConfig;
import dev.orderrelay.shopify.admin.ShopifyAdminClient;
import dev.orderrelay.shopify.admin.ShopifyAdminClients;
import dev.orderrelay.shopify.admin.ShopifyShop;
import dev.orderrelay.shopify.attribution.FirstOrder;
import dev.orderrelay.worker.credentials.CredentialsUnavailableException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Admin API part of enriching one order: the classifications of products not cached yet, and where the order
 * stands in its customer's history. It runs on its own (virtual) thread and is waited for at most {@code timeout};
 * each shop's calls go through that shop's circuit breaker, so a shop whose Admin API fails or stalls costs its orders
 * nothing but the enrichment while the breaker is open. Whatever happens, {@link #lookup} returns, never throws.
 */
final class AdminLookup implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AdminLookup.class);
    private static final Pattern LEGACY_ID = Pattern.compile("[1-9][0-9]{0,19}");

    /** How the Admin API part of one order went; its name is the {@code outcome} tag of the metrics. */
    enum Outcome {
        /** Something was asked and answered. */
        FETCHED("fetched"),
        /** Nothing to ask: every product was cached and no first-order lookup was needed. */
        CACHED("cached"),
        /** The shop has no {@code adminApiCredentialsRef}: it is not enriched from the Admin API. */
        NOT_CONFIGURED("not-configured"),
        /** No token under the shop's reference, or the credential store could not be read. */
        NO_TOKEN("no-token"),
        /** The shop's breaker is open: nothing was asked. */
        BREAKER_OPEN("breaker-open"),
        /** Shopify did not answer within the timeout. */
        TIMEOUT("timeout"),
        /** Shopify answered with an error, or could not be reached. */
        FAILED("failed");

        private final String tag;

        Outcome(String tag) {
            this.tag = tag;
        }

        String tag() {
            return tag;
        }
    }

    /**
     * @param outcome how it went
     * @param firstOrder the first-order flag from the Admin API, null when not asked or unknown
     */
    record Result(Outcome outcome, Boolean firstOrder) {}

    private final ShopifyAdminClients clients;
    private final ProductCache cache;
    private final CircuitBreakerRegistry breakers;
    private final Duration timeout;
    private final URI endpoint;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    AdminLookup(
            ShopifyAdminClients clients,
            ProductCache cache,
            CircuitBreakerRegistry breakers,
            Duration timeout,
            URI endpoint) {
        this.clients = clients;
        this.cache = cache;
        this.breakers = breakers;
        this.timeout = timeout;
        this.endpoint = endpoint;
    }

    /**
     * Fetches what the cache lacks of {@code productIds} into it and, when {@code firstOrder} is asked, the order's
     * place in its customer's history.
     */
    Result lookup(ShopConfig shop, String orderId, Collection<String> productIds, boolean firstOrder) {
        if (shop.adminApiCredentialsRef() == null) {
            return new Result(Outcome.NOT_CONFIGURED, null);
        }
        List<String> missing = cache.missing(shop.shop(), productIds);
        boolean journey =
                firstOrder && orderId != null && LEGACY_ID.matcher(orderId).matches();
        if (missing.isEmpty() && !journey) {
            return new Result(Outcome.CACHED, null);
        }
        CircuitBreaker breaker = breakers.circuitBreaker("shopify-admin-enrichment:" + shop.shop());
        if (!breaker.tryAcquirePermission()) {
            return new Result(Outcome.BREAKER_OPEN, null);
        }
        long start = System.nanoTime();
        Future<Fetched> task = executor.submit(() -> fetch(shop, orderId, missing, journey));
        try {
            Fetched fetched = task.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            return new Result(Outcome.FETCHED, fetched.firstOrder());
        } catch (TimeoutException e) {
            task.cancel(true);
            breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, e);
            log.warn(
                    "enrichment: Shopify's Admin API did not answer within {} shop={} orderId={}; the order goes on"
                            + " without what was not fetched",
                    timeout,
                    shop.shop(),
                    orderId);
            return new Result(Outcome.TIMEOUT, null);
        } catch (ExecutionException e) {
            return failed(shop, orderId, breaker, start, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            task.cancel(true);
            breaker.releasePermission();
            return new Result(Outcome.FAILED, null);
        }
    }

    private Result failed(ShopConfig shop, String orderId, CircuitBreaker breaker, long start, Throwable cause) {
        if (cause instanceof CredentialAccessTokens.MissingAdminTokenException
                || cause instanceof CredentialsUnavailableException) {
            // Our configuration or secret store, not Shopify: the breaker is about Shopify.
            breaker.releasePermission();
            log.warn("enrichment: {} (orderId={})", cause.getMessage(), orderId);
            return new Result(Outcome.NO_TOKEN, null);
        }
        if (cause instanceof IllegalArgumentException) {
            breaker.releasePermission();
        } else {
            breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, cause);
        }
        log.warn(
                "enrichment: Shopify's Admin API failed shop={} orderId={}: {}; the order goes on without what was"
                        + " not fetched",
                shop.shop(),
                orderId,
                cause.getMessage());
        return new Result(Outcome.FAILED, null);
    }

    private Fetched fetch(ShopConfig shop, String orderId, List<String> missing, boolean journey) {
        URI base = endpoint != null ? endpoint : URI.create("https://" + shop.shop());
        ShopifyAdminClient client = clients.forShop(new ShopifyShop(shop.shop(), base, shop.adminApiCredentialsRef()));
        if (!missing.isEmpty()) {
            cache.putAll(shop.shop(), client.products(missing));
        }
        if (!journey) {
            return new Fetched(null);
        }
        return new Fetched(client.orderJourney(orderId)
                .map(place -> FirstOrder.of(place.customerOrderIndex(), place.numberOfOrders()))
                .orElse(null));
    }

    /** Stops lookups still running and closes the Admin API clients' HTTP client. */
    @Override
    public void close() {
        executor.shutdownNow();
        clients.close();
    }

    /** What the task brought back; a record because the first-order flag may be null. */
    private record Fetched(Boolean firstOrder) {}
}
