package dev.orderrelay.worker.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.shopify.order.AdminOrderParser;
import dev.orderrelay.shopify.order.RestOrderParser;
import dev.orderrelay.shopify.order.ShopifyOrder;
import dev.orderrelay.worker.TestEnvelopes;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Redacting and listing the personal data of real-shape Shopify payloads, REST and admin-graphql. */
class JsonRedactionTests {

    private final TestCustomer ada = TestCustomer.fresh("Augusta", "King");

    @Test
    void nullsEveryPersonalValueOfARestOrderAndKeepsItAProcessableGuestOrder() {
        String body = ada.order("820982911946154508", 1001);
        PersonalTokens tokens = new PersonalTokens();

        String redacted = JsonRedaction.write(JsonRedaction.payload(parse(body), ada.customerId(), tokens));

        for (String value : ada.personalValues()) {
            assertThat(redacted).doesNotContainIgnoringCase(value);
        }
        assertThat(redacted).doesNotContain("gclid", "Cj0KCQiA", "authenticate?key", "Please leave it", "51.5074");
        ShopifyOrder before = new RestOrderParser().parse(body);
        ShopifyOrder after = new RestOrderParser().parse(redacted);
        assertThat(after.customerId()).isNull();
        assertThat(after.totalPrice()).isEqualByComparingTo(before.totalPrice());
        assertThat(after.lineItems()).isEqualTo(before.lineItems());
        assertThat(after.name()).isEqualTo("#1001");
        assertThat(tokens.foundIn("address: " + ada.address1())).isTrue();
        assertThat(tokens.foundIn("name: " + ada.first() + " " + ada.last())).isTrue();
        assertThat(tokens.foundIn("Earl Grey tea")).isFalse();
    }

    @Test
    void redactsTheReconcilersAdminGraphqlOrderByItsCustomerAndCartAttributes() {
        String body = TestEnvelopes.fixture("order-admin-refunded.json")
                .replace(
                        "\"customer\": null",
                        "\"customer\": {\"id\": \"gid://shopify/Customer/" + ada.customerId()
                                + "\", \"legacyResourceId\": \"" + ada.customerId() + "\"}");
        assertThat(new AdminOrderParser().parse(body).customerId()).isEqualTo(ada.customerId());

        String redacted =
                JsonRedaction.write(JsonRedaction.payload(parse(body), ada.customerId(), new PersonalTokens()));

        assertThat(redacted).doesNotContain(ada.customerId(), "1234567890.1732442130");
        ShopifyOrder order = new AdminOrderParser().parse(redacted);
        assertThat(order.id()).isEqualTo("5820982911946154508");
        assertThat(order.customerId()).isNull();
        assertThat(order.refunds())
                .hasSize(new AdminOrderParser().parse(body).refunds().size());
    }

    @Test
    void listsThePersonalDataOfAnOrderByPathForAnExport() {
        Map<String, String> fields = PersonalData.fields(parse(ada.order("820982911946154508", 1001)));

        assertThat(fields)
                .containsEntry("email", ada.email())
                .containsEntry("phone", ada.phone())
                .containsEntry("browser_ip", ada.ip())
                .containsEntry("customer.id", ada.customerId())
                .containsEntry("customer.default_address.address1", ada.address1())
                .containsEntry("shipping_address.zip", ada.zip())
                .containsEntry("note_attributes._ga", "GA1.1." + ada.gaClientId())
                .containsEntry("line_items[0].properties.Engraving", "For " + ada.first())
                .doesNotContainKeys("name", "line_items[0].title", "total_price");
    }

    @Test
    void stripsTheIdentifiersADeliveryMessagesEventCarriedAndNothingElse() {
        JsonNode message =
                parse("{\"v\":1,\"shop\":\"s.myshopify.com\",\"orderId\":\"1\",\"payload\":{\"orderId\":\"1\","
                        + "\"value\":\"24.90\",\"identity\":{\"customerId\":\"" + ada.customerId()
                        + "\",\"gaClientId\":\""
                        + ada.gaClientId() + "\"},\"attribution\":{\"gclid\":\"Cj0\"}}}");

        JsonNode redacted = JsonRedaction.deliveryMessage(message, ada.customerId(), new PersonalTokens());

        assertThat(redacted.get("payload").has("identity")).isFalse();
        assertThat(redacted.get("payload").has("attribution")).isFalse();
        assertThat(redacted.get("payload").get("value").stringValue()).isEqualTo("24.90");
        assertThat(redacted.get("orderId").stringValue()).isEqualTo("1");
    }

    @Test
    void tellsTheCustomersPayloadsFromOthersByTheirFieldsNotByTextThatHappensToMatch() {
        CustomerMatch match = new CustomerMatch(ada.customerId(), ada.email(), ada.phone(), java.util.Set.of("11"));
        TestCustomer other = TestCustomer.fresh("Charles", "Babbage");

        assertThat(match.ownsPayload(parse(ada.order("99", 1)))).isTrue();
        assertThat(match.ownsPayload(parse(other.order("11", 2)))).isTrue();
        assertThat(match.ownsPayload(parse(other.order("12", 3)))).isFalse();
        assertThat(match.ownsPayload(parse("{\"id\":5,\"order_id\":11,\"note\":\"refund\"}")))
                .isTrue();
        assertThat(match.mentionedIn(ada.malformedOrder("98", 4))).isTrue();
        assertThat(match.mentionedIn(other.malformedOrder("98", 4))).isFalse();
        assertThat(match.mentionedIn("order 111 and 211")).isFalse();
    }

    private static JsonNode parse(String json) {
        return JsonRedaction.parse(json).orElseThrow();
    }
}
