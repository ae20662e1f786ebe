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
import java.util.concurrent.Callable;
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
 * stands in its customer's history. Each call runs on its own (virtual) thread, all of one order's within one
 * {@code timeout}, and goes through the shop's circuit breaker for that kind of call, so a shop whose Admin API fails or
 * stalls costs its orders nothing but the enrichment while the breaker is open. Shopify's failures, timeouts and
 * missing tokens are outcomes, not exceptions; {@link OrderEnricher} catches anything else.
 */
final class AdminLookup implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AdminLookup.class);
    private static final Pattern LEGACY_ID = Pattern.compile("[1-9][0-9]{0,19}");

    /**
     * How the Admin API part of one order went; its name is the {@code outcome} tag of the metrics. Declared from best
     * to worst: an order whose two calls went differently reports the worse.
     */
    enum Outcome {
        /** Nothing to ask: every product was cached and no first-order lookup was needed. */
        CACHED("cached"),
        /** Something was asked and answered. */
        FETCHED("fetched"),
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
    private final FirstOrderFlags firstOrders;
    private final CircuitBreakerRegistry breakers;
    private final Duration timeout;
    private final URI endpoint;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    AdminLookup(
            ShopifyAdminClients clients,
            ProductCache cache,
            FirstOrderFlags firstOrders,
            CircuitBreakerRegistry breakers,
            Duration timeout,
            URI endpoint) {
        this.clients = clients;
        this.cache = cache;
        this.firstOrders = firstOrders;
        this.breakers = breakers;
        this.timeout = timeout;
        this.endpoint = endpoint;
    }

    /**
     * Fetches what the cache lacks of {@code productIds} into it and, when {@code firstOrder} is asked, the order's
     * place in its customer's history, unless an earlier sighting of the order already learnt it. The two are separate calls behind separate breakers (a shop whose app may not
     * read customers fails the second every time, which must not cost it its categories), sharing one deadline.
     */
    Result lookup(ShopConfig shop, String orderId, Collection<String> productIds, boolean firstOrder) {
        if (shop.adminApiCredentialsRef() == null) {
            return new Result(Outcome.NOT_CONFIGURED, null);
        }
        List<String> missing = cache.missing(shop.shop(), productIds);
        boolean journey =
                firstOrder && orderId != null && LEGACY_ID.matcher(orderId).matches();
        Boolean known = journey ? firstOrders.known(shop.shop(), orderId).orElse(null) : null;
        if (known != null) {
            journey = false;
        }
        if (missing.isEmpty() && !journey) {
            return new Result(Outcome.CACHED, known);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        ShopifyAdminClient client = client(shop);
        Outcome products = Outcome.CACHED;
        if (!missing.isEmpty()) {
            Call<Object> call = guarded(shop, orderId, "products", deadline, () -> {
                cache.putAll(shop.shop(), client.products(missing));
                return null;
            });
            products = call.outcome();
        }
        if (!journey || products == Outcome.NO_TOKEN || products == Outcome.TIMEOUT) {
            return new Result(products, known);
        }
        Call<Boolean> place = guarded(
                shop,
                orderId,
                "journey",
                deadline,
                () -> client.orderJourney(orderId)
                        .map(order -> FirstOrder.of(order.customerOrderIndex(), order.numberOfOrders()))
                        .orElse(null));
        firstOrders.remember(shop.shop(), orderId, place.value());
        return new Result(worse(products, place.outcome()), place.value());
    }

    /** The outcome to report for an order whose two calls went {@code first} and {@code second}. */
    private static Outcome worse(Outcome first, Outcome second) {
        return first.ordinal() >= second.ordinal() ? first : second;
    }

    private ShopifyAdminClient client(ShopConfig shop) {
        URI base = endpoint != null ? endpoint : URI.create("https://" + shop.shop());
        return clients.forShop(new ShopifyShop(shop.shop(), base, shop.adminApiCredentialsRef()));
    }

    /** One call through the shop's breaker for {@code what}, waited for until {@code deadline}. */
    private <T> Call<T> guarded(ShopConfig shop, String orderId, String what, long deadline, Callable<T> work) {
        CircuitBreaker breaker = breakers.circuitBreaker(breakerName(shop.shop(), what));
        if (!breaker.tryAcquirePermission()) {
            return new Call<>(Outcome.BREAKER_OPEN, null);
        }
        long start = System.nanoTime();
        Future<T> task = executor.submit(work);
        try {
            T value = task.get(Math.max(0, deadline - start), TimeUnit.NANOSECONDS);
            breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            return new Call<>(Outcome.FETCHED, value);
        } catch (TimeoutException e) {
            task.cancel(true);
            breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, e);
            log.warn(
                    "enrichment: Shopify's Admin API did not answer {} within {} shop={} orderId={}; the order goes on"
                            + " without it",
                    what,
                    timeout,
                    shop.shop(),
                    orderId);
            return new Call<>(Outcome.TIMEOUT, null);
        } catch (ExecutionException e) {
            return new Call<>(failed(shop, orderId, what, breaker, start, e.getCause()), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            task.cancel(true);
            breaker.releasePermission();
            return new Call<>(Outcome.FAILED, null);
        }
    }

    /** The per-shop Admin API breakers, for reporting their states. */
    CircuitBreakerRegistry breakers() {
        return breakers;
    }

    /** The name of the shop's breaker for {@code what} ({@code products} or {@code journey}), as metrics tag it. */
    static String breakerName(String shop, String what) {
        return "shopify-admin-enrichment:" + shop + ":" + what;
    }

    private Outcome failed(
            ShopConfig shop, String orderId, String what, CircuitBreaker breaker, long start, Throwable cause) {
        if (cause instanceof CredentialAccessTokens.MissingAdminTokenException
                || cause instanceof CredentialsUnavailableException) {
            // Our configuration or secret store, not Shopify: the breaker is about Shopify.
            breaker.releasePermission();
            log.warn("enrichment: {} (orderId={})", cause.getMessage(), orderId);
            return Outcome.NO_TOKEN;
        }
        if (cause instanceof IllegalArgumentException) {
            breaker.releasePermission();
        } else {
            breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, cause);
        }
        log.warn(
                "enrichment: Shopify's Admin API failed {} shop={} orderId={}: {}; the order goes on without it",
                what,
                shop.shop(),
                orderId,
                cause.getMessage());
        return Outcome.FAILED;
    }

    /** Stops lookups still running and closes the Admin API clients' HTTP client. */
    @Override
    public void close() {
        executor.shutdownNow();
        clients.close();
    }

    /** How one call went, and what it brought back (null when nothing, or a null answer). */
    private record Call<T>(Outcome outcome, T value) {}
}
