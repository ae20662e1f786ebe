package dev.orderrelay.destinations.webhook;

import dev.orderrelay.destinations.DeliveryOutcome;
import dev.orderrelay.destinations.Destination;
import dev.orderrelay.destinations.DestinationKind;
import dev.orderrelay.destinations.DestinationTarget;
import dev.orderrelay.destinations.OutboundEvent;
import dev.orderrelay.destinations.Rejected;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalInt;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;

/**
 * Sends order events to merchants' own endpoints as Standard Webhooks (https://www.standardwebhooks.com): a JSON POST
 * signed with the target's secret, with the event's idempotency key as {@code webhook-id} so the receiver can drop
 * repeats. The target's {@code url} setting says where; its secret is the {@code whsec_} signing secret.
 *
 * <p>Before any connection, every address the target's host resolves to is checked, and only allowed ones are used:
 * loopback, private, link-local and other internal addresses are refused unless the settings allow them, and a refused
 * target is {@link Rejected} without a byte sent. Redirects are never followed.
 *
 * <p>Thread-safe; one instance serves all shops. Close it to release its connections.
 */
public final class WebhookDestination implements Destination, AutoCloseable {

    private final Clock clock;
    private final WebhookTransport transport;
    private final WebhookOutcomeClassifier classifier;
    private final WebhookDeliveryLog log = new WebhookDeliveryLog();

    /**
     * A sender with these settings, resolving names through the system's DNS.
     *
     * @param clock the source of {@code webhook-timestamp} and of "now" for {@code Retry-After} dates
     */
    public WebhookDestination(WebhookDestinationSettings settings, Clock clock) {
        this(settings, clock, SystemDefaultDnsResolver.INSTANCE);
    }

    /** A sender resolving names through {@code dns}, so tests can make a name resolve to an internal address. */
    WebhookDestination(WebhookDestinationSettings settings, Clock clock, DnsResolver dns) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.transport = new WebhookTransport(settings, new TargetAddressResolver(settings.addressPolicy(), dns));
        this.classifier = new WebhookOutcomeClassifier(clock);
    }

    @Override
    public DestinationKind kind() {
        return DestinationKind.WEBHOOK;
    }

    @Override
    public DeliveryOutcome send(OutboundEvent event, DestinationTarget target) {
        Objects.requireNonNull(event, "event");
        if (Objects.requireNonNull(target, "target").kind() != DestinationKind.WEBHOOK) {
            throw new IllegalArgumentException(
                    "the webhook sender got a " + target.kind().wireName() + " target");
        }
        DeliveryAttempt attempt = new DeliveryAttempt(event, target);
        SignedWebhook webhook;
        try {
            webhook = SignedWebhook.of(event, target, clock.instant());
        } catch (IllegalArgumentException e) {
            DeliveryOutcome invalid = new Rejected(attempt.describe() + ": invalid target: " + e.getMessage());
            log.finished(attempt, OptionalInt.empty(), invalid);
            return invalid;
        }
        return deliver(webhook, attempt);
    }

    private DeliveryOutcome deliver(SignedWebhook webhook, DeliveryAttempt attempt) {
        log.sending(attempt, webhook.host());
        long started = System.nanoTime();
        DeliveryOutcome outcome;
        OptionalInt status = OptionalInt.empty();
        try {
            WebhookResponse response = transport.post(webhook.uri(), webhook.headers(), webhook.body());
            status = OptionalInt.of(response.status());
            outcome = classifier.classify(response, Duration.ofNanos(System.nanoTime() - started), attempt);
        } catch (IOException e) {
            outcome = classifier.classify(e, attempt);
        }
        log.finished(attempt, status, outcome);
        return outcome;
    }

    @Override
    public void close() {
        transport.close();
    }
}
