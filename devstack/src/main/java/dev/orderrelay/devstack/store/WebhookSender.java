package dev.orderrelay.devstack.store;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Sends deliveries the way Shopify does: one attempt now, then retries on an exponential schedule until a 2xx or
 * until the retries run out; 3xx counts as a failure and is not followed. Each attempt goes to the topic's
 * subscription as it is then, so a deleted subscription stops the retries. An attempt goes by EventBridge instead of
 * HTTPS when the subscription's address is the EventBridge source's ARN or the delivery is in the EventBridge share;
 * it succeeds once the event is on the rule's queue. Tracks subscription removal, sends the configured duplicates and
 * drops the deliveries Shopify loses. Never logs a body, a signature or customer data.
 */
final class WebhookSender {

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);
    private static final int INTERRUPTED = -1;

    private final SimulatedStoreSettings settings;
    private final HttpClient client;
    private final ScheduledExecutorService scheduler;
    private final Executor workers;
    private final TopicSubscriptions subscriptions;
    private final StoreCounters counters;
    private final SimulatedEventBridge eventBridge;

    /** One way of making an attempt: it returns the status, 0 for no answer, or {@link #INTERRUPTED}. */
    private interface Transport {
        int send(int attempt);
    }

    /** With {@code eventBridge} null, every attempt goes over HTTPS. */
    WebhookSender(
            SimulatedStoreSettings settings,
            HttpClient client,
            ScheduledExecutorService scheduler,
            Executor workers,
            TopicSubscriptions subscriptions,
            StoreCounters counters,
            SimulatedEventBridge eventBridge) {
        this.settings = settings;
        this.client = client;
        this.scheduler = scheduler;
        this.workers = workers;
        this.subscriptions = subscriptions;
        this.counters = counters;
        this.eventBridge = eventBridge;
    }

    /** Fires a delivery: its headers and body stay the same on every retry. */
    void trigger(WebhookDelivery delivery, SignedWebhook webhook) {
        delivery.triggered();
        if (delivery.lost() && subscriptions.isSubscribed(delivery.topic())) {
            delivery.finished(DeliveryStatus.LOST);
            counters.lost(delivery.topic());
            log.debug("delivery lost topic={} webhookId={}", delivery.topic().topicName(), delivery.webhookId());
            return;
        }
        run(() -> attempt(delivery, webhook));
    }

    /**
     * Fires a delivery after {@code delay}; its payload is built then, as Shopify builds it when the event fires. An
     * empty payload means the event did not happen after all (the order was cancelled or deleted first).
     */
    void triggerAfter(Duration delay, WebhookDelivery delivery, Supplier<Optional<SignedWebhook>> webhook) {
        later(
                delay,
                () -> webhook.get()
                        .ifPresentOrElse(
                                payload -> trigger(delivery, payload),
                                () -> delivery.finished(DeliveryStatus.NEVER_FIRED)));
    }

    private void attempt(WebhookDelivery delivery, SignedWebhook webhook) {
        WebhookTopic topic = delivery.topic();
        Optional<URI> target = subscriptions.uri(topic);
        if (target.isEmpty()) {
            delivery.finished(DeliveryStatus.SUBSCRIPTION_REMOVED);
            counters.notSent(topic);
            log.debug(
                    "delivery dropped, subscription removed topic={} webhookId={}",
                    topic.topicName(),
                    delivery.webhookId());
            return;
        }
        Transport transport = transport(delivery, webhook, target.get());
        int attempt = delivery.attemptStarted();
        counters.attempted(topic, attempt > 1);
        int status = transport.send(attempt);
        if (status == INTERRUPTED) {
            return;
        }
        delivery.answered(status);
        if (status >= 200 && status < 300) {
            acked(delivery, transport, status);
        } else if (attempt <= settings.maxRetries()) {
            Duration wait = settings.retryBaseDelay().multipliedBy(1L << (attempt - 1));
            later(wait, () -> attempt(delivery, webhook));
        } else {
            failed(delivery, status);
        }
    }

    private Transport transport(WebhookDelivery delivery, SignedWebhook webhook, URI target) {
        if (eventBridge != null && (EventBridgeSource.isArn(target) || delivery.inEventBridgeShare())) {
            delivery.routed(DeliveryRoute.EVENTBRIDGE);
            // Built once per attempt: a duplicate send repeats the same event, as EventBridge's at-least-once does.
            String event = EventBridgeEvents.event(webhook, eventBridge, Instant.now());
            boolean cut = EventBridgeEvents.cut(webhook, eventBridge);
            return attempt -> put(delivery, event, cut, attempt);
        }
        delivery.routed(DeliveryRoute.HTTPS);
        HttpRequest request = webhook.request(target, settings.responseTimeout());
        return attempt -> post(delivery, request, attempt);
    }

    /** 200 once the event is on the rule's queue, 0 when SQS did not take it. */
    private int put(WebhookDelivery delivery, String event, boolean cut, int attempt) {
        try {
            eventBridge.put(event);
            log.debug(
                    "attempt by eventbridge topic={} webhookId={} attempt={} payload={}",
                    delivery.topic().topicName(),
                    delivery.webhookId(),
                    attempt,
                    cut ? "id-only" : "whole");
            return 200;
        } catch (SdkException e) {
            log.debug(
                    "attempt by eventbridge topic={} webhookId={} attempt={} error={}",
                    delivery.topic().topicName(),
                    delivery.webhookId(),
                    attempt,
                    e.getClass().getSimpleName());
            return 0;
        }
    }

    /** The HTTP status, 0 when nothing answered in time, or {@link #INTERRUPTED}. */
    private int post(WebhookDelivery delivery, HttpRequest request, int attempt) {
        try {
            int status =
                    client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            log.debug(
                    "attempt topic={} webhookId={} attempt={} status={}",
                    delivery.topic().topicName(),
                    delivery.webhookId(),
                    attempt,
                    status);
            return status;
        } catch (IOException e) {
            log.debug(
                    "attempt topic={} webhookId={} attempt={} error={}",
                    delivery.topic().topicName(),
                    delivery.webhookId(),
                    attempt,
                    e.getClass().getSimpleName());
            return 0;
        } catch (InterruptedException e) {
            // Only close() interrupts; the delivery stays pending, as it would when Shopify is stopped mid-flight.
            Thread.currentThread().interrupt();
            return INTERRUPTED;
        }
    }

    private void acked(WebhookDelivery delivery, Transport transport, int status) {
        delivery.finished(DeliveryStatus.ACKED);
        counters.acked(delivery.topic());
        subscriptions.delivered(delivery.topic());
        log.info(
                "delivery acked topic={} webhookId={} status={} attempts={} elapsedMs={}{}",
                delivery.topic().topicName(),
                delivery.webhookId(),
                status,
                delivery.attempts(),
                delivery.elapsedMillis(),
                delivery.route() == DeliveryRoute.EVENTBRIDGE ? " via=eventbridge" : "");
        if (delivery.sendsDuplicate()) {
            run(() -> sendDuplicate(delivery, transport));
        }
    }

    /** Shopify's at-least-once delivery: the same request (or event) again, once, not retried. */
    private void sendDuplicate(WebhookDelivery delivery, Transport transport) {
        if (!subscriptions.isSubscribed(delivery.topic())) {
            return;
        }
        delivery.duplicateSent();
        counters.duplicateSent(delivery.topic());
        transport.send(delivery.attempts());
    }

    private void failed(WebhookDelivery delivery, int status) {
        WebhookTopic topic = delivery.topic();
        delivery.finished(DeliveryStatus.FAILED);
        counters.failed(topic);
        log.info(
                "delivery failed topic={} webhookId={} status={} attempts={} elapsedMs={}",
                topic.topicName(),
                delivery.webhookId(),
                status,
                delivery.attempts(),
                delivery.elapsedMillis());
        if (subscriptions.deliveryFailed(topic)) {
            log.warn(
                    "subscription removed after {} consecutive failed deliveries topic={} shop={}; call resubscribe"
                            + " to restore it",
                    settings.removalThreshold(),
                    topic.topicName(),
                    settings.shopDomain());
        }
    }

    private void later(Duration wait, Runnable task) {
        try {
            scheduler.schedule(() -> run(task), wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            log.debug("store closed, retry not scheduled");
        }
    }

    private void run(Runnable task) {
        try {
            workers.execute(task);
        } catch (RejectedExecutionException e) {
            log.debug("store closed, attempt not run");
        }
    }
}
