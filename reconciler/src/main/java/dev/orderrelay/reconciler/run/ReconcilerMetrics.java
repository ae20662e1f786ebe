package dev.orderrelay.reconciler.run;

import dev.orderrelay.ledger.throughput.DestinationThroughput;
import dev.orderrelay.ledger.throughput.ThroughputRow;
import dev.orderrelay.reconciler.hours.Repair;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * The reconciler's metrics: {@code relay.throughput.percent{shop,destination,repair=before|after}} for the latest
 * hour each shop had checked (an alarm on "after" below 100 for long means orders are being lost),
 * {@code relay.reconciler.requeued{shop,reason}}, {@code relay.reconciler.subscriptions.recreated{shop,topic}} and
 * {@code relay.reconciler.runs{outcome}}.
 */
@Component
public class ReconcilerMetrics {

    private final MeterRegistry registry;
    private final Map<String, AtomicReference<Double>> percents = new ConcurrentHashMap<>();

    ReconcilerMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void hourChecked(ThroughputRow row) {
        for (DestinationThroughput destination : row.destinations()) {
            percent(row.shop(), destination.destination(), "before")
                    .set(destination.percentBeforeRepair(row.eligible()).doubleValue());
            percent(row.shop(), destination.destination(), "after")
                    .set(destination.percentAfterRepair(row.eligible()).doubleValue());
        }
    }

    void requeued(String shop, Repair.Reason reason) {
        registry.counter(
                        "relay.reconciler.requeued",
                        "shop",
                        shop,
                        "reason",
                        reason.name().toLowerCase(Locale.ROOT))
                .increment();
    }

    void subscriptionRecreated(String shop, String topic) {
        registry.counter("relay.reconciler.subscriptions.recreated", "shop", shop, "topic", topic)
                .increment();
    }

    void runEnded(String outcome) {
        registry.counter("relay.reconciler.runs", "outcome", outcome).increment();
    }

    private AtomicReference<Double> percent(String shop, String destination, String repair) {
        return percents.computeIfAbsent(shop + "|" + destination + "|" + repair, key -> {
            AtomicReference<Double> value = new AtomicReference<>(100.0);
            Gauge.builder("relay.throughput.percent", value, AtomicReference::get)
                    .description("Share of the latest checked hour's eligible orders delivered, in percent")
                    .tags("shop", shop, "destination", destination, "repair", repair)
                    .register(registry);
            return value;
        });
    }
}
