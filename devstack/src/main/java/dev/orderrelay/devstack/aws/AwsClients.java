package dev.orderrelay.devstack.aws;

import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/** SDK clients for the embedded servers, as tests and the devstack itself use them. */
public final class AwsClients {

    public static final Region REGION = Region.US_EAST_1;

    private AwsClients() {}

    public static SqsClient sqs(URI endpoint, DevstackCredentials credentials) {
        return SqsClient.builder()
                .endpointOverride(endpoint)
                .region(REGION)
                .credentialsProvider(provider(credentials))
                .httpClientBuilder(httpClient())
                .build();
    }

    public static S3Client s3(URI endpoint, DevstackCredentials credentials) {
        return S3Client.builder()
                .endpointOverride(endpoint)
                .region(REGION)
                .forcePathStyle(true)
                .credentialsProvider(provider(credentials))
                .httpClientBuilder(httpClient())
                .build();
    }

    public static DynamoDbClient dynamoDb(URI endpoint, DevstackCredentials credentials) {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(REGION)
                .credentialsProvider(provider(credentials))
                .httpClientBuilder(httpClient())
                .build();
    }

    private static ApacheHttpClient.Builder httpClient() {
        return ApacheHttpClient.builder()
                .connectionTimeout(Duration.ofSeconds(2))
                .socketTimeout(Duration.ofSeconds(30));
    }

    private static StaticCredentialsProvider provider(DevstackCredentials credentials) {
        return StaticCredentialsProvider.create(
                AwsBasicCredentials.create(credentials.accessKeyId(), credentials.secretAccessKey()));
    }
}
