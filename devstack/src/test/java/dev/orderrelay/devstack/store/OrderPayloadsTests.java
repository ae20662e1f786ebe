package dev.orderrelay.devstack.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class OrderPayloadsTests {

    private static final Instant NOW = Instant.parse("2026-10-01T17:34:56.789Z");
    private static final BigInteger TWO_TO_THE_53 = BigInteger.TWO.pow(53);
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final OrderPayloads payloads = new OrderPayloads(7, 0);

    private JsonNode parsed(CreatedOrder order) {
        return MAPPER.readTree(payloads.bytes(order.document()));
    }

    @Test
    void writesTheIdAsAnExactNumberAboveTwoToThe53() {
        CreatedOrder order = payloads.create(OrderShape.SMALL, NOW);
        String body = new String(payloads.bytes(order.document()), StandardCharsets.UTF_8);

        Matcher id = Pattern.compile("^\\{\"id\":(\\d+),").matcher(body);
        assertThat(id.find()).as("id is the first field and a bare number").isTrue();
        assertThat(new BigInteger(id.group(1)))
                .isEqualTo(BigInteger.valueOf(order.id()))
                .isGreaterThan(TWO_TO_THE_53);
        assertThat(id.group(1)).hasSize(18);
        assertThat(parsed(order).get("admin_graphql_api_id").asString()).isEqualTo("gid://shopify/Order/" + order.id());
    }

    @Test
    void numbersOrdersFrom1001WithIncreasingIds() {
        List<CreatedOrder> orders = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            orders.add(payloads.create(OrderShape.SMALL, NOW));
        }

        assertThat(orders).extracting(CreatedOrder::name).containsExactly("#1001", "#1002", "#1003", "#1004", "#1005");
        assertThat(orders).extracting(CreatedOrder::id).isSorted().doesNotHaveDuplicates();
        assertThat(parsed(orders.get(0)).get("order_number").asInt()).isEqualTo(1001);
    }

    @Test
    void pricesAddUp() {
        for (int i = 0; i < 30; i++) {
            JsonNode order = parsed(payloads.create(OrderShape.SMALL, NOW));
            BigDecimal lines = BigDecimal.ZERO;
            for (JsonNode item : order.get("line_items")) {
                lines = lines.add(money(item, "price")
                        .multiply(BigDecimal.valueOf(item.get("quantity").asInt())));
            }
            BigDecimal shipping = money(order.get("shipping_lines").get(0), "price");

            assertThat(money(order, "total_line_items_price")).isEqualByComparingTo(lines);
            assertThat(money(order, "subtotal_price"))
                    .isEqualByComparingTo(lines.subtract(money(order, "total_discounts")));
            assertThat(money(order, "total_price"))
                    .isEqualByComparingTo(money(order, "subtotal_price")
                            .add(money(order, "total_tax"))
                            .add(shipping));
            assertThat(money(order.get("tax_lines").get(0), "price")).isEqualByComparingTo(money(order, "total_tax"));
        }
    }

    private static BigDecimal money(JsonNode node, String field) {
        assertThat(node.get(field).isString())
                .as("%s is a decimal string", field)
                .isTrue();
        return new BigDecimal(node.get(field).asString());
    }

    @Test
    void hasEveryFieldOfShopifysSampleWithTheSameJsonType() {
        JsonNode ours = parsed(payloads.create(OrderShape.SMALL, NOW));

        assertSameShape(StoreFixtures.ordersCreateSample(), ours, "order");
    }

    private static void assertSameShape(JsonNode sample, JsonNode ours, String path) {
        for (Map.Entry<String, JsonNode> field : sample.properties()) {
            JsonNode mine = ours.get(field.getKey());
            String at = path + "." + field.getKey();
            assertThat(mine).as(at).isNotNull();
            assertThat(mine.getNodeType()).as(at).isEqualTo(field.getValue().getNodeType());
            if (field.getValue().isObject()) {
                assertSameShape(field.getValue(), mine, at);
            } else if (field.getValue().isArray() && !field.getValue().isEmpty()) {
                assertSameShape(field.getValue().get(0), mine.get(0), at + "[0]");
            }
        }
    }

    @Test
    void stampsTimesWithTheShopOffsetAndMarksOrdersAsRealWebOrders() {
        JsonNode order = parsed(payloads.create(OrderShape.SMALL, NOW));

        assertThat(order.get("created_at").asString()).isEqualTo("2026-10-01T12:34:56-05:00");
        assertThat(order.get("processed_at").asString()).isEqualTo("2026-10-01T12:34:56-05:00");
        assertThat(order.get("test").asBoolean()).isFalse();
        assertThat(order.get("source_name").asString()).isEqualTo("web");
        assertThat(order.get("financial_status").asString()).isIn("pending", "paid");
    }

    @Test
    void carriesAttributionAndAMadeUpCustomer() {
        JsonNode order = parsed(payloads.create(OrderShape.SMALL, NOW));

        assertThat(order.get("landing_site").asString())
                .contains("utm_source=")
                .contains("utm_medium=")
                .contains("utm_campaign=");
        assertThat(order.get("referring_site").asString()).startsWith("https://");
        assertThat(order.get("note_attributes").get(0).get("name").asString()).isEqualTo("_ga");
        assertThat(order.get("note_attributes").get(0).get("value").asString()).matches("GA1\\.1\\.\\d{10}\\.\\d{10}");
        assertThat(order.get("customer").get("email").asString()).endsWith("@example.com");
        assertThat(order.get("email").asString()).endsWith("@example.com");
    }

    @Test
    void someOrdersAreAlreadyPaidAtCreationAndSomePendingAndSomeCarryAGclid() {
        List<String> statuses = new ArrayList<>();
        List<String> landings = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            JsonNode order = parsed(payloads.create(OrderShape.SMALL, NOW));
            statuses.add(order.get("financial_status").asString());
            landings.add(order.get("landing_site").asString());
        }

        assertThat(statuses).contains("pending", "paid");
        assertThat(landings).anyMatch(landing -> landing.contains("&gclid="));
    }

    @Test
    void someOrdersAreDirectVisitsSomeComeFromRepeatBuyersAndSomeCarrySegmentOrAmplitudeIds() {
        List<JsonNode> orders = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            orders.add(parsed(payloads.create(OrderShape.SMALL, NOW)));
        }

        assertThat(orders)
                .filteredOn(order -> order.get("referring_site").isNull())
                .isNotEmpty()
                .allSatisfy(order ->
                        assertThat(order.get("landing_site").asString()).doesNotContain("utm_"));
        List<String> customers = orders.stream()
                .map(order -> order.get("customer").get("id").asString())
                .toList();
        assertThat(new java.util.HashSet<>(customers)).hasSizeLessThan(customers.size());
        List<String> names = orders.stream()
                .flatMap(order -> order.get("note_attributes").valueStream())
                .map(attribute -> attribute.get("name").asString())
                .toList();
        assertThat(names).contains("_ga", "ajs_anonymous_id", "amplitude_device_id");
        assertThat(names).anyMatch(name -> name.equals("_ga_session_id") || name.startsWith("_ga_DEMO"));
    }

    @Test
    void aLargeOrderPassesThreeHundredKiBAndASmallOneStaysUnderTwoHundred() {
        byte[] large = payloads.bytes(payloads.create(OrderShape.LARGE, NOW).document());
        byte[] small = payloads.bytes(payloads.create(OrderShape.SMALL, NOW).document());

        assertThat(large.length).isGreaterThan(300 * 1024);
        assertThat(small.length).isLessThan(200 * 1024);
    }

    @Test
    void writesNonAsciiTextAsUtf8() {
        String body =
                new String(payloads.bytes(payloads.create(OrderShape.LARGE, NOW).document()), StandardCharsets.UTF_8);

        assertThat(body).containsAnyOf("Crème brûlée", "東京 tee", "🎁", "Ørsted", "Straße", "Piñata");
        assertThat(body.chars()).anyMatch(c -> c > 0x7F);
    }

    @Test
    void theSameSeedGivesTheSameOrders() {
        OrderPayloads again = new OrderPayloads(7, 0);

        for (int i = 0; i < 5; i++) {
            assertThat(again.bytes(again.create(OrderShape.SMALL, NOW).document()))
                    .isEqualTo(payloads.bytes(
                            payloads.create(OrderShape.SMALL, NOW).document()));
        }
    }

    @Test
    void thePaidVersionIsPaidAndUpdatedLaterButOtherwiseTheSame() {
        CreatedOrder created = payloads.create(OrderShape.SMALL, NOW);

        ObjectNode paid = payloads.paid(created.document(), NOW.plusMillis(100));

        assertThat(paid.get("financial_status").asString()).isEqualTo("paid");
        assertThat(OffsetDateTime.parse(paid.get("updated_at").asString()))
                .isAfter(OffsetDateTime.parse(
                        created.document().get("updated_at").asString()));
        ObjectNode withoutChanges = paid.deepCopy();
        withoutChanges.set("financial_status", created.document().get("financial_status"));
        withoutChanges.set("updated_at", created.document().get("updated_at"));
        assertThat(withoutChanges).isEqualTo(created.document());
    }
}
