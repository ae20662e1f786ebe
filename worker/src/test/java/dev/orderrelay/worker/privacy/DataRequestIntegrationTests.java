package dev.orderrelay.worker.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.ledger.parked.ParkedEvents;
import dev.orderrelay.ledger.parked.ParkedStage;
import dev.orderrelay.ledger.privacy.DataRequestExports;
import dev.orderrelay.worker.DeliveryQueueTap;
import dev.orderrelay.worker.WorkerTestStack;
import dev.orderrelay.worker.delivery.DeliveryMessage;
import dev.orderrelay.worker.delivery.DeliveryMessageJson;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code customers/data_request}: an export of what order-relay holds about the customer, and nothing of others. */
class DataRequestIntegrationTests {

    private static final WorkerTestStack STACK = WorkerTestStack.create();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PrivacyPipeline pipeline = new PrivacyPipeline(STACK);
    private final String shop = PrivacyPipeline.freshShop();
    private final TestCustomer ada = TestCustomer.fresh("Augusta", "King");
    private final TestCustomer charles = TestCustomer.fresh("Charles", "Babbage");

    @Test
    void exportsTheCustomersOrdersDeliveriesStoredBodiesAndParkedEvents() {
        pipeline.configure(shop);
        pipeline.webhook(shop, "orders/paid", ada.order("820982911946600001", 1001));
        pipeline.largeWebhook(shop, "orders/paid", ada.largeOrder("820982911946600002", 1002));
        pipeline.webhook(shop, "orders/create", ada.malformedOrder("820982911946600003", 1003));
        pipeline.webhook(shop, "orders/paid", charles.order("820982911946600004", 1004));
        List<DeliveryMessage> published = DeliveryQueueTap.forShop(shop);
        DeliveryMessage adasPurchase = published.stream()
                .filter(m -> m.orderId().equals("820982911946600001"))
                .findFirst()
                .orElseThrow();
        pipeline.parked.park(new ParkedEvents.Parking(
                shop,
                ParkedStage.DELIVER,
                "hook",
                adasPurchase.orderId(),
                null,
                "400",
                1,
                DeliveryMessageJson.write(adasPurchase)));

        pipeline.webhook(
                shop,
                "customers/data_request",
                PrivacyPipeline.customerRequest(
                        shop, ada, List.of("820982911946600001", "820982911946600002", "820982911946600099"), "9999"));

        DataRequestExports.Stored stored = pipeline.exports.find(shop, "9999").orElseThrow();
        JsonNode document = JSON.readTree(stored.document());
        assertThat(stored.document()).doesNotContain(charles.email(), charles.customerId(), charles.last());
        assertThat(document.get("customer").get("email").stringValue()).isEqualTo(ada.email());
        assertThat(document.get("ordersNotInLedger").get(0).stringValue()).isEqualTo("820982911946600099");
        assertThat(document.get("orders").findValuesAsString("orderId"))
                .containsExactlyInAnyOrder("820982911946600001", "820982911946600002");
        JsonNode large = order(document, "820982911946600002");
        assertThat(large.get("deliveries").get(0).get("destination").stringValue())
                .isEqualTo("hook");
        JsonNode personal = large.get("storedBodies").get(0).get("personalData");
        assertThat(personal.get("email").stringValue()).isEqualTo(ada.email());
        assertThat(personal.get("shipping_address.address1").stringValue()).isEqualTo(ada.address1());
        assertThat(personal.get("customer.id").asString()).isEqualTo(ada.customerId());
        assertThat(personal.get("note_attributes._ga").stringValue()).contains(ada.gaClientId());
        assertThat(document.get("parkedEvents")).hasSize(2);
        assertThat(stored.document()).contains("unreadablePayload", "identity.customerId");
        assertThat(stored.export().orders()).isEqualTo(2);
        assertThat(stored.export().parkedEvents()).isEqualTo(2);
        assertThat(stored.export().storedBodies()).isEqualTo(1);
        assertThat(pipeline.auditOf(shop)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("customer-data-request");
            assertThat(entry.target()).isEqualTo("data request 9999");
            assertThat(entry.outcome()).isEqualTo("exported: orders 2, parked events 2, stored bodies 1");
        });
    }

    @Test
    void answersARequestAboutACustomerItKnowsNothingOfWithAnEmptyExport() {
        pipeline.configure(shop);
        pipeline.webhook(shop, "orders/paid", charles.order("820982911946600005", 1005));

        pipeline.webhook(shop, "customers/data_request", PrivacyPipeline.customerRequest(shop, ada, List.of(), "77"));

        DataRequestExports.Stored stored = pipeline.exports.find(shop, "77").orElseThrow();
        assertThat(stored.export().orders()).isZero();
        assertThat(stored.document()).doesNotContain(charles.email());
        DeliveryQueueTap.forShop(shop);
    }

    private static JsonNode order(JsonNode document, String orderId) {
        for (JsonNode order : document.get("orders")) {
            if (order.get("orderId").stringValue().equals(orderId)) {
                return order;
            }
        }
        throw new AssertionError("no order " + orderId);
    }
}
