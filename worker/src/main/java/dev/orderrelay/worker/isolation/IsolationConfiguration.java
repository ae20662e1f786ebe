package dev.orderrelay.worker.isolation;

import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The guards, with every breaker's state and calls published as metrics for the ops dashboards. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IsolationProperties.class)
class IsolationConfiguration {

    @Bean
    DestinationGuards destinationGuards(IsolationProperties properties, ObjectProvider<MeterRegistry> meters) {
        DestinationGuards guards = new DestinationGuards(properties);
        meters.ifAvailable(registry -> {
            TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(guards.endpointBreakers())
                    .bindTo(registry);
            TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(guards.targetBreakers())
                    .bindTo(registry);
        });
        return guards;
    }
}
