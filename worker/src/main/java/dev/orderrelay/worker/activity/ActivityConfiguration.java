package dev.orderrelay.worker.activity;

import dev.orderrelay.ledger.activity.ActivityLog;
import dev.orderrelay.ledger.breakers.BreakerBoard;
import dev.orderrelay.worker.enrich.OrderEnricher;
import dev.orderrelay.worker.isolation.DestinationGuards;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The live overview's worker side: the counts every stage adds to, their flusher, and the breaker reporter over every
 * breaker registry of the worker. With {@code relay.worker.activity.enabled=false} the stages still count in memory
 * (a few longs per series) but nothing is written.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ActivityProperties.class)
class ActivityConfiguration {

    @Bean
    LiveCounts liveCounts(Clock clock) {
        return new LiveCounts(clock);
    }

    @Bean
    @ConditionalOnProperty(name = "relay.worker.activity.enabled", havingValue = "true", matchIfMissing = true)
    ActivityFlusher activityFlusher(
            LiveCounts counts, ActivityLog activity, ActivityProperties properties, Clock clock) {
        return new ActivityFlusher(counts, activity, properties.flushInterval(), clock);
    }

    @Bean
    @ConditionalOnProperty(name = "relay.worker.activity.enabled", havingValue = "true", matchIfMissing = true)
    BreakerReporter breakerReporter(
            DestinationGuards guards,
            OrderEnricher enricher,
            BreakerBoard board,
            ActivityProperties properties,
            Clock clock) {
        return new BreakerReporter(
                List.of(guards.endpointBreakers(), guards.targetBreakers(), enricher.breakers()),
                board,
                instanceId(properties),
                properties.breakerInterval(),
                properties.breakerTtl(),
                clock);
    }

    /** The configured id, else host and process: unique per pod, and per worker in the one-process local run. */
    static String instanceId(ActivityProperties properties) {
        if (properties.instanceId() != null && !properties.instanceId().isBlank()) {
            return properties.instanceId();
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + "/" + ProcessHandle.current().pid();
    }
}
