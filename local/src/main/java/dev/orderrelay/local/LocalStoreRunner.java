package dev.orderrelay.local;

import dev.orderrelay.devstack.Devstack;
import dev.orderrelay.devstack.aws.DevstackResources;
import dev.orderrelay.devstack.store.AdminAccessToken;
import dev.orderrelay.devstack.store.AppSecret;
import dev.orderrelay.devstack.store.EventBridgeSource;
import dev.orderrelay.devstack.store.SimulatedEventBridge;
import dev.orderrelay.devstack.store.SimulatedShopifyStore;
import dev.orderrelay.devstack.store.SimulatedStoreSettings;
import dev.orderrelay.devstack.store.WebhookTopic;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Runs the simulated Shopify store against this process's own receiver once it is ready to take webhooks (or, in the
 * standalone devstack, against {@code relay.local.store.webhook-url}), and stops it as soon as shutdown begins, before the receiver stops taking requests. The store signs with the app secret the receiver checks, as the
 * real Shopify signs with the app's client secret. Its EventBridge source ({@link #EVENTBRIDGE_SOURCE}) feeds the
 * devstack's EventBridge queue, as a rule on the partner bus would: {@code relay.local.store.eventbridge-share} of the
 * deliveries go that way, and a subscription created with the source's ARN sends its whole topic there.
 */
@Component
public class LocalStoreRunner implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LocalStoreRunner.class);

    /** The demo app's partner event source; the devstack's region, a made-up app id. */
    static final EventBridgeSource EVENTBRIDGE_SOURCE =
            new EventBridgeSource("us-east-1", "1000001", "order-relay-local");

    private final LocalRunProperties properties;
    private final Environment environment;
    private final Devstack devstack;
    private volatile SimulatedShopifyStore store;

    public LocalStoreRunner(LocalRunProperties properties, Environment environment, Devstack devstack) {
        this.properties = properties;
        this.environment = environment;
        this.devstack = devstack;
    }

    @EventListener
    void onReady(ApplicationReadyEvent ready) {
        int port = ((WebServerApplicationContext) ready.getApplicationContext())
                .getWebServer()
                .getPort();
        LocalRunProperties.Store settings = properties.store();
        URI webhooks;
        if (settings.webhookUrl().isBlank()) {
            webhooks = URI.create("http://127.0.0.1:" + port + "/webhooks/shopify");
            log.info(
                    "order-relay local run ready: webhooks at {}, metrics at http://127.0.0.1:{}/actuator/prometheus",
                    webhooks,
                    port);
        } else {
            // The standalone devstack: the receiver runs in its own process.
            webhooks = URI.create(settings.webhookUrl());
            log.info("devstack ready: simulator at http://127.0.0.1:{}/simulator, store posting to {}", port, webhooks);
        }
        if (!settings.enabled()) {
            log.info("simulated store disabled (relay.local.store.enabled=false)");
            return;
        }
        SimulatedShopifyStore started = new SimulatedShopifyStore(
                SimulatedStoreSettings.defaults(webhooks).toBuilder()
                        .shopDomain(settings.shop())
                        .ordersPerMinute(settings.ordersPerMinute())
                        .paidDelay(settings.paidDelay())
                        .duplicateRate(settings.duplicateRate())
                        .largeOrderRate(settings.largeOrderRate())
                        .retryBaseDelay(settings.retryBaseDelay())
                        .webhookLossRate(settings.webhookLossRate())
                        .adminApiPort(settings.adminApiPort())
                        .eventBridgeShare(settings.eventbridgeShare())
                        .build(),
                AppSecret.of(environment.getRequiredProperty("relay.shopify.app-secret")),
                AdminAccessToken.of(
                        environment.getRequiredProperty("relay.credentials." + SimulatedDestinations.DEMO_ADMIN_API)),
                Clock.systemUTC(),
                new SimulatedEventBridge(
                        EVENTBRIDGE_SOURCE, devstack.sqs(), devstack.queueUrl(DevstackResources.EVENTBRIDGE_QUEUE)));
        started.start();
        store = started;
        scheduleSubscriptionLoss(started, settings.deleteSubscriptionAfter());
        log.info(
                "simulated store {} posting {} orders a minute to {}",
                settings.shop(),
                settings.ordersPerMinute(),
                webhooks);
        if (settings.eventbridgeShare() > 0) {
            log.info(
                    "simulated store {} putting {} % of its webhooks on EventBridge source {} (queue {})",
                    settings.shop(),
                    Math.round(settings.eventbridgeShare() * 100),
                    EVENTBRIDGE_SOURCE.arn(),
                    DevstackResources.EVENTBRIDGE_QUEUE);
            if (!environment.getProperty("relay.receiver.eventbridge.enabled", Boolean.class, false)) {
                log.warn(
                        "relay.receiver.eventbridge.enabled is false: nothing reads {}, so those webhooks wait there",
                        DevstackResources.EVENTBRIDGE_QUEUE);
            }
        }
    }

    /**
     * Deletes the store's {@code orders/paid} subscription once, as Shopify does after 8 failed deliveries: from then
     * on no paid webhook arrives until the reconciler re-creates the subscription and requeues what was missed.
     */
    private void scheduleSubscriptionLoss(SimulatedShopifyStore started, Duration after) {
        if (after.isZero() || after.isNegative()) {
            return;
        }
        Thread.ofVirtual().name("local-subscription-loss").start(() -> {
            try {
                Thread.sleep(after);
            } catch (InterruptedException e) {
                return;
            }
            if (store == started && started.deleteSubscription(WebhookTopic.ORDERS_PAID)) {
                log.warn("simulated store deleted its orders/paid subscription; the reconciler re-creates it");
            }
        });
    }

    /** The running store, once the application is ready and if it is enabled. */
    public Optional<SimulatedShopifyStore> store() {
        return Optional.ofNullable(store);
    }

    /** Stops the store when shutdown begins, before the receiver stops taking requests. */
    @EventListener(ContextClosedEvent.class)
    void onClosing() {
        destroy();
    }

    @Override
    public void destroy() {
        SimulatedShopifyStore running = store;
        store = null;
        if (running != null) {
            running.close();
        }
    }
}
