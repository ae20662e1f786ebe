package dev.orderrelay.shopify.admin;

import static dev.orderrelay.shopify.admin.AdminApiStub.data;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class WebhookSubscriptionTests {

    private static final String RECEIVER = "https://relay.example/webhooks/shopify";

    private final AdminApiStub shopify = AdminApiStub.start();
    private final TestClients clients = new TestClients();

    @AfterEach
    void stop() {
        clients.close();
        shopify.close();
    }

    @Test
    void listsTheSubscriptionsOfTheTopicsAskedFor() {
        shopify.answer("WebhookSubscriptions", data("""
                {"webhookSubscriptions": {"nodes": [
                  {"id": "gid://shopify/WebhookSubscription/1", "topic": "ORDERS_CREATE", "uri": "%s"},
                  {"id": "gid://shopify/WebhookSubscription/2", "topic": "REFUNDS_CREATE", "uri": "%s"}]}}""".formatted(RECEIVER, RECEIVER)));

        List<WebhookSubscription> subscriptions =
                clients.client(shopify).webhookSubscriptions(List.of("orders/create", "REFUNDS_CREATE"));

        assertThat(subscriptions)
                .containsExactly(
                        new WebhookSubscription("gid://shopify/WebhookSubscription/1", "ORDERS_CREATE", RECEIVER),
                        new WebhookSubscription("gid://shopify/WebhookSubscription/2", "REFUNDS_CREATE", RECEIVER));
        JsonNode topics = OrderListingTests.variables(
                        shopify.requests("WebhookSubscriptions").getFirst())
                .path("topics");
        assertThat(topics.valueStream().map(JsonNode::stringValue)).containsExactly("ORDERS_CREATE", "REFUNDS_CREATE");
    }

    @Test
    void createsASubscription() {
        shopify.answer("WebhookSubscriptionCreate", data("""
                {"webhookSubscriptionCreate": {
                   "webhookSubscription": {"id": "gid://shopify/WebhookSubscription/7", "topic": "ORDERS_PAID",
                                           "uri": "%s"},
                   "userErrors": []}}""".formatted(RECEIVER)));

        WebhookSubscriptionOutcome outcome = clients.client(shopify).createWebhookSubscription("orders/paid", RECEIVER);

        assertThat(outcome)
                .isEqualTo(new SubscriptionCreated(
                        new WebhookSubscription("gid://shopify/WebhookSubscription/7", "ORDERS_PAID", RECEIVER)));
        JsonNode variables = OrderListingTests.variables(
                shopify.requests("WebhookSubscriptionCreate").getFirst());
        assertThat(variables.path("topic").stringValue()).isEqualTo("ORDERS_PAID");
        assertThat(variables.path("uri").stringValue()).isEqualTo(RECEIVER);
    }

    @Test
    void returnsTheUserErrorsWhenShopifyCreatesNothing() {
        shopify.answer("WebhookSubscriptionCreate", data("""
                {"webhookSubscriptionCreate": {"webhookSubscription": null,
                   "userErrors": [{"field": ["webhookSubscription", "uri"],
                                   "message": "Address for this topic has already been taken"}]}}"""));

        WebhookSubscriptionOutcome outcome =
                clients.client(shopify).createWebhookSubscription("ORDERS_CREATE", RECEIVER);

        assertThat(outcome)
                .isEqualTo(new SubscriptionRefused(List.of(new UserError(
                        List.of("webhookSubscription", "uri"), "Address for this topic has already been taken"))));
    }

    @Test
    void refusesSomethingThatIsNotATopic() {
        assertThatThrownBy(() -> clients.client(shopify).createWebhookSubscription("orders create!", RECEIVER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a webhook topic");
        assertThat(shopify.graphqlRequests()).isEmpty();
    }
}
