package dev.orderrelay.worker.awscalls;

import io.awspring.cloud.autoconfigure.dynamodb.DynamoDbClientCustomizer;
import io.awspring.cloud.autoconfigure.s3.S3ClientCustomizer;
import io.awspring.cloud.autoconfigure.sqs.SqsAsyncClientCustomizer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;

/**
 * Adds the call counter to the DynamoDB, SQS and S3 clients Spring Cloud AWS builds for the worker, keeping whatever
 * override configuration the client already has.
 */
@Configuration(proxyBeanMethods = false)
class AwsCallsConfiguration {

    @Bean
    AwsCallCounter awsCallCounter(ObjectProvider<MeterRegistry> meters) {
        return new AwsCallCounter(meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    DynamoDbClientCustomizer dynamoDbCallCounting(AwsCallCounter counter) {
        return builder -> addTo(builder, counter);
    }

    @Bean
    SqsAsyncClientCustomizer sqsCallCounting(AwsCallCounter counter) {
        return builder -> addTo(builder, counter);
    }

    @Bean
    S3ClientCustomizer s3CallCounting(AwsCallCounter counter) {
        return builder -> addTo(builder, counter);
    }

    private static void addTo(AwsClientBuilder<?, ?> builder, AwsCallCounter counter) {
        ClientOverrideConfiguration current = builder.overrideConfiguration();
        builder.overrideConfiguration(
                current.toBuilder().addExecutionInterceptor(counter).build());
    }
}
