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
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;

/** The process stage's parts. Delivery queues are resolved at start-up, so a missing one fails it. */
@Configuration(proxyBeanMethods = false)
class ProcessStageConfiguration {

    @Bean
    ProcessParking processParking(ParkedEvents parked) {
        return new ProcessParking(parked);
    }

    /** Closed before the SQS client, so batches still buffered at shutdown are sent. */
    @Bean(destroyMethod = "close")
    SqsDeliveryPublisher deliveryPublisher(SqsAsyncClient sqs, WorkerProperties properties) {
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
        return SqsDeliveryPublisher.batching(sqs, urls, properties.publishLinger());
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
