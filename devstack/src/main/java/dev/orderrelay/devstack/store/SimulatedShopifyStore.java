package dev.orderrelay.devstack.store;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stand-in for a Shopify store: creates orders at a configured rate (or on demand), keeps them in memory, and posts
 * {@code orders/create} and, after the paid delay, {@code orders/paid} webhooks for each to one URL the way Shopify
 * does, retries, duplicates and subscription removal included. Thread-safe; {@link #close()} stops everything.
 */
public final class SimulatedShopifyStore implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SimulatedShopifyStore.class);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(2);

    private final SimulatedStoreSettings settings;
    private final AppSecret secret;
    private final Clock clock;
    private final OrderPayloads payloads;
    private final StoreCounters counters = new StoreCounters();
    private final TopicSubscriptions subscriptions;
    private final ConcurrentSkipListMap<Long, OrderEntry> orders = new ConcurrentSkipListMap<>();
    private final ScheduledThreadPoolExecutor scheduler;
    private final ExecutorService workers;
    private final HttpClient client;
    private final WebhookSender sender;
    private volatile boolean started;
    private volatile boolean closed;

    public SimulatedShopifyStore(SimulatedStoreSettings settings, AppSecret secret) {
        this(settings, secret, Clock.systemUTC());
    }

    /** With a clock for the payload timestamps; scheduling still runs on real time. */
    public SimulatedShopifyStore(SimulatedStoreSettings settings, AppSecret secret, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.secret = Objects.requireNonNull(secret, "secret");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.payloads = new OrderPayloads(settings.seed(), settings.largeOrderRate());
        this.subscriptions = new TopicSubscriptions(settings.removalThreshold());
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
        this.sender = new WebhookSender(settings, client, scheduler, workers, subscriptions, counters);
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
        return createOrder(payloads.randomShape());
    }

    /** Creates one order of the given size now and schedules its webhooks. */
    public StoreOrder createOrder(OrderShape shape) {
        Objects.requireNonNull(shape, "shape");
        ensureOpen();
        CreatedOrder order = payloads.create(shape, clock.instant());
        byte[] body = payloads.bytes(order.document());
        String createEvent = UUID.randomUUID().toString();
        // A checkout paid at once is one merchant action behind both topics, so both share its event id.
        String paidEvent = "paid".equals(order.financialStatus())
                ? createEvent
                : UUID.randomUUID().toString();
        WebhookDelivery create = delivery(WebhookTopic.ORDERS_CREATE, createEvent);
        WebhookDelivery paid = delivery(WebhookTopic.ORDERS_PAID, paidEvent);
        OrderEntry entry = new OrderEntry(order, body, create, paid);
        orders.put(order.id(), entry);
        counters.orderCreated();
        log.info("order created name={} id={}", order.name(), order.id());

        sender.trigger(create, webhook(create, body));
        sender.triggerAfter(settings.paidDelay(), paid, () -> {
            byte[] paidBody = payloads.bytes(payloads.paid(order.document(), clock.instant()));
            entry.markPaid(paidBody);
            return webhook(paid, paidBody);
        });
        return entry.view();
    }

    /** Every order created so far, oldest first; a snapshot that later deliveries do not change. */
    public List<StoreOrder> orders() {
        return orders.values().stream().map(OrderEntry::view).toList();
    }

    public Optional<StoreOrder> order(long id) {
        return Optional.ofNullable(orders.get(id)).map(OrderEntry::view);
    }

    public StoreStats stats() {
        return counters.snapshot();
    }

    /** Whether Shopify still delivers {@code topic}, i.e. it has not removed the subscription after failures. */
    public boolean isSubscribed(WebhookTopic topic) {
        return subscriptions.isSubscribed(topic);
    }

    /** Restores a removed subscription; events that fired meanwhile are not replayed, as with Shopify. */
    public void resubscribe(WebhookTopic topic) {
        subscriptions.resubscribe(topic);
        log.info("subscription restored topic={} shop={}", topic.topicName(), settings.shopDomain());
    }

    public SimulatedStoreSettings settings() {
        return settings;
    }

    /** Stops creating orders and sending webhooks; deliveries still pending stay pending. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
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

    private WebhookDelivery delivery(WebhookTopic topic, String eventId) {
        return new WebhookDelivery(
                topic, UUID.randomUUID().toString(), eventId, payloads.chance(settings.duplicateRate()));
    }

    private SignedWebhook webhook(WebhookDelivery delivery, byte[] body) {
        return SignedWebhook.builder(secret)
                .shopDomain(settings.shopDomain())
                .topic(delivery.topic())
                .webhookId(delivery.webhookId())
                .eventId(delivery.eventId())
                .triggeredAt(clock.instant())
                .apiVersion(settings.apiVersion())
                .body(body)
                .build();
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the simulated store for " + settings.shopDomain() + " is closed");
        }
    }
}
