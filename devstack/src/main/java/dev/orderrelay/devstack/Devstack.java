package dev.orderrelay.devstack;

import dev.orderrelay.devstack.aws.AwsClients;
import dev.orderrelay.devstack.aws.DevstackCredentials;
import dev.orderrelay.devstack.aws.EmbeddedDynamoDb;
import dev.orderrelay.devstack.aws.EmbeddedS3;
import dev.orderrelay.devstack.aws.EmbeddedSqs;
import dev.orderrelay.devstack.aws.ResourceCreator;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * ElasticMQ, DynamoDB Local and S3Proxy running in this JVM on 127.0.0.1, with order-relay's queues (each with
 * a dead-letter queue, redrive and 14-day retention) and buckets created.
 *
 * <p>Tests share one instance per JVM through {@link #shared()}: starting the servers costs seconds, and
 * tests keep out of each other's way by their own shop domains and ids, not by fresh servers.
 */
public final class Devstack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Devstack.class);
    private static Devstack shared;

    private final DevstackSettings settings;
    private final EmbeddedSqs sqsServer;
    private final EmbeddedDynamoDb dynamoDbServer;
    private final EmbeddedS3 s3Server;
    private final SqsClient sqs;
    private final S3Client s3;
    private final DynamoDbClient dynamoDb;

    private Devstack(
            DevstackSettings settings, EmbeddedSqs sqsServer, EmbeddedDynamoDb dynamoDbServer, EmbeddedS3 s3Server) {
        this.settings = settings;
        this.sqsServer = sqsServer;
        this.dynamoDbServer = dynamoDbServer;
        this.s3Server = s3Server;
        this.sqs = AwsClients.sqs(sqsServer.endpoint(), settings.credentials());
        this.s3 = AwsClients.s3(s3Server.endpoint(), settings.credentials());
        this.dynamoDb = AwsClients.dynamoDb(dynamoDbServer.endpoint(), settings.credentials());
    }

    /** Starts the servers and creates the resources; the caller closes it. */
    public static Devstack start(DevstackSettings settings) {
        long started = System.nanoTime();
        EmbeddedSqs sqsServer = EmbeddedSqs.start(settings.sqsPort());
        EmbeddedDynamoDb dynamoDbServer = EmbeddedDynamoDb.start(settings.dynamoDbPort());
        EmbeddedS3 s3Server = EmbeddedS3.start(settings.s3Port(), settings.credentials());
        Devstack devstack = new Devstack(settings, sqsServer, dynamoDbServer, s3Server);
        new ResourceCreator(devstack.sqs, devstack.s3).create(settings.resources());
        log.info(
                "devstack up in {} ms: sqs={} dynamodb={} s3={}",
                (System.nanoTime() - started) / 1_000_000,
                devstack.sqsEndpoint(),
                devstack.dynamoDbEndpoint(),
                devstack.s3Endpoint());
        return devstack;
    }

    /** The one devstack of this JVM, on free ports, started on first use and stopped when the JVM exits. */
    public static synchronized Devstack shared() {
        if (shared == null) {
            Devstack started = start(DevstackSettings.EPHEMERAL);
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "devstack-shutdown"));
            shared = started;
        }
        return shared;
    }

    public URI sqsEndpoint() {
        return sqsServer.endpoint();
    }

    public URI dynamoDbEndpoint() {
        return dynamoDbServer.endpoint();
    }

    public URI s3Endpoint() {
        return s3Server.endpoint();
    }

    public DevstackCredentials credentials() {
        return settings.credentials();
    }

    public SqsClient sqs() {
        return sqs;
    }

    public S3Client s3() {
        return s3;
    }

    public DynamoDbClient dynamoDb() {
        return dynamoDb;
    }

    public String queueUrl(String queueName) {
        return sqs.getQueueUrl(b -> b.queueName(queueName)).queueUrl();
    }

    /**
     * The Spring Cloud AWS properties that point an application at this devstack: region, credentials and one
     * endpoint per service.
     */
    public Map<String, String> springCloudAwsProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.cloud.aws.region.static", AwsClients.REGION.id());
        properties.put("spring.cloud.aws.credentials.access-key", credentials().accessKeyId());
        properties.put("spring.cloud.aws.credentials.secret-key", credentials().secretAccessKey());
        properties.put("spring.cloud.aws.sqs.endpoint", sqsEndpoint().toString());
        properties.put("spring.cloud.aws.s3.endpoint", s3Endpoint().toString());
        properties.put("spring.cloud.aws.s3.path-style-access-enabled", "true");
        properties.put("spring.cloud.aws.dynamodb.endpoint", dynamoDbEndpoint().toString());
        return properties;
    }

    @Override
    public void close() {
        sqs.close();
        s3.close();
        dynamoDb.close();
        closeQuietly(s3Server);
        closeQuietly(dynamoDbServer);
        closeQuietly(sqsServer);
    }

    private static void closeQuietly(AutoCloseable server) {
        try {
            server.close();
        } catch (Exception e) {
            log.warn("devstack server did not stop cleanly: {}", e.toString());
        }
    }
}
