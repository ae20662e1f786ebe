package dev.orderrelay.worker.credentials;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.AwsRegionProvider;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClientBuilder;

/**
 * The one {@link CredentialSource} of the worker: the store {@code relay.credentials.source} names, behind a cache
 * of {@code relay.credentials.cache-ttl}. The Secrets Manager client is built only when that store is chosen, on
 * Spring Cloud AWS's region and credentials providers.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CredentialsProperties.class)
class CredentialsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CredentialsConfiguration.class);

    @Bean
    CachingCredentialSource credentialSource(
            CredentialsProperties properties,
            Environment environment,
            ObjectProvider<AwsRegionProvider> regions,
            ObjectProvider<AwsCredentialsProvider> awsCredentials,
            Clock clock) {
        CredentialSource source = switch (properties.source()) {
            case ENVIRONMENT -> new EnvironmentCredentialSource(environment);
            case FILES -> new FileCredentialSource(properties.directory());
            case SECRETS_MANAGER -> {
                CredentialsProperties.SecretsManager settings = properties.secretsManager();
                yield new SecretsManagerCredentialSource(
                        secretsManager(settings, regions, awsCredentials), settings.prefix(), settings.jsonKey());
            }
        };
        log.info(
                "destination credentials are read from {}, each kept for {}",
                source.description(),
                properties.cacheTtl());
        return new CachingCredentialSource(source, properties.cacheTtl(), clock);
    }

    private static SecretsManagerClient secretsManager(
            CredentialsProperties.SecretsManager settings,
            ObjectProvider<AwsRegionProvider> regions,
            ObjectProvider<AwsCredentialsProvider> awsCredentials) {
        SecretsManagerClientBuilder builder = SecretsManagerClient.builder()
                .region(region(regions.getIfAvailable(DefaultAwsRegionProviderChain::new)))
                .credentialsProvider(awsCredentials.getIfAvailable(
                        () -> DefaultCredentialsProvider.builder().build()))
                .overrideConfiguration(client -> client.apiCallTimeout(settings.timeout()));
        if (settings.endpoint() != null) {
            builder.endpointOverride(settings.endpoint());
        }
        return builder.build();
    }

    private static Region region(AwsRegionProvider provider) {
        try {
            return provider.getRegion();
        } catch (SdkClientException e) {
            throw new IllegalStateException(
                    "relay.credentials.source=secrets-manager needs an AWS region: set"
                            + " spring.cloud.aws.region.static or AWS_REGION",
                    e);
        }
    }
}
