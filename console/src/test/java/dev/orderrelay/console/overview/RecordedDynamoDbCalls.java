package dev.orderrelay.console.overview;

import dev.orderrelay.devstack.Devstack;
import dev.orderrelay.devstack.aws.AwsClients;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** A DynamoDB client on the devstack that records the name of every operation it sends (Query, Scan, ...). */
final class RecordedDynamoDbCalls implements ExecutionInterceptor {

    private final List<String> operations = new CopyOnWriteArrayList<>();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        operations.add(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
    }

    List<String> operations() {
        return List.copyOf(operations);
    }

    DynamoDbClient client() {
        Devstack devstack = Devstack.shared();
        return DynamoDbClient.builder()
                .endpointOverride(devstack.dynamoDbEndpoint())
                .region(AwsClients.REGION)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        devstack.credentials().accessKeyId(),
                        devstack.credentials().secretAccessKey())))
                .overrideConfiguration(c -> c.addExecutionInterceptor(this))
                .build();
    }
}
