package dev.orderrelay.worker.privacy;

import dev.orderrelay.ledger.LedgerTables;
import dev.orderrelay.ledger.audit.AuditLog;
import dev.orderrelay.ledger.claims.DeliveryClaims;
import dev.orderrelay.ledger.held.HeldEvents;
import dev.orderrelay.ledger.orders.OrderLedger;
import dev.orderrelay.ledger.parked.ParkedEvents;
import dev.orderrelay.ledger.privacy.DataRequestExports;
import dev.orderrelay.ledger.privacy.LedgerRedactions;
import dev.orderrelay.ledger.privacy.ShopErasureSteps;
import dev.orderrelay.ledger.privacy.StoredBodies;
import dev.orderrelay.ledger.shops.ShopRegistry;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/** The privacy stage on the ledger's stores and the bodies bucket's S3 client. It has no settings of its own. */
@Configuration(proxyBeanMethods = false)
public class PrivacyConfiguration {

    @Bean
    PrivacyStage privacyStage(
            S3Client s3,
            DynamoDbClient dynamoDb,
            LedgerTables tables,
            ShopRegistry shops,
            OrderLedger orders,
            DeliveryClaims claims,
            ParkedEvents parked,
            StoredBodies index,
            DataRequestExports exports,
            LedgerRedactions rewrites,
            AuditLog audit,
            Clock clock) {
        return create(s3, dynamoDb, tables, shops, orders, claims, parked, index, exports, rewrites, audit, clock);
    }

    /** The stage and its parts, as Spring wires them; tests build it the same way on their own clients. */
    public static PrivacyStage create(
            S3Client s3,
            DynamoDbClient dynamoDb,
            LedgerTables tables,
            ShopRegistry shops,
            OrderLedger orders,
            DeliveryClaims claims,
            ParkedEvents parked,
            StoredBodies index,
            DataRequestExports exports,
            LedgerRedactions rewrites,
            AuditLog audit,
            Clock clock) {
        BodyObjects objects = new BodyObjects(s3);
        CustomerRedactor redactor = new CustomerRedactor(
                new StoredBodyRedaction(index, objects),
                new ParkedRedaction(parked, rewrites, objects, clock),
                new HeldRedaction(new HeldEvents(
                        DynamoDbEnhancedClient.builder()
                                .dynamoDbClient(dynamoDb)
                                .build(),
                        tables,
                        clock)),
                new DeliveryErrorRedaction(claims, rewrites),
                index,
                objects,
                exports);
        ShopEraser eraser = new ShopEraser(
                new StoredObjectsErasure(index, parked, objects, clock),
                ShopErasureSteps.ledger(dynamoDb, tables),
                shops);
        return new PrivacyStage(
                objects,
                new Uninstalls(shops),
                new DataRequestExporter(orders, claims, index, objects, parked, exports, clock),
                redactor,
                eraser,
                index,
                parked,
                audit);
    }
}
