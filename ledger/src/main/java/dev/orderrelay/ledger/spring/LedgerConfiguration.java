package dev.orderrelay.ledger.spring;

import dev.orderrelay.ledger.LedgerSchema;
import dev.orderrelay.ledger.LedgerTables;
import dev.orderrelay.ledger.activity.ActivityLog;
import dev.orderrelay.ledger.audit.AuditLog;
import dev.orderrelay.ledger.breakers.BreakerBoard;
import dev.orderrelay.ledger.claims.DeliveryClaims;
import dev.orderrelay.ledger.dedupe.SeenDeliveries;
import dev.orderrelay.ledger.held.HeldEvents;
import dev.orderrelay.ledger.orders.OrderLedger;
import dev.orderrelay.ledger.parked.OpenCounts;
import dev.orderrelay.ledger.parked.ParkedEvents;
import dev.orderrelay.ledger.parked.ReplayJobs;
import dev.orderrelay.ledger.privacy.DataRequestExports;
import dev.orderrelay.ledger.privacy.LedgerRedactions;
import dev.orderrelay.ledger.privacy.StoredBodies;
import dev.orderrelay.ledger.reconciliations.Reconciliations;
import dev.orderrelay.ledger.shops.ShopRegistry;
import dev.orderrelay.ledger.throughput.ThroughputRows;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The ledger's stores on the DynamoDB clients Spring Cloud AWS builds from {@code spring.cloud.aws.dynamodb.*}:
 * one wiring that every role imports, so the one-process local run holds one set. Each bean still steps aside for
 * one an application defines itself (tests, for instance).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LedgerProperties.class)
public class LedgerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LedgerConfiguration.class);

    /** The table names; with {@code relay.ledger.create-tables}, missing tables exist before any store is used. */
    @Bean
    @ConditionalOnMissingBean
    LedgerTables ledgerTables(LedgerProperties properties, DynamoDbClient dynamoDb) {
        LedgerTables tables = properties.tables();
        if (properties.createTables()) {
            List<String> created = new LedgerSchema(dynamoDb).createMissing(tables);
            log.info("ledger tables with prefix '{}' ready, created {}", properties.tablePrefix(), created);
        }
        return tables;
    }

    @Bean
    @ConditionalOnMissingBean
    ShopRegistry shopRegistry(DynamoDbEnhancedClient enhanced, LedgerTables tables, Clock clock) {
        return new ShopRegistry(enhanced, tables, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    OrderLedger orderLedger(
            DynamoDbEnhancedClient enhanced, DynamoDbClient dynamoDb, LedgerTables tables, Clock clock) {
        return new OrderLedger(enhanced, dynamoDb, tables, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    HeldEvents heldEvents(DynamoDbEnhancedClient enhanced, LedgerTables tables, Clock clock) {
        return new HeldEvents(enhanced, tables, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    SeenDeliveries seenDeliveries(DynamoDbEnhancedClient enhanced, LedgerTables tables, Clock clock) {
        return new SeenDeliveries(enhanced, tables, clock, SeenDeliveries.DEFAULT_RETENTION);
    }

    @Bean
    @ConditionalOnMissingBean
    ParkedEvents parkedEvents(
            DynamoDbEnhancedClient enhanced, DynamoDbClient dynamoDb, LedgerTables tables, Clock clock) {
        return new ParkedEvents(enhanced, dynamoDb, tables, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    DeliveryClaims deliveryClaims(
            DynamoDbEnhancedClient enhanced, DynamoDbClient dynamoDb, LedgerTables tables, Clock clock) {
        return new DeliveryClaims(enhanced, dynamoDb, tables, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    ReplayJobs replayJobs(DynamoDbEnhancedClient enhanced, LedgerTables tables, Clock clock) {
        return new ReplayJobs(enhanced, tables, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    AuditLog auditLog(DynamoDbEnhancedClient enhanced, LedgerTables tables, Clock clock) {
        return new AuditLog(enhanced, tables, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    ThroughputRows throughputRows(DynamoDbEnhancedClient enhanced, LedgerTables tables) {
        return new ThroughputRows(enhanced, tables);
    }

    @Bean
    @ConditionalOnMissingBean
    Reconciliations reconciliations(
            DynamoDbEnhancedClient enhanced, DynamoDbClient dynamoDb, LedgerTables tables, Clock clock) {
        return new Reconciliations(enhanced, dynamoDb, tables, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    StoredBodies storedBodies(DynamoDbEnhancedClient enhanced, LedgerTables tables, Clock clock) {
        return new StoredBodies(enhanced, tables, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    DataRequestExports dataRequestExports(DynamoDbEnhancedClient enhanced, LedgerTables tables, Clock clock) {
        return new DataRequestExports(enhanced, tables, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    OpenCounts openCounts(DynamoDbClient dynamoDb, LedgerTables tables) {
        return new OpenCounts(dynamoDb, tables);
    }

    @Bean
    @ConditionalOnMissingBean
    ActivityLog activityLog(DynamoDbClient dynamoDb, LedgerTables tables) {
        return new ActivityLog(dynamoDb, tables);
    }

    @Bean
    @ConditionalOnMissingBean
    BreakerBoard breakerBoard(DynamoDbClient dynamoDb, LedgerTables tables, Clock clock) {
        return new BreakerBoard(dynamoDb, tables, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    LedgerRedactions ledgerRedactions(DynamoDbClient dynamoDb, LedgerTables tables) {
        return new LedgerRedactions(dynamoDb, tables);
    }
}
