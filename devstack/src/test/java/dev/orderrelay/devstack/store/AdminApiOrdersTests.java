package dev.orderrelay.devstack.store;

import static dev.orderrelay.devstack.store.StoreFixtures.SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.devstack.time.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The reconciler's listing documents against the store: windows, pages, counts, deleted orders. */
class AdminApiOrdersTests {

    private static final Instant HOUR = Instant.parse("2026-11-24T10:00:00Z");
    private static final String CREATED_IN_HOUR =
            "created_at:>='2026-11-24T10:00:00Z' AND created_at:<'2026-11-24T11:00:00Z'";

    private final RecordingWebhookServer receiver = new RecordingWebhookServer();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T12:30:00Z"));
    private final SimulatedShopifyStore store = new SimulatedShopifyStore(
            StoreFixtures.settings(receiver.uri())
                    .paidDelay(Duration.ofHours(1))
                    .build(),
            AppSecret.of(SECRET),
            AdminAccessToken.of(AdminGraphql.TOKEN),
            clock);
    private final AdminGraphql api = new AdminGraphql(store.adminApiUri());

    @AfterEach
    void stop() {
        store.close();
        receiver.close();
    }

    private StoreOrder createdAt(Instant at) {
        return store.createOrder(
                OrderOptions.builder().createdAt(at).shape(OrderShape.SMALL).build());
    }

    @Test
    void listsEveryOrderCreatedInAnHourOldestFirstAcrossPages() {
        createdAt(HOUR.minusSeconds(1));
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 260; i++) {
            expected.add(Long.toString(createdAt(HOUR.plusSeconds(i * 13L)).id()));
        }
        createdAt(HOUR.plusSeconds(3600));

