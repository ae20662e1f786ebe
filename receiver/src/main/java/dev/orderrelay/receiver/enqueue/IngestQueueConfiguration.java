package dev.orderrelay.receiver.enqueue;

import dev.orderrelay.receiver.ReceiverProperties;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.SqsAsyncClientBuilder;
import software.amazon.awssdk.services.sqs.SqsServiceClientConfiguration;
import software.amazon.awssdk.services.sqs.batchmanager.SqsAsyncBatchManager;

/** The SDK's batch manager on Spring Cloud AWS's SQS client, and the ingest queue it sends to. */
@Configuration(proxyBeanMethods = false)
class IngestQueueConfiguration {

    private static final Duration RESOLVE_TIMEOUT = Duration.ofSeconds(15);

    /** SQS's own limit on entries per SendMessageBatch. */
    private static final int MAX_BATCH_ENTRIES = 10;

    @Bean
    IngestQueue ingestQueue(SqsAsyncClient sqs, ReceiverProperties properties) {
        String configured = properties.ingestQueue();
        if (configured.startsWith("https://") || configured.startsWith("http://")) {
            return new IngestQueue(configured);
        }
        try {
            return new IngestQueue(sqs.getQueueUrl(b -> b.queueName(configured))
                    .get(RESOLVE_TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                    .queueUrl());
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(
                    "relay.receiver.ingest-queue: cannot resolve queue '" + configured + "' ("
                            + (e.getCause() == null ? e : e.getCause()).getMessage()
                            + "); create it or point the property at an existing queue name or URL",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while resolving relay.receiver.ingest-queue", e);
        }
    }

    /**
     * The receiver's own SQS client: Spring Cloud AWS's endpoint, region and credentials, plus an API-call
     * timeout of the enqueue deadline, so a batch stuck on a hung queue is abandoned instead of holding a
     * connection long after the request answered 503. It is not a bean, so other roles in the same process keep
     * the shared client (whose long polls such a timeout would cut). The timeout cannot go on each request: the
     * batch manager then sends to a wrong queue URL (aws-sdk-java-v2 issue 6478).
     */
    @Bean(destroyMethod = "close")
    IngestSqsClient ingestSqsClient(SqsAsyncClient shared, ReceiverProperties properties) {
        SqsServiceClientConfiguration config = shared.serviceClientConfiguration();
        SqsAsyncClientBuilder builder = SqsAsyncClient.builder()
                .region(config.region())
                .credentialsProvider(config.credentialsProvider())
                .overrideConfiguration(c -> c.apiCallTimeout(properties.enqueueDeadline()));
        config.endpointOverride().ifPresent(builder::endpointOverride);
        return new IngestSqsClient(builder.build());
    }

    @Bean(destroyMethod = "shutdown")
    ScheduledExecutorService ingestBatchScheduler() {
        return Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("ingest-batch-", 0).factory());
    }

    /**
     * Shares SendMessageBatch calls across concurrent requests: each request waits at most the linger for its
     * batch to fill. Closed before the scheduler and the client, so batches still buffered at shutdown are sent.
     */
    @Bean(destroyMethod = "close")
    SqsAsyncBatchManager ingestBatchManager(
            IngestSqsClient sqs, ScheduledExecutorService ingestBatchScheduler, ReceiverProperties properties) {
        return SqsAsyncBatchManager.builder()
                .client(sqs.client())
                .scheduledExecutor(ingestBatchScheduler)
                .overrideConfiguration(
                        b -> b.maxBatchSize(MAX_BATCH_ENTRIES).sendRequestFrequency(properties.batchLinger()))
                .build();
    }
}
