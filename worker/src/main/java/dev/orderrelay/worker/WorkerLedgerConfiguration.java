package dev.orderrelay.worker;

import dev.orderrelay.ledger.LedgerSchema;
import dev.orderrelay.ledger.LedgerTables;
import dev.orderrelay.ledger.claims.DeliveryClaims;
import dev.orderrelay.ledger.dedupe.SeenDeliveries;
import dev.orderrelay.ledger.orders.OrderLedger;
import dev.orderrelay.ledger.parked.ParkedEvents;
import dev.orderrelay.ledger.shops.ShopRegistry;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The ledger's parts, on Spring Cloud AWS's DynamoDB clients. */
@Configuration(proxyBeanMethods = false)
class WorkerLedgerConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    LedgerTables ledgerTables(LedgerProperties properties, DynamoDbClient dynamoDb) {
        LedgerTables tables = LedgerTables.withPrefix(properties.tablePrefix());
        if (properties.createTables()) {
            new LedgerSchema(dynamoDb).createMissing(tables);
        }
        return tables;
    }

    @Bean
    SeenDeliveries seenDeliveries(DynamoDbEnhancedClient client, LedgerTables tables, Clock clock) {
        return new SeenDeliveries(client, tables, clock, SeenDeliveries.DEFAULT_RETENTION);
    }

    @Bean
    ShopRegistry shopRegistry(DynamoDbEnhancedClient client, LedgerTables tables, Clock clock) {
        return new ShopRegistry(client, tables, clock);
    }

    @Bean
    OrderLedger orderLedger(DynamoDbEnhancedClient client, LedgerTables tables, Clock clock) {
        return new OrderLedger(client, tables, clock);
    }

    @Bean
    DeliveryClaims deliveryClaims(
            DynamoDbEnhancedClient client, DynamoDbClient dynamoDb, LedgerTables tables, Clock clock) {
        return new DeliveryClaims(client, dynamoDb, tables, clock);
    }

    @Bean
    ParkedEvents parkedEvents(DynamoDbEnhancedClient client, LedgerTables tables, Clock clock) {
        return new ParkedEvents(client, tables, clock);
    }
}
