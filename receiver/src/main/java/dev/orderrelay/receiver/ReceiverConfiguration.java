package dev.orderrelay.receiver;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/**
 * Everything the receiver role needs, importable into any Spring Boot application: its own
 * {@link ReceiverApplication} in production, the one-process local run, tests. Its defaults come from
 * {@code receiver-defaults.properties} at the lowest precedence, so an application's own configuration wins.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = ReceiverConfiguration.class)
@EnableConfigurationProperties(ReceiverProperties.class)
@PropertySource("classpath:receiver-defaults.properties")
public class ReceiverConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
