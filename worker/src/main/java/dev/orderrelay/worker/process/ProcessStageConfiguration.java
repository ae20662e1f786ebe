package dev.orderrelay.worker.process;

import dev.orderrelay.ledger.claims.DeliveryClaims;
import dev.orderrelay.ledger.dedupe.SeenDeliveries;
import dev.orderrelay.ledger.held.HeldEvents;
import dev.orderrelay.ledger.orders.OrderLedger;
import dev.orderrelay.ledger.parked.ParkedEvents;
import dev.orderrelay.ledger.shops.ShopRegistry;
import dev.orderrelay.worker.WorkerProperties;
import dev.orderrelay.worker.activity.LiveCounts;
import dev.orderrelay.worker.enrich.OrderEnricher;
import dev.orderrelay.worker.privacy.PrivacyStage;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.batchmanager.SqsAsyncBatchManager;

/** The process stage's parts. Delivery queues are resolved at start-up, so a missing one fails it. */
@Configuration(proxyBeanMethods = false)
class ProcessStageConfiguration {

    /** SendMessageBatch's limit. */
    private static final int MAX_BATCH_ENTRIES = 10;

    @Bean
    ProcessParking processParking(ParkedEvents parked) {
        return new ProcessParking(parked);
    }

    @Bean(destroyMethod = "shutdown")
    ScheduledExecutorService deliveryBatchScheduler() {
        return Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("delivery-batch-", 0).factory());
    }

    /**
     * Shares SendMessageBatch calls between the deliveries of envelopes processed at the same time. Closed before the
     * scheduler and the client, so batches still buffered at shutdown are sent.
     */
    @Bean(destroyMethod = "close")
    SqsAsyncBatchManager deliveryBatchManager(
            SqsAsyncClient sqs, ScheduledExecutorService deliveryBatchScheduler, WorkerProperties properties) {
        return SqsAsyncBatchManager.builder()
                .client(sqs)
                .scheduledExecutor(deliveryBatchScheduler)
                .overrideConfiguration(
                        b -> b.maxBatchSize(MAX_BATCH_ENTRIES).sendRequestFrequency(properties.publishLinger()))
                .build();
    }

    @Bean
    DeliveryPublisher deliveryPublisher(
            SqsAsyncClient sqs, SqsAsyncBatchManager deliveryBatchManager, WorkerProperties properties) {
        Map<String, String> urls = new HashMap<>();
        properties.deliveryQueues().byKind().forEach((kind, queue) -> {
            try {
                urls.put(kind, sqs.getQueueUrl(b -> b.queueName(queue)).join().queueUrl());
            } catch (RuntimeException e) {
                throw new IllegalStateException(
                        "relay.worker.delivery-queues." + kind + ": cannot resolve queue '" + queue
                                + "'; create it or fix the property",
                        e);
            }
        });
        return new SqsDeliveryPublisher(deliveryBatchManager, urls);
    }

    @Bean
    ProcessStage processStage(
            SeenDeliveries seen,
            ShopRegistry shops,
            OrderLedger orders,
            DeliveryClaims claims,
            HeldEvents held,
            ProcessParking parking,
            S3Client s3,
            DeliveryPublisher publisher,
            PrivacyStage privacy,
            OrderEnricher enricher,
            LiveCounts live) {
        return new ProcessStage(
                seen,
                shops,
                orders,
                claims,
                held,
                parking,
                new EnvelopeBodies(s3),
                publisher,
                privacy,
                enricher::enrich,
                live);
    }
}
