package dev.orderrelay.devstack.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderrelay.devstack.Devstack;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.CreateQueueRequest;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

class DevstackIntegrationTests {

    private final Devstack devstack = Devstack.shared();

    @Test
    void createsTheIngestQueueWithARedrivePolicyToItsDeadLetterQueue() {
        Map<QueueAttributeName, String> ingest = attributes(DevstackResources.INGEST_QUEUE);
        Map<QueueAttributeName, String> dlq = attributes(DevstackResources.INGEST_DEAD_LETTER_QUEUE);

        assertThat(ingest.get(QueueAttributeName.REDRIVE_POLICY))
                .contains(dlq.get(QueueAttributeName.QUEUE_ARN))
                .containsPattern("\"maxReceiveCount\":\"?5\"?[,}]");
    }

    /**
     * ElasticMQ ignores MessageRetentionPeriod (it keeps messages until deleted), so what can be checked here is
     * that the devstack asks for 14 days on every queue, as the infrastructure does on AWS.
     */
    @Test
    void asksForFourteenDayRetentionOnEveryQueue() {
        List<CreateQueueRequest> requests = new CopyOnWriteArrayList<>();
        ExecutionInterceptor capture = new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                if (context.request() instanceof CreateQueueRequest create) {
                    requests.add(create);
                }
            }
        };
        try (SqsClient sqs = SqsClient.builder()
                .endpointOverride(devstack.sqsEndpoint())
                .region(AwsClients.REGION)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        devstack.credentials().accessKeyId(),
                        devstack.credentials().secretAccessKey())))
                .overrideConfiguration(c -> c.addExecutionInterceptor(capture))
                .build()) {
            new ResourceCreator(sqs, devstack.s3()).create(DevstackResources.DEFAULT);
        }

        assertThat(requests)
                .extracting(CreateQueueRequest::queueName)
                .contains(DevstackResources.INGEST_QUEUE, DevstackResources.INGEST_DEAD_LETTER_QUEUE);
        assertThat(requests)
                .allSatisfy(request -> assertThat(request.attributes())
                        .containsEntry(QueueAttributeName.MESSAGE_RETENTION_PERIOD, "1209600"));
    }

    @Test
    void movesAMessageReceivedTooOftenToTheDeadLetterQueue() {
        String queueUrl = devstack.queueUrl(DevstackResources.INGEST_QUEUE);
        String dlqUrl = devstack.queueUrl(DevstackResources.INGEST_DEAD_LETTER_QUEUE);
        String marker = "poison-" + System.nanoTime();
        devstack.sqs().sendMessage(b -> b.queueUrl(queueUrl).messageBody(marker));

        for (int receive = 0; receive < 6; receive++) {
            devstack.sqs()
                    .receiveMessage(
                            b -> b.queueUrl(queueUrl).visibilityTimeout(0).maxNumberOfMessages(10));
        }

        boolean inDlq = devstack
                .sqs()
                .receiveMessage(b -> b.queueUrl(dlqUrl).maxNumberOfMessages(10).waitTimeSeconds(1))
                .messages()
                .stream()
                .anyMatch(m -> m.body().equals(marker));
        assertThat(inDlq).isTrue();
    }

    @Test
    void storesAndReturnsObjectsByteForByte() {
        byte[] bytes = "{\"note\":\"東京 🎉\"}".getBytes(StandardCharsets.UTF_8);
        devstack.s3()
                .putObject(
                        b -> b.bucket(DevstackResources.BODIES_BUCKET).key("test/round-trip"),
                        RequestBody.fromBytes(bytes));

        byte[] back = devstack.s3()
                .getObjectAsBytes(b -> b.bucket(DevstackResources.BODIES_BUCKET).key("test/round-trip"))
                .asByteArray();

        assertThat(back).isEqualTo(bytes);
    }

    @Test
    void answersDynamoDbRequests() {
        assertThat(devstack.dynamoDb().listTables().tableNames()).isNotNull();
    }

    @Test
    void listensOnLoopbackOnly() throws IOException {
        Optional<InetAddress> external = externalAddress();
        if (external.isEmpty()) {
            return; // A machine with only loopback cannot be reached from outside anyway.
        }
        for (int port : new int[] {
            devstack.sqsEndpoint().getPort(),
            devstack.dynamoDbEndpoint().getPort(),
            devstack.s3Endpoint().getPort()
        }) {
            assertThatThrownBy(() -> {
                        try (Socket socket = new Socket()) {
                            socket.connect(new InetSocketAddress(external.get(), port), 1000);
                        }
                    })
                    .as("port %d on %s", port, external.get())
                    .isInstanceOf(IOException.class);
        }
    }

    private Map<QueueAttributeName, String> attributes(String queue) {
        return devstack.sqs()
                .getQueueAttributes(b -> b.queueUrl(devstack.queueUrl(queue)).attributeNames(QueueAttributeName.ALL))
                .attributes();
    }

    private static Optional<InetAddress> externalAddress() throws IOException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address instanceof Inet4Address) {
                        return Optional.of(address);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
