package dev.orderrelay.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.devstack.Devstack;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

class LedgerSchemaIntegrationTests {

    private final DynamoDbClient dynamoDb = Devstack.shared().dynamoDb();

    @Test
    void createsEveryTableOnceOnDemandWithTtlsAndTheAuditIndex() {
        LedgerTables tables =
                LedgerTables.withPrefix("s" + UUID.randomUUID().toString().substring(0, 8) + "-");
        LedgerSchema schema = new LedgerSchema(dynamoDb);

        assertThat(schema.createMissing(tables))
                .containsExactlyInAnyOrder(
                        tables.shops(),
                        tables.seenDeliveries(),
                        tables.orders(),
                        tables.deliveries(),
                        tables.parked(),
                        tables.replayJobs(),
                        tables.audit(),
                        tables.throughput(),
                        tables.reconciliations(),
                        tables.locks(),
                        tables.storedBodies(),
                        tables.dataRequests(),
                        tables.heldEvents(),
                        tables.activity(),
                        tables.breakers(),
                        tables.deadLetterCounts());
        assertThat(schema.createMissing(tables)).isEmpty();
        for (String expiring : new String[] {tables.activity(), tables.breakers()}) {
            assertThat(dynamoDb.describeTimeToLive(b -> b.tableName(expiring))
                            .timeToLiveDescription()
                            .timeToLiveStatus())
                    .isEqualTo(TimeToLiveStatus.ENABLED);
        }

        assertThat(dynamoDb.describeTable(b -> b.tableName(tables.deliveries()))
                        .table()
                        .billingModeSummary()
                        .billingMode())
                .isEqualTo(BillingMode.PAY_PER_REQUEST);
        assertThat(dynamoDb.describeTimeToLive(b -> b.tableName(tables.seenDeliveries()))
                        .timeToLiveDescription())
                .satisfies(ttl -> {
                    assertThat(ttl.attributeName()).isEqualTo(LedgerSchema.TTL_ATTRIBUTE);
                    assertThat(ttl.timeToLiveStatus()).isEqualTo(TimeToLiveStatus.ENABLED);
                });
        assertThat(dynamoDb.describeTimeToLive(b -> b.tableName(tables.replayJobs()))
                        .timeToLiveDescription()
                        .timeToLiveStatus())
                .isEqualTo(TimeToLiveStatus.ENABLED);
        assertThat(dynamoDb.describeTable(b -> b.tableName(tables.audit()))
                        .table()
                        .globalSecondaryIndexes())
                .singleElement()
                .satisfies(index -> assertThat(index.indexName()).isEqualTo(LedgerSchema.AUDIT_BY_SHOP_INDEX));
        assertThat(dynamoDb.describeTable(b -> b.tableName(tables.orders()))
                        .table()
                        .globalSecondaryIndexes())
                .extracting(index -> index.indexName())
                .containsExactlyInAnyOrder(LedgerSchema.ORDERS_BY_HOUR_INDEX, LedgerSchema.ORDERS_BY_NAME_INDEX);
        assertThat(dynamoDb.describeTable(b -> b.tableName(tables.shops()))
                        .table()
                        .globalSecondaryIndexes())
                .singleElement()
                .satisfies(index -> assertThat(index.indexName()).isEqualTo(LedgerSchema.SHOPS_DIRECTORY_INDEX));
        assertThat(dynamoDb.describeTable(b -> b.tableName(tables.parked()))
                        .table()
                        .globalSecondaryIndexes())
                .singleElement()
                .satisfies(index -> assertThat(index.indexName()).isEqualTo(LedgerSchema.PARKED_BY_ORDER_INDEX));
        assertThat(dynamoDb.describeTimeToLive(b -> b.tableName(tables.reconciliations()))
                        .timeToLiveDescription()
                        .timeToLiveStatus())
                .isEqualTo(TimeToLiveStatus.ENABLED);
        assertThat(dynamoDb.describeTimeToLive(b -> b.tableName(tables.dataRequests()))
                        .timeToLiveDescription()
                        .timeToLiveStatus())
                .isEqualTo(TimeToLiveStatus.ENABLED);
        assertThat(dynamoDb.describeTable(b -> b.tableName(tables.reconciliations()))
                        .table()
                        .globalSecondaryIndexes())
                .extracting(index -> index.indexName())
                .containsExactlyInAnyOrder(
                        LedgerSchema.RECONCILIATIONS_QUEUED_INDEX,
                        LedgerSchema.RECONCILIATIONS_BY_SHOP_INDEX,
                        LedgerSchema.RECONCILIATIONS_BY_DAY_INDEX);
        for (String table : new String[] {tables.seenDeliveries(), tables.replayJobs()}) {
            assertThat(dynamoDb.describeTable(b -> b.tableName(table)).table().globalSecondaryIndexes())
                    .singleElement()
                    .satisfies(index -> assertThat(index.indexName()).isEqualTo("by-shop"));
        }
    }
}
