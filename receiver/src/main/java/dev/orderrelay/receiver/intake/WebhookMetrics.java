package dev.orderrelay.receiver.intake;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * {@code relay.webhooks{outcome,reason,shop,topic}} counts every webhook by what became of it, and
 * {@code relay.webhooks.enqueue{outcome}} times the wait for S3 and SQS. Before the signature is checked the shop
 * and topic headers are anyone's words, so rejections are tagged {@code unverified} instead: a stranger cannot
 * mint new time series.
 */
@Component
class WebhookMetrics {

    static final String WEBHOOKS = "relay.webhooks";
    static final String ENQUEUE = "relay.webhooks.enqueue";
    private static final String UNVERIFIED = "unverified";

    private final MeterRegistry registry;

    WebhookMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void rejected(WebhookRejection rejection) {
        count("rejected", rejection.code(), UNVERIFIED, UNVERIFIED);
    }

    void accepted(String shop, String topic, Duration enqueueTime) {
        count("accepted", "none", shop, topic);
        time("accepted", enqueueTime);
    }

    void unavailable(String shop, String topic, String reason, Duration enqueueTime) {
        count("unavailable", reason, shop, topic);
        time("unavailable", enqueueTime);
    }

    private void count(String outcome, String reason, String shop, String topic) {
        Counter.builder(WEBHOOKS)
                .description("Webhooks received, by what became of them")
                .tag("outcome", outcome)
                .tag("reason", reason)
                .tag("shop", shop)
                .tag("topic", topic)
                .register(registry)
                .increment();
    }

    private void time(String outcome, Duration duration) {
        Timer.builder(ENQUEUE)
                .description("Time from a verified webhook to SQS's answer (S3 included for large bodies)")
                .tag("outcome", outcome)
                .publishPercentileHistogram()
                .register(registry)
                .record(duration);
    }
}
