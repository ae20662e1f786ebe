package dev.orderrelay.worker;

import dev.orderrelay.devstack.Devstack;
import dev.orderrelay.devstack.aws.AwsClients;
import dev.orderrelay.devstack.aws.DevstackResources;
import dev.orderrelay.ledger.LedgerSchema;
import dev.orderrelay.ledger.LedgerTables;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.batchmanager.SqsAsyncBatchManager;

/** Ledger tables of its own on the shared devstack, and clients for the worker's tests. */
public record WorkerTestStack(LedgerTables tables, DynamoDbClient dynamoDb, DynamoDbEnhancedClient enhanced) {

    public static WorkerTestStack create() {
        return createWithDynamoDbAt(Devstack.shared().dynamoDbEndpoint());
    }

    /** Tables created directly; the worker's DynamoDB client talks to {@code endpoint}, e.g. a fault proxy. */
    public static WorkerTestStack createWithDynamoDbAt(URI endpoint) {
        Devstack devstack = Devstack.shared();
        LedgerTables tables =
                LedgerTables.withPrefix("w" + UUID.randomUUID().toString().substring(0, 8) + "-");
        new LedgerSchema(devstack.dynamoDb()).createMissing(tables);
        DynamoDbClient client = AwsClients.dynamoDb(endpoint, devstack.credentials());
        return new WorkerTestStack(
                tables,
                client,
                DynamoDbEnhancedClient.builder().dynamoDbClient(client).build());
    }

    public static SqsAsyncClient sqsAsync() {
        return sqsAsyncAt(Devstack.shared().sqsEndpoint());
    }

    /** An SQS client that talks to {@code endpoint}, e.g. a fault proxy in front of the devstack's SQS. */
    public static SqsAsyncClient sqsAsyncAt(URI endpoint) {
        Devstack devstack = Devstack.shared();
        return SqsAsyncClient.builder()
                .endpointOverride(endpoint)
                .region(AwsClients.REGION)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        devstack.credentials().accessKeyId(),
                        devstack.credentials().secretAccessKey())))
                .build();
    }

    /** A delivery-queue batch manager as the worker builds one, shared by this JVM's tests (holder: built on use). */
    public static SqsAsyncBatchManager deliveryBatches() {
        return DeliveryBatches.SHARED;
    }

    private static final class DeliveryBatches {
        static final SqsAsyncBatchManager SHARED = SqsAsyncBatchManager.builder()
                .client(sqsAsync())
                .scheduledExecutor(Executors.newSingleThreadScheduledExecutor(
                        Thread.ofPlatform().daemon().name("test-delivery-batch").factory()))
                .overrideConfiguration(b -> b.sendRequestFrequency(Duration.ofMillis(5)))
                .build();
    }

    public static String webhookQueueUrl() {
        return Devstack.shared().queueUrl(DevstackResources.WEBHOOK_DELIVERY_QUEUE);
    }
}
