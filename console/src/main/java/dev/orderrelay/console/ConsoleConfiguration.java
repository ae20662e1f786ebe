package dev.orderrelay.console;

import dev.orderrelay.ledger.spring.LedgerConfiguration;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.PropertySource;

/**
 * Everything the console role needs, importable into any Spring Boot application: its own
 * {@link ConsoleApplication} in production, the one-process local run, tests. Its security covers {@code /api/**}
 * only; what else an application serves stays the application's business. Its defaults come from
 * {@code console-defaults.properties} at the lowest precedence, so an application's own configuration wins.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(
        basePackageClasses = ConsoleConfiguration.class,
        excludeFilters = {
            @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
            @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = ConsoleApplication.class)
        })
@EnableConfigurationProperties(ConsoleProperties.class)
@Import(LedgerConfiguration.class)
@PropertySource("classpath:console-defaults.properties")
public class ConsoleConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
