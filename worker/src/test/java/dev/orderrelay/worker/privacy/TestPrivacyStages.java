package dev.orderrelay.worker.privacy;

import dev.orderrelay.devstack.Devstack;
import dev.orderrelay.ledger.audit.AuditLog;
import dev.orderrelay.ledger.claims.DeliveryClaims;
import dev.orderrelay.ledger.orders.OrderLedger;
import dev.orderrelay.ledger.parked.ParkedEvents;
import dev.orderrelay.ledger.privacy.DataRequestExports;
import dev.orderrelay.ledger.privacy.LedgerRedactions;
import dev.orderrelay.ledger.privacy.StoredBodies;
import dev.orderrelay.ledger.shops.ShopRegistry;
import dev.orderrelay.worker.WorkerTestStack;
import java.time.Clock;
import software.amazon.awssdk.services.s3.S3Client;

/** The privacy stage on a test stack's ledger tables and the devstack's S3, wired as the worker wires it. */
public final class TestPrivacyStages {

    private TestPrivacyStages() {}

    public static PrivacyStage on(WorkerTestStack stack) {
        return on(stack, Devstack.shared().s3(), Clock.systemUTC());
    }

    public static PrivacyStage on(WorkerTestStack stack, S3Client s3, Clock clock) {
        return PrivacyConfiguration.create(
                s3,
                stack.dynamoDb(),
                stack.tables(),
                new ShopRegistry(stack.enhanced(), stack.tables(), clock),
                new OrderLedger(stack.enhanced(), stack.dynamoDb(), stack.tables(), clock),
                new DeliveryClaims(stack.enhanced(), stack.dynamoDb(), stack.tables(), clock),
                new ParkedEvents(stack.enhanced(), stack.dynamoDb(), stack.tables(), clock),
                new StoredBodies(stack.enhanced(), stack.tables(), clock),
                new DataRequestExports(stack.enhanced(), stack.tables(), clock),
                new LedgerRedactions(stack.dynamoDb(), stack.tables()),
                new AuditLog(stack.enhanced(), stack.tables(), clock),
                clock);
    }
}
