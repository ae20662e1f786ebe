package dev.orderrelay.worker.delivery;

import dev.orderrelay.destinations.DestinationKind;
import dev.orderrelay.worker.isolation.DestinationGuards;
import dev.orderrelay.worker.isolation.PollingGate;
import io.awspring.cloud.autoconfigure.sqs.SqsProperties;
import io.awspring.cloud.sqs.config.SqsMessageListenerContainerFactory;
import io.awspring.cloud.sqs.listener.ListenerMode;
import io.awspring.cloud.sqs.listener.SqsContainerOptionsBuilder;
import io.awspring.cloud.sqs.listener.backpressure.BackPressureHandlerFactories;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;

/**
 * One listener container factory per destination kind, each gating its polling on that kind's endpoint breaker, and
 * the default factory for the worker's other listeners (defining any factory turns Spring Cloud AWS's own default
 * off). They all take the {@code spring.cloud.aws.sqs.listener.*} settings.
 */
@Configuration(proxyBeanMethods = false)
class DeliveryListenerFactories {

    static final String WEBHOOK = "webhookDeliveryListenerFactory";
    static final String GA4 = "ga4DeliveryListenerFactory";
    static final String SEGMENT = "segmentDeliveryListenerFactory";
    static final String AMPLITUDE = "amplitudeDeliveryListenerFactory";

    /** How long a paused poller waits for the breaker before asking again. */
    private static final Duration RECHECK = Duration.ofSeconds(1);

    @Bean
    SqsMessageListenerContainerFactory<Object> defaultSqsListenerContainerFactory(
            SqsAsyncClient sqs, SqsProperties sqsProperties) {
        return SqsMessageListenerContainerFactory.builder()
                .sqsAsyncClient(sqs)
                .configure(options -> applyListenerProperties(options, sqsProperties.getListener()))
                .build();
    }

    @Bean(WEBHOOK)
    SqsMessageListenerContainerFactory<Object> webhookDeliveryListenerFactory(
            SqsAsyncClient sqs, SqsProperties sqsProperties, DestinationGuards guards) {
        return factory(DestinationKind.WEBHOOK, sqs, sqsProperties, guards);
    }

    @Bean(GA4)
    SqsMessageListenerContainerFactory<Object> ga4DeliveryListenerFactory(
            SqsAsyncClient sqs, SqsProperties sqsProperties, DestinationGuards guards) {
        return factory(DestinationKind.GA4, sqs, sqsProperties, guards);
    }

    @Bean(SEGMENT)
    SqsMessageListenerContainerFactory<Object> segmentDeliveryListenerFactory(
            SqsAsyncClient sqs, SqsProperties sqsProperties, DestinationGuards guards) {
        return factory(DestinationKind.SEGMENT, sqs, sqsProperties, guards);
    }

    @Bean(AMPLITUDE)
    SqsMessageListenerContainerFactory<Object> amplitudeDeliveryListenerFactory(
            SqsAsyncClient sqs, SqsProperties sqsProperties, DestinationGuards guards) {
        return factory(DestinationKind.AMPLITUDE, sqs, sqsProperties, guards);
    }

    private static SqsMessageListenerContainerFactory<Object> factory(
            DestinationKind kind, SqsAsyncClient sqs, SqsProperties sqsProperties, DestinationGuards guards) {
        return SqsMessageListenerContainerFactory.builder()
                .sqsAsyncClient(sqs)
                .configure(options -> {
                    applyListenerProperties(options, sqsProperties.getListener());
                    options.listenerMode(ListenerMode.BATCH)
                            .backPressureHandlerFactory(containerOptions -> new PollingGate(
                                    BackPressureHandlerFactories.adaptiveThroughputBackPressureHandler()
                                            .createBackPressureHandler(containerOptions),
                                    guards.endpoint(kind),
                                    RECHECK));
                })
                .build();
    }

    private static void applyListenerProperties(SqsContainerOptionsBuilder options, SqsProperties.Listener listener) {
        if (listener.getPollTimeout() != null) {
            options.pollTimeout(listener.getPollTimeout());
        }
        if (listener.getMaxConcurrentMessages() != null) {
            options.maxConcurrentMessages(listener.getMaxConcurrentMessages());
        }
        if (listener.getMaxMessagesPerPoll() != null) {
            options.maxMessagesPerPoll(listener.getMaxMessagesPerPoll());
        }
        if (listener.getMaxDelayBetweenPolls() != null) {
            options.maxDelayBetweenPolls(listener.getMaxDelayBetweenPolls());
        }
    }
}
