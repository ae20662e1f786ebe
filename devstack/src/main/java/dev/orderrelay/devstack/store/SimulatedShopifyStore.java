package dev.orderrelay.devstack.store;

import dev.orderrelay.devstack.store.admin.AdminApiConfig;
import dev.orderrelay.devstack.store.admin.AdminApiServer;
import dev.orderrelay.devstack.store.admin.AdminApiStats;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stand-in for a Shopify store: creates orders at a configured rate (or on demand), keeps them in memory, pays,
 * refunds, cancels and deletes them, and posts {@code orders/create}, {@code orders/paid}, {@code orders/cancelled}
 * and {@code refunds/create} webhooks the way Shopify does, retries, duplicates, losses and subscription removal
 * included. Built with an {@link AdminAccessToken}, it also serves the shop's Admin GraphQL API, which lists the same
 * orders. Built with a {@link SimulatedEventBridge}, it puts deliveries on EventBridge instead of posting them: those
 * of a topic subscribed by the source's ARN, and the settings' {@code eventBridgeShare} of the others. Thread-safe;
 * {@link #close()} stops everything.
 */
public final class SimulatedShopifyStore implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SimulatedShopifyStore.class);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(2);

    private final SimulatedStoreSettings settings;
    private final StoreCounters counters = new StoreCounters();
    private final TopicSubscriptions subscriptions;
    private final SubscriptionAddresses addresses;
    private final ScheduledThreadPoolExecutor scheduler;
    private final ExecutorService workers;
    private final HttpClient client;
    private final StoreOrders orders;
    private final AdminApiServer adminApi;
    private volatile boolean started;
    private volatile boolean closed;

    public SimulatedShopifyStore(SimulatedStoreSettings settings, AppSecret secret) {
        this(settings, secret, Clock.systemUTC());
    }

    /** With a clock for the payload timestamps; scheduling still runs on real time. No Admin API. */
    public SimulatedShopifyStore(SimulatedStoreSettings settings, AppSecret secret, Clock clock) {
        this(settings, secret, null, clock);
    }

    /** A store that also serves its Admin GraphQL API, accepting {@code token}. */
    public SimulatedShopifyStore(SimulatedStoreSettings settings, AppSecret secret, AdminAccessToken token) {
        this(settings, secret, Objects.requireNonNull(token, "token"), Clock.systemUTC());
    }

    /**
     * A store that serves its Admin GraphQL API, accepting {@code token} (none when null), with a clock for the
     * payload timestamps; scheduling still runs on real time.
     */
    public SimulatedShopifyStore(
            SimulatedStoreSettings settings, AppSecret secret, AdminAccessToken token, Clock clock) {
        this(settings, secret, token, clock, null);
    }

    /**
     * A store that can also deliver by EventBridge through {@code eventBridge} (none when null), serving its Admin
     * GraphQL API when {@code token} is not null.
     */
    public SimulatedShopifyStore(
            SimulatedStoreSettings settings,
            AppSecret secret,
            AdminAccessToken token,
            Clock clock,
            SimulatedEventBridge eventBridge) {
        this.settings = Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(clock, "clock");
        if (settings.eventBridgeShare() > 0 && eventBridge == null) {
            throw new IllegalArgumentException("eventBridgeShare is " + settings.eventBridgeShare()
                    + " but the store for " + settings.shopDomain() + " has no SimulatedEventBridge to deliver to");
        }
        this.addresses = new SubscriptionAddresses(eventBridge);
        OrderPayloads payloads = new OrderPayloads(settings.seed(), settings.largeOrderRate());
        this.subscriptions = new TopicSubscriptions(settings.removalThreshold(), settings.webhookUrl());
        this.scheduler = new ScheduledThreadPoolExecutor(
                1, Thread.ofPlatform().daemon().name("shopify-store-scheduler").factory());
        scheduler.setRemoveOnCancelPolicy(true);
        this.workers = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("shopify-store-delivery-", 0).factory());
        // Shopify never follows redirects: a 3xx is a failed attempt.
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        WebhookSender sender =
                new WebhookSender(settings, client, scheduler, workers, subscriptions, counters, eventBridge);
        Deliveries deliveries = new Deliveries(settings, secret, clock, payloads, sender);
        this.orders = new StoreOrders(settings, clock, payloads, deliveries, counters);
        this.adminApi = token == null ? null : startAdminApi(token);
    }

    /** Starts creating orders at {@code ordersPerMinute}, the first one now; does nothing at a rate of 0. */
    public synchronized void start() {
        ensureOpen();
        if (started || settings.ordersPerMinute() == 0) {
            return;
        }
        started = true;
        long periodNanos = Math.max(1, (long) (60_000_000_000.0 / settings.ordersPerMinute()));
        scheduler.scheduleAtFixedRate(this::createScheduledOrder, 0, periodNanos, TimeUnit.NANOSECONDS);
        log.info("store started shop={} ordersPerMinute={}", settings.shopDomain(), settings.ordersPerMinute());
    }

    /** Creates one order now, large with probability {@code largeOrderRate}, and schedules its webhooks. */
    public StoreOrder createOrder() {
        return createOrder(OrderOptions.defaults());
    }

    /** Creates one order of the given size now and schedules its webhooks. */
    public StoreOrder createOrder(OrderShape shape) {
        return createOrder(OrderOptions.builder().shape(shape).build());
    }

    /** Creates one order as {@code options} say (time, shape, status, test, lost webhooks) and schedules its webhooks. */
    public StoreOrder createOrder(OrderOptions options) {
        Objects.requireNonNull(options, "options");
        ensureOpen();
        return orders.create(options);
    }

    /**
     * Refunds a paid order, in full or in part, and sends {@code refunds/create}. Fails for an unknown or deleted
     * order, one not paid, or a quantity beyond what is left to refund of the line.
     */
    public StoreRefund refund(long orderId, RefundOptions options) {
        Objects.requireNonNull(options, "options");
        ensureOpen();
        return orders.refund(orderId, options);
    }

    /**
     * Cancels an order (reason {@code customer}) and sends {@code orders/cancelled}. As the Shopify admin does by
     * default, a paid order is first refunded in full ({@code refunds/create}); an unpaid one is voided, and its
     * pending {@code orders/paid} never fires.
     */
    public StoreOrder cancel(long orderId) {
        ensureOpen();
        return orders.cancel(orderId);
    }

    /** Deletes an order: it is gone from {@link #orders()} and from the Admin API, and no later webhook fires. */
    public void deleteOrder(long orderId) {
        orders.delete(orderId);
    }

    /** Every order not deleted, oldest id first; a snapshot that later changes do not touch. */
    public List<StoreOrder> orders() {
        return orders.views();
    }

    public Optional<StoreOrder> order(long id) {
        return orders.view(id);
    }

    public StoreStats stats() {
        return counters.snapshot();
    }

    /** Whether Shopify still delivers {@code topic}: its subscription was neither removed after failures nor deleted. */
    public boolean isSubscribed(WebhookTopic topic) {
        return subscriptions.isSubscribed(topic);
    }

    /** The live subscriptions, one per subscribed topic. */
    public List<StoreSubscription> subscriptions() {
        return subscriptions.list();
    }

    /**
     * Subscribes a removed or deleted topic to the configured webhook URL again; events that fired meanwhile are not
     * replayed, as with Shopify.
     */
    public void resubscribe(WebhookTopic topic) {
        subscriptions.resubscribe(topic);
        log.info("subscription restored topic={} shop={}", topic.topicName(), settings.shopDomain());
    }

    /**
     * Subscribes {@code topic} to {@code address}, as {@code webhookSubscriptionCreate} does: an http(s) URL, or the
     * ARN of this store's EventBridge source. The store keeps one subscription per topic, so delete the current one
     * first. Refused (with Shopify's user error as the message) for any other address or a topic still subscribed.
     */
    public StoreSubscription subscribe(WebhookTopic topic, String address) {
        Objects.requireNonNull(topic, "topic");
        SubscriptionAddresses.Checked checked = addresses.check(address);
        if (checked.error().isPresent()) {
            throw new IllegalArgumentException(checked.error().get() + ": " + address);
        }
        TopicSubscriptions.Creation creation =
                subscriptions.create(topic, checked.address().orElseThrow());
        if (creation.error().isPresent()) {
            throw new IllegalStateException(creation.error().get());
        }
        StoreSubscription created = creation.created().orElseThrow();
        log.info(
                "subscription created topic={} shop={} uri={}",
                topic.topicName(),
                settings.shopDomain(),
                created.uri());
        return created;
    }

    /** Deletes the topic's subscription, as a merchant or another app could; false if it had none. */
    public boolean deleteSubscription(WebhookTopic topic) {
        boolean deleted = subscriptions.delete(topic);
        log.info("subscription deleted topic={} shop={} existed={}", topic.topicName(), settings.shopDomain(), deleted);
        return deleted;
    }

    /** {@code http://127.0.0.1:<port>}: the Admin API's base; POST GraphQL to {@code /admin/api/<version>/graphql.json}. */
    public URI adminApiUri() {
        return requireAdminApi().baseUri();
    }

    public AdminApiStats adminApiStats() {
        return requireAdminApi().stats();
    }

    /**
     * Throttles the Admin API's cost bucket to {@code bucketSize} points refilled at {@code restoreRate} a second
     * until {@link #restoreAdminApiBucket()}, as a shop whose other apps use up the limit.
     */
    public void throttleAdminApi(double bucketSize, double restoreRate) {
        requireAdminApi().throttle(bucketSize, restoreRate);
        log.info(
                "admin api throttled shop={} bucketSize={} restoreRate={}",
                settings.shopDomain(),
                bucketSize,
                restoreRate);
    }

    /** Gives the Admin API's cost bucket its configured size and refill rate back. */
    public void restoreAdminApiBucket() {
        requireAdminApi().restoreBucket();
        log.info("admin api bucket restored shop={}", settings.shopDomain());
    }

    /** The Admin API's cost bucket now: {@code maximumAvailable}, {@code currentlyAvailable}, {@code restoreRate}. */
    public Map<String, Double> adminApiBucket() {
        return requireAdminApi().bucket();
    }

    public SimulatedStoreSettings settings() {
        return settings;
    }

    /** Stops creating orders, sending webhooks and serving the Admin API; deliveries still pending stay pending. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        if (adminApi != null) {
            adminApi.close();
        }
        scheduler.shutdownNow();
        workers.shutdownNow();
        try {
            scheduler.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            workers.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            client.shutdownNow();
            client.awaitTermination(CLOSE_WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.info("store closed shop={} orders={}", settings.shopDomain(), orders.size());
    }

    private AdminApiServer startAdminApi(AdminAccessToken token) {
        AdminApiConfig config = new AdminApiConfig(
                settings.adminApiPort(),
                settings.adminApiBucketSize(),
                settings.adminApiRestoreRate(),
                settings.adminApiThrottleStatus(),
                settings.adminApiMaxQueryCost());
        try {
            AdminApiServer server = AdminApiServer.start(
                    config, new StoreShopData(orders, subscriptions, addresses, settings.shopDomain()), token::matches);
            log.info("admin api serving shop={} uri={}", settings.shopDomain(), server.baseUri());
            return server;
        } catch (RuntimeException e) {
            // The executors are already running; a store that failed to start must not leave them behind.
            scheduler.shutdownNow();
            workers.shutdownNow();
            client.shutdownNow();
            throw e;
        }
    }

    private AdminApiServer requireAdminApi() {
        if (adminApi == null) {
            throw new IllegalStateException("the simulated store for " + settings.shopDomain()
                    + " serves no Admin API: construct it with an AdminAccessToken");
        }
        return adminApi;
    }

    private void createScheduledOrder() {
        try {
            createOrder();
        } catch (RuntimeException e) {
            // An exception would cancel the fixed-rate task for good; one bad order must not stop the store.
            if (!closed) {
                log.warn("scheduled order creation failed shop={}", settings.shopDomain(), e);
            }
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the simulated store for " + settings.shopDomain() + " is closed");
        }
    }
}
