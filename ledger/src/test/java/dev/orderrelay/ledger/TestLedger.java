package dev.orderrelay.ledger;

import dev.orderrelay.devstack.Devstack;
import dev.orderrelay.devstack.aws.AwsClients;
import java.net.URI;
import java.util.UUID;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Ledger tables of their own for one test class, on the shared devstack's DynamoDB Local. */
public record TestLedger(LedgerTables tables, DynamoDbClient dynamoDb, DynamoDbEnhancedClient enhanced) {

    public static TestLedger create() {
        return createAt(Devstack.shared().dynamoDbEndpoint());
    }

    /** Tables created through the devstack; clients talking to {@code endpoint} (e.g. a fault proxy). */
    public static TestLedger createAt(URI endpoint) {
        Devstack devstack = Devstack.shared();
        LedgerTables tables =
                LedgerTables.withPrefix("t" + UUID.randomUUID().toString().substring(0, 8) + "-");
        new LedgerSchema(devstack.dynamoDb()).createMissing(tables);
        DynamoDbClient client = AwsClients.dynamoDb(endpoint, devstack.credentials());
        return new TestLedger(
                tables,
                client,
                DynamoDbEnhancedClient.builder().dynamoDbClient(client).build());
    }
}