        List<JsonNode> pages = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>();
            variables.put("query", CREATED_IN_HOUR);
            variables.put("after", after);
            AdminGraphql.Answer answer = api.run("OrdersCreated", variables);
            assertThat(answer.status()).isEqualTo(200);
            JsonNode orders = answer.data().get("orders");
            pages.add(answer.body());
            after = orders.get("pageInfo").get("hasNextPage").asBoolean()
                    ? orders.get("pageInfo").get("endCursor").asString()
                    : null;
        } while (after != null && pages.size() < 5);

        assertThat(pages).hasSize(2);
        List<String> listed = new ArrayList<>();
        for (JsonNode page : pages) {
            page.get("data")
                    .get("orders")
                    .get("nodes")
                    .forEach(node -> listed.add(node.get("legacyResourceId").asString()));
        }
        assertThat(listed).containsExactlyElementsOf(expected);
        JsonNode first = pages.get(0).get("data").get("orders").get("nodes").get(0);
        assertThat(first.get("id").asString()).isEqualTo("gid://shopify/Order/" + expected.get(0));
        assertThat(first.get("createdAt").asString()).isEqualTo("2026-11-24T10:00:00Z");
        assertThat(first.get("test").asBoolean()).isFalse();
        assertThat(first.get("sourceName").asString()).isEqualTo("web");
        assertThat(first.get("cancelledAt").isNull()).isTrue();
        assertThat(first.get("displayFinancialStatus").asString()).isIn("PAID", "PENDING");
        // A full page costs what it asked for; the short last page only its ten nodes.
        assertThat(pages.get(0)
                        .get("extensions")
                        .get("cost")
                        .get("requestedQueryCost")
                        .asInt())
                .isEqualTo(252);
        assertThat(pages.get(0)
                        .get("extensions")
                        .get("cost")
                        .get("actualQueryCost")
                        .asInt())
                .isEqualTo(252);
        assertThat(pages.get(1)
                        .get("extensions")
                        .get("cost")
                        .get("actualQueryCost")
                        .asInt())
                .isEqualTo(12);
    }

    @Test
    void countsTheOrdersOfAWindowExactly() {
        for (int i = 0; i < 7; i++) {
            createdAt(HOUR.plusSeconds(i * 500L));
        }
        createdAt(HOUR.minusSeconds(1));
        createdAt(HOUR.plusSeconds(3600));

        JsonNode count =
                api.run("OrdersCount", Map.of("query", CREATED_IN_HOUR)).data().get("ordersCount");

        assertThat(count.get("count").asInt()).isEqualTo(7);
        assertThat(count.get("precision").asString()).isEqualTo("EXACT");
    }

    @Test
    void findsOrdersRefundedOrCancelledInAnUpdatedWindowWithTheirRefunds() {
        StoreOrder refunded = paidOrderAt(HOUR.plusSeconds(60));
        StoreOrder cancelled = paidOrderAt(HOUR.plusSeconds(120));
        paidOrderAt(HOUR.plusSeconds(180));
        StoreRefund refund = store.refund(
                refunded.id(), RefundOptions.partial(refunded.lineItems().get(0).id(), 1));
        clock.advance(Duration.ofMinutes(1));
        store.cancel(cancelled.id());

        JsonNode orders = api.run(
                        "OrdersUpdated",
                        Map.of("query", "updated_at:>='2026-11-24T12:00:00Z' AND updated_at:<'2026-11-24T13:00:00Z'"))
                .data()
                .get("orders");

        JsonNode nodes = orders.get("nodes");
        assertThat(nodes).hasSize(2);
        JsonNode first = nodes.get(0);
        assertThat(first.get("legacyResourceId").asString()).isEqualTo(Long.toString(refunded.id()));
        assertThat(first.get("updatedAt").asString()).isEqualTo("2026-11-24T12:30:00Z");
        assertThat(first.get("displayFinancialStatus").asString()).isEqualTo("PARTIALLY_REFUNDED");
        assertThat(first.get("refunds")).hasSize(1);
        assertThat(first.get("refunds").get(0).get("legacyResourceId").asString())
                .isEqualTo(Long.toString(refund.id()));
        JsonNode second = nodes.get(1);
        assertThat(second.get("legacyResourceId").asString()).isEqualTo(Long.toString(cancelled.id()));
        assertThat(second.get("cancelledAt").asString()).isEqualTo("2026-11-24T12:31:00Z");
        assertThat(second.get("displayFinancialStatus").asString()).isEqualTo("REFUNDED");
        assertThat(second.get("refunds")).hasSize(1);
        assertThat(orders.get("pageInfo").get("hasNextPage").asBoolean()).isFalse();
    }

    @Test
    void forgetsADeletedOrderEverywhere() {
        StoreOrder kept = createdAt(HOUR.plusSeconds(10));
        StoreOrder deleted = createdAt(HOUR.plusSeconds(20));

        store.deleteOrder(deleted.id());

        assertThat(api.run("Order", Map.of("id", deleted.gid()))
                        .data()
                        .get("order")
                        .isNull())
                .isTrue();
        assertThat(api.run("Order", Map.of("id", kept.gid()))
                        .data()
                        .get("order")
                        .isObject())
                .isTrue();
        JsonNode listed = api.run("OrdersCreated", Map.of("query", CREATED_IN_HOUR))
                .data()
                .get("orders")
                .get("nodes");
        assertThat(listed)
                .extracting(node -> node.get("legacyResourceId").asString())
                .containsExactly(Long.toString(kept.id()));
        assertThat(api.run("OrdersCount", Map.of("query", CREATED_IN_HOUR))
                        .data()
                        .get("ordersCount")
                        .get("count")
                        .asInt())
                .isEqualTo(1);
        assertThat(store.order(deleted.id())).isEmpty();
    }

    @Test
    void listsTestAndCancelledOrdersToo() {
        StoreOrder test = store.createOrder(
                OrderOptions.builder().createdAt(HOUR.plusSeconds(5)).test(true).build());
        StoreOrder voided = store.createOrder(OrderOptions.builder()
                .createdAt(HOUR.plusSeconds(6))
                .financialStatus("pending")
                .build());
        store.cancel(voided.id());

        JsonNode nodes = api.run("OrdersCreated", Map.of("query", CREATED_IN_HOUR))
                .data()
                .get("orders")
                .get("nodes");

        assertThat(nodes).hasSize(2);
        assertThat(nodes.get(0).get("legacyResourceId").asString()).isEqualTo(Long.toString(test.id()));
        assertThat(nodes.get(0).get("test").asBoolean()).isTrue();
        assertThat(nodes.get(1).get("displayFinancialStatus").asString()).isEqualTo("VOIDED");
        assertThat(nodes.get(1).get("cancelledAt").isNull()).isFalse();
    }

    @Test
    void refusesASearchTermItDoesNotUnderstandRatherThanIgnoringIt() {
        createdAt(HOUR);

        AdminGraphql.Answer answer = api.run("OrdersCreated", Map.of("query", "status:open"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("errors").get(0).get("message").asString())
                .contains("Unsupported search query")
                .contains("status");
        assertThat(answer.data().isNull()).isTrue();
    }

    private StoreOrder paidOrderAt(Instant at) {
        return store.createOrder(OrderOptions.builder()
                .createdAt(at)
                .financialStatus("paid")
                .shape(OrderShape.SMALL)
                .build());
    }
}
