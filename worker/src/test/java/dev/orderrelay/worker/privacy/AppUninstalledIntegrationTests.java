package dev.orderrelay.worker.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.core.envelope.Envelope;
import dev.orderrelay.core.envelope.EnvelopeJson;
import dev.orderrelay.ledger.parked.ParkedEvent;
import dev.orderrelay.ledger.shops.ShopConfig;
import dev.orderrelay.ledger.shops.ShopStatus;
import dev.orderrelay.worker.DeliveryQueueTap;
import dev.orderrelay.worker.WorkerTestStack;
import dev.orderrelay.worker.delivery.DeliveryMessage;
import org.junit.jupiter.api.Test;

/** {@code app/uninstalled}: sending stops, the shop's data stays, and an install again resumes. */
class AppUninstalledIntegrationTests {

    private static final WorkerTestStack STACK = WorkerTestStack.create();

    private final PrivacyPipeline pipeline = new PrivacyPipeline(STACK);
    private final String shop = PrivacyPipeline.freshShop();
    private final TestCustomer ada = TestCustomer.fresh("Augusta", "King");

    @Test
    void marksTheShopUninstalledAndKeepsItsConfigurationAndData() {
        pipeline.configure(shop);
        ShopConfig before = pipeline.shops.find(shop).orElseThrow();
        pipeline.webhook(shop, "orders/paid", ada.order("820982911946500001", 1001));

        pipeline.webhook(shop, "app/uninstalled", uninstalled(shop));

        ShopConfig after = pipeline.shops.find(shop).orElseThrow();
        assertThat(after.status()).isEqualTo(ShopStatus.UNINSTALLED);
        assertThat(after.destinations()).isEqualTo(before.destinations());
        assertThat(after.policy()).isEqualTo(before.policy());
        assertThat(pipeline.orders.find(shop, "820982911946500001")).isPresent();
        assertThat(pipeline.claims.forOrder(shop, "820982911946500001")).hasSize(1);
        assertThat(pipeline.auditOf(shop)).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("shopify");
            assertThat(entry.action()).isEqualTo("app-uninstalled");
            assertThat(entry.outcome()).startsWith("uninstalled");
        });
    }

    @Test
    void parksTheShopsLaterOrdersUnsentAndSendsThemOnceAfterAnInstallAgainAndAReplay() {
        pipeline.configure(shop);
        pipeline.webhook(shop, "app/uninstalled", uninstalled(shop));

        Envelope late = pipeline.webhook(shop, "orders/paid", ada.order("820982911946500002", 1002));

        assertThat(DeliveryQueueTap.forShop(shop)).isEmpty();
        ParkedEvent parked = pipeline.parked.forShop(shop).getFirst();
        assertThat(parked.reason()).contains("uninstalled");
        pipeline.configure(shop);
        pipeline.replay(EnvelopeJson.read(parked.message()));
        assertThat(DeliveryQueueTap.forShop(shop))
                .singleElement()
                .extracting(DeliveryMessage::orderId)
                .isEqualTo("820982911946500002");
        assertThat(late.webhookId()).isEqualTo(parked.webhookId());
    }

    @Test
    void recordsAnUninstallOfAShopItDoesNotKnowAndChangesNothing() {
        pipeline.webhook(shop, "app/uninstalled", uninstalled(shop));

        assertThat(pipeline.shops.find(shop)).isEmpty();
        assertThat(pipeline.auditOf(shop))
                .singleElement()
                .satisfies(entry -> assertThat(entry.outcome()).startsWith("shop not configured"));
    }

    @Test
    void parksAnUninstallThatNamesAnotherShopAndKeepsSending() {
        pipeline.configure(shop);

        pipeline.webhook(shop, "app/uninstalled", uninstalled(PrivacyPipeline.freshShop()));

        assertThat(pipeline.shops.find(shop).orElseThrow().status()).isEqualTo(ShopStatus.ACTIVE);
        assertThat(pipeline.parked.forShop(shop))
                .singleElement()
                .satisfies(event -> assertThat(event.reason()).contains("names another shop"));
    }

    /** The Shop resource as Shopify sends it with {@code app/uninstalled} (trimmed). */
    private static String uninstalled(String domain) {
        return "{\"id\":548380009,\"name\":\"Tea shop\",\"email\":\"owner@tea-shop.example\",\"domain\":\"tea-shop.example\","
                + "\"myshopify_domain\":\"" + domain + "\",\"plan_name\":\"basic\",\"currency\":\"GBP\"}";
    }
}
