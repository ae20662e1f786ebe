package dev.orderrelay.bench.perf;

import dev.orderrelay.devstack.aws.AwsClients;
import dev.orderrelay.devstack.aws.DevstackCredentials;
import java.net.URI;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The raw DynamoDB baseline: conditional puts ({@code attribute_not_exists}, as the ledger's claims are written) of
 * new items into a table of its own on the same DynamoDB Local, on the AWS SDK v2 async client.
 */
final class RawDynamoDb implements AutoCloseable {

    static final String TABLE = "bench-conditional-puts";

    private final DynamoDbAsyncClient dynamo;

    RawDynamoDb(URI endpoint) {
        DevstackCredentials credentials = DevstackCredentials.DEFAULT;
        this.dynamo = DynamoDbAsyncClient.builder()
                .endpointOverride(endpoint)
                .region(AwsClients.REGION)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(credentials.accessKeyId(), credentials.secretAccessKey())))
                .build();
    }

    void createTable() {
        try {
            dynamo.createTable(b -> b.tableName(TABLE)
                            .billingMode(BillingMode.PAY_PER_REQUEST)
                            .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH))
                            .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S)))
                    .join();
        } catch (java.util.concurrent.CompletionException e) {
            if (!(e.getCause() instanceof ResourceInUseException)) {
                throw e;
            }
        }
    }

    /** One conditional put of a new claim-like item; 1 when written. */
    Call conditionalPut(String run) {
        return sequence -> {
            dynamo.putItem(b -> b.tableName(TABLE)
                            .item(Map.of(
                                    "pk", AttributeValue.fromS("demo.myshopify.com#" + run + "#" + sequence),
                                    "state", AttributeValue.fromS("CLAIMED"),
                                    "owner", AttributeValue.fromS("bench"),
                                    "expiresAt", AttributeValue.fromN(Long.toString(System.currentTimeMillis()))))
                            .conditionExpression("attribute_not_exists(pk)"))
                    .join();
            return 1;
        };
    }

    @Override
    public void close() {
        dynamo.close();
    }
}
