package dev.orderrelay.reconciler;

import dev.orderrelay.ledger.LedgerSchema;
import dev.orderrelay.ledger.LedgerTables;
import dev.orderrelay.ledger.spring.LedgerConfiguration;
import dev.orderrelay.reconciler.run.ReconciliationJob;
import java.time.ZoneOffset;
import java.util.TimeZone;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.dynamodb2.DynamoDBLockProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.PropertySource;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Everything the reconciler role needs, importable into any Spring Boot application: its own
 * {@link ReconcilerApplication} in production (a long-running pod, or a CronJob calling the same job), the
 * one-process local run, tests.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = ReconcilerConfiguration.class)
@EnableConfigurationProperties(ReconcilerProperties.class)
@EnableScheduling
@Import(LedgerConfiguration.class)
@PropertySource("classpath:reconciler-defaults.properties")
public class ReconcilerConfiguration implements SchedulingConfigurer {

    private final ReconcilerProperties properties;
    private final ObjectProvider<ReconciliationJob> job;

    ReconcilerConfiguration(ReconcilerProperties properties, ObjectProvider<ReconciliationJob> job) {
        this.properties = properties;
        this.job = job;
    }

    /** The lock in the ledger's locks table (ShedLock's schema: key {@value LedgerSchema#LOCK_KEY}). */
    @Bean
    @ConditionalOnMissingBean
    LockProvider reconcilerLockProvider(DynamoDbClient dynamoDb, LedgerTables tables) {
        return new DynamoDBLockProvider(dynamoDb, tables.locks());
    }

    @Bean
    @ConditionalOnMissingBean
    LockingTaskExecutor reconcilerLockingTaskExecutor(LockProvider reconcilerLockProvider) {
        return new DefaultLockingTaskExecutor(reconcilerLockProvider);
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (!properties.enabled()) {
            return;
        }
        registrar.addTriggerTask(
                () -> job.getObject().runScheduled(),
                new CronTrigger(properties.schedule(), TimeZone.getTimeZone(ZoneOffset.UTC)));
        registrar.addFixedDelayTask(() -> job.getObject().runRequested(), properties.pollInterval());
    }
}
