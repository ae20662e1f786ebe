package dev.orderrelay.worker.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.core.envelope.Envelope;
import dev.orderrelay.ledger.audit.AuditEntry;
import dev.orderrelay.ledger.parked.ReplayJobs;
import dev.orderrelay.ledger.reconciliations.Reconciliations;
import dev.orderrelay.ledger.shops.ShopConfig;
import dev.orderrelay.ledger.shops.ShopStatus;
import dev.orderrelay.ledger.throughput.DestinationThroughput;
import dev.orderrelay.ledger.throughput.ThroughputRow;
import dev.orderrelay.ledger.throughput.ThroughputRows;
import dev.orderrelay.worker.DeliveryQueueTap;
import dev.orderrelay.worker.WorkerTestStack;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code shop/redact} end to end: a shop's orders went through the real process stage (inline, large by claim check,
 * a large malformed one parked by reference), a data request was exported, the reconciler left its rows and runs,
 * the app was uninstalled; then nothing of the shop's order or customer data is left in any ledger table or the
 * bodies bucket, another shop's is untouched, and the audit still records each action without personal data.
 */
class ShopRedactionIntegrationTests {

    private static final WorkerTestStack STACK = WorkerTestStack.create();

    private final PrivacyPipeline pipeline = new PrivacyPipeline(STACK);
    private final ThroughputRows throughput = new ThroughputRows(STACK.enhanced(), STACK.tables());
    private final Reconciliations runs =
            new Reconciliations(STACK.enhanced(), STACK.dynamoDb(), STACK.tables(), pipeline.clock);
    private final ReplayJobs jobs = new ReplayJobs(STACK.enhanced(), STACK.tables(), pipeline.clock);
    private final String shop = PrivacyPipeline.freshShop();
    private final String other = PrivacyPipeline.freshShop();
    private final TestCustomer ada = TestCustomer.fresh("Augusta", "King");
    private final TestCustomer charles = TestCustomer.fresh("Charles", "Babbage");

    @Test
    void leavesNothingOfTheShopButTheAuditAndTouchesNoOtherShop() {
        useShop(shop, ada, "8209829119463");
        useShop(other, charles, "8209829119464");
        pipeline.webhook(shop, "app/uninstalled", "{\"id\":548380009,\"myshopify_domain\":\"" + shop + "\"}");
        pipeline.webhook(shop, "orders/paid", ada.order("820982911946399999", 1999));
        List<String> otherBefore = LedgerTexts.mentioning(STACK.dynamoDb(), STACK.tables(), other);

        Envelope redact =
                pipeline.webhook(shop, "shop/redact", "{\"shop_id\":954889,\"shop_domain\":\"" + shop + "\"}");

        assertThat(LedgerTexts.mentioning(STACK.dynamoDb(), STACK.tables(), shop))
                .as("what is left of the shop: its audit, and the mark that the shop/redact webhook was processed")
                .allSatisfy(
                        item -> assertThat(item).matches("(audit: .*|seenDeliveries: .*" + redact.webhookId() + ".*)"));
        for (String value : ada.personalValues()) {
            assertThat(LedgerTexts.mentioning(STACK.dynamoDb(), STACK.tables(), value))
                    .as(value)
                    .isEmpty();
            assertThat(PrivacyPipeline.bucketObjects()).as(value).noneMatch(object -> object.contains(value));
        }
        assertThat(pipeline.shops.find(shop)).isEmpty();
        assertThat(LedgerTexts.mentioning(STACK.dynamoDb(), STACK.tables(), other))
                .containsExactlyInAnyOrderElementsOf(otherBefore);
        assertThat(PrivacyPipeline.bucketObjects()).anyMatch(object -> object.contains(charles.email()));
    }

