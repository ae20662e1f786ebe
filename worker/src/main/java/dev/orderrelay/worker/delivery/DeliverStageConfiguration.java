package dev.orderrelay.worker.delivery;

import dev.orderrelay.destinations.Destination;
import dev.orderrelay.destinations.DestinationKind;
import dev.orderrelay.destinations.amplitude.AmplitudeDestination;
import dev.orderrelay.destinations.amplitude.AmplitudeDestinationSettings;
import dev.orderrelay.destinations.ga4.Ga4Destination;
import dev.orderrelay.destinations.ga4.Ga4DestinationSettings;
import dev.orderrelay.destinations.ga4.Ga4Endpoints;
import dev.orderrelay.destinations.segment.SegmentDestination;
import dev.orderrelay.destinations.segment.SegmentDestinationSettings;
import dev.orderrelay.destinations.webhook.WebhookDestination;
import dev.orderrelay.destinations.webhook.WebhookDestinationSettings;
import dev.orderrelay.ledger.claims.DeliveryClaims;
import dev.orderrelay.ledger.parked.ParkedEvents;
import dev.orderrelay.ledger.shops.ShopRegistry;
import dev.orderrelay.worker.WorkerProperties;
import dev.orderrelay.worker.activity.LiveCounts;
import dev.orderrelay.worker.isolation.DestinationGuards;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The deliver stage's parts: one sender per destination kind (signed webhook, GA4, Segment, Amplitude), the retry
 * policy, the stage itself. A bad sender setting fails start-up naming its property.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({
    WebhookSenderProperties.class,
    Ga4SenderProperties.class,
    SegmentSenderProperties.class,
    AmplitudeSenderProperties.class
})
class DeliverStageConfiguration {

    @Bean(destroyMethod = "close")
    WebhookDestination webhookDestination(WebhookSenderProperties properties, Clock clock) {
        return new WebhookDestination(
                WebhookDestinationSettings.defaults()
                        .withTimeouts(properties.connectTimeout(), properties.responseTimeout())
                        .withAllowedTargets(properties.allowedTargets()),
                clock);
    }

    @Bean(destroyMethod = "close")
    Ga4Destination ga4Destination(Ga4SenderProperties properties, Clock clock) {
        try {
            return new Ga4Destination(
                    Ga4DestinationSettings.defaults()
                            .withEndpoints(
                                    Ga4Endpoints.at(properties.endpoint()), Ga4Endpoints.at(properties.euEndpoint()))
                            .withTimeouts(properties.connectTimeout(), properties.responseTimeout()),
                    clock);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("relay.destinations.ga4: " + e.getMessage(), e);
        }
    }

    @Bean(destroyMethod = "close")
    SegmentDestination segmentDestination(SegmentSenderProperties properties, Clock clock) {
        try {
            return new SegmentDestination(
                    SegmentDestinationSettings.defaults()
                            .withEndpoints(properties.usEndpoint(), properties.euEndpoint())
                            .withTimeouts(properties.connectTimeout(), properties.responseTimeout()),
                    clock);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("relay.destinations.segment: " + e.getMessage(), e);
        }
    }

    @Bean(destroyMethod = "close")
    AmplitudeDestination amplitudeDestination(AmplitudeSenderProperties properties, Clock clock) {
        try {
            return new AmplitudeDestination(
                    AmplitudeDestinationSettings.defaults()
                            .withEndpoints(properties.usEndpoint(), properties.euEndpoint())
                            .withTimeouts(properties.connectTimeout(), properties.responseTimeout()),
                    clock);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("relay.destinations.amplitude: " + e.getMessage(), e);
        }
    }

    @Bean
    DeliverStage deliverStage(
            ShopRegistry shops,
            DeliveryClaims claims,
            ParkedEvents parked,
            List<Destination> senders,
            DestinationCredentials credentials,
            WorkerProperties properties,
            DestinationGuards guards,
            ObjectProvider<MeterRegistry> meters,
            LiveCounts live,
            Clock clock) {
        Map<DestinationKind, Destination> byKind =
                senders.stream().collect(Collectors.toMap(Destination::kind, Function.identity()));
        RetryPolicy policy = new RetryPolicy(properties.maxAttempts(), properties.retryBase(), properties.retryMax());
        DeliveryParking parking = new DeliveryParking(claims, parked);
        DeliveryRecorder recorder = new DeliveryRecorder(
                claims, parking, new OutcomeActions(policy), meters.getIfAvailable(SimpleMeterRegistry::new), live);
        return new DeliverStage(
                shops, claims, parking, byKind, credentials, recorder, guards, properties.claimLease(), clock);
    }
}