    @Test
    void auditsEachLifecycleAndPrivacyActionWithoutPersonalData() {
        useShop(shop, ada, "8209829119465");
        pipeline.webhook(shop, "app/uninstalled", "{\"id\":548380009,\"myshopify_domain\":\"" + shop + "\"}");

        pipeline.webhook(shop, "shop/redact", "{\"shop_id\":954889,\"shop_domain\":\"" + shop + "\"}");

        List<AuditEntry> entries = pipeline.auditOf(shop);
        assertThat(entries)
                .extracting(AuditEntry::action)
                .containsExactlyInAnyOrder("customer-data-request", "app-uninstalled", "shop-redact");
        assertThat(entries).allSatisfy(entry -> assertThat(entry.actor()).isEqualTo("shopify"));
        assertThat(entries)
                .filteredOn(entry -> entry.action().equals("shop-redact"))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.outcome())
                            .contains("stored bodies 2", "orders and deliveries 4", "parked events 1", "nothing kept");
                    assertThat(entry.count()).isGreaterThanOrEqualTo(15);
                });
    }

    @Test
    void keepsTheConfigurationOfAShopThatInstalledTheAppAgainButErasesItsData() {
        useShop(shop, ada, "8209829119466");
        pipeline.webhook(shop, "app/uninstalled", "{\"id\":548380009,\"myshopify_domain\":\"" + shop + "\"}");
        pipeline.configure(shop);

        pipeline.webhook(shop, "shop/redact", "{\"shop_id\":954889,\"shop_domain\":\"" + shop + "\"}");

        assertThat(pipeline.shops.find(shop)).map(ShopConfig::status).hasValue(ShopStatus.ACTIVE);
        assertThat(pipeline.orders.find(shop, "8209829119466001")).isEmpty();
        assertThat(pipeline.auditOf(shop))
                .filteredOn(entry -> entry.action().equals("shop-redact"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.outcome()).contains("configuration kept"));
    }

    @Test
    void refusesAShopRedactThatNamesAnotherShopAndErasesNothing() {
        useShop(shop, ada, "8209829119467");

        pipeline.webhook(shop, "shop/redact", "{\"shop_id\":954889,\"shop_domain\":\"" + other + "\"}");

        assertThat(pipeline.orders.find(shop, "8209829119467001")).isPresent();
        assertThat(pipeline.parked.forShop(shop))
                .anySatisfy(event -> assertThat(event.reason()).contains("shop/redact payload names another shop"));
        assertThat(pipeline.auditOf(shop))
                .filteredOn(entry -> entry.action().equals("shop-redact"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.outcome()).startsWith("refused"));
    }

    /** The shop's life before its erasure: orders of every kind, an export, the reconciler's and support's traces. */
    private void useShop(String domain, TestCustomer customer, String orderPrefix) {
        pipeline.configure(domain);
        pipeline.webhook(domain, "orders/paid", customer.order(orderPrefix + "001", 1001));
        pipeline.largeWebhook(domain, "orders/paid", customer.largeOrder(orderPrefix + "002", 1002));
        String largeAndBroken = customer.largeOrder(orderPrefix + "003", 1003);
        pipeline.largeWebhook(domain, "orders/paid", largeAndBroken.substring(0, largeAndBroken.length() - 2));
        pipeline.webhook(
                domain,
                "customers/data_request",
                PrivacyPipeline.customerRequest(
                        domain, customer, List.of(orderPrefix + "001", orderPrefix + "002"), "4242"));
        DeliveryQueueTap.forShop(domain);
        throughput.save(new ThroughputRow(
                domain,
                Instant.parse("2026-11-24T10:00:00Z"),
                3,
                0,
                0,
                3,
                3,
                2,
                0,
                new ArrayList<>(List.of(new DestinationThroughput("hook", 2, 2, 0, 0))),
                false,
                Instant.parse("2026-11-24T12:00:00Z"),
                "run-1"));
        runs.request(domain, Instant.parse("2026-11-24T10:00:00Z"), Instant.parse("2026-11-24T11:00:00Z"), "support");
        runs.recordUpdatesCheckedUntil(domain, Instant.parse("2026-11-24T11:00:00Z"));
        jobs.start(domain, "stage=process status=PARKED", 1, "support");
    }
}
