package dev.orderrelay.reconciler.source;

import dev.orderrelay.shopify.admin.CreatedOrderSummary;
import dev.orderrelay.shopify.admin.OrderCount;
import dev.orderrelay.shopify.admin.OrderWindow;
import dev.orderrelay.shopify.admin.ShopifyAdminClient;
import dev.orderrelay.shopify.admin.ShopifyAdminException;
import dev.orderrelay.shopify.admin.SubscriptionRefused;
import dev.orderrelay.shopify.admin.UpdatedOrderSummary;
import dev.orderrelay.shopify.admin.UserError;
import dev.orderrelay.shopify.admin.WebhookSubscription;
import dev.orderrelay.shopify.admin.WebhookSubscriptionOutcome;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** A shop read through the GraphQL Admin API client; its failures become {@link SourceUnavailableException}s. */
final class AdminApiShopSource implements ShopSource {

    private final ShopifyAdminClient client;
    private final String apiVersion;

    AdminApiShopSource(ShopifyAdminClient client, String apiVersion) {
        this.client = client;
        this.apiVersion = apiVersion;
    }

    /** A count that is only a lower bound answers -1, which never matches a row: the hour is listed instead. */
    @Override
    public long ordersCount(Instant from, Instant to) {
        OrderCount count = call(() -> client.ordersCount(new OrderWindow(from, to)));
        return count.exact() ? count.count() : -1;
    }

    @Override
    public List<SourceOrder> ordersCreated(Instant from, Instant to) {
        return call(() -> client.ordersCreated(new OrderWindow(from, to))).stream()
                .map(AdminApiShopSource::created)
                .toList();
    }

    @Override
    public List<SourceOrder> ordersUpdated(Instant from, Instant to) {
        return call(() -> client.ordersUpdated(new OrderWindow(from, to))).stream()
                .map(AdminApiShopSource::updated)
                .toList();
    }

    @Override
    public Optional<String> order(String orderId) {
        return call(() -> client.order(orderId)).map(Object::toString);
    }

    @Override
    public Set<String> subscribedTopics(Collection<String> topics) {
        return call(() -> client.webhookSubscriptions(topics)).stream()
                .map(WebhookSubscription::topic)
                .map(AdminApiShopSource::restTopic)
                .collect(Collectors.toSet());
    }

    @Override
    public void subscribe(String topic, String uri) {
        WebhookSubscriptionOutcome outcome = call(() -> client.createWebhookSubscription(topic, uri));
        if (outcome instanceof SubscriptionRefused refused) {
            String reasons =
                    refused.userErrors().stream().map(UserError::message).collect(Collectors.joining("; "));
            throw new SourceUnavailableException("Shopify refused to subscribe shop "
                    + client.shop().domain() + " to " + topic + " at " + uri + ": " + reasons);
        }
    }

    @Override
    public String apiVersion() {
        return apiVersion;
    }

    /** {@code ORDERS_CREATE} → {@code orders/create}: the resource, then the action. */
    static String restTopic(String graphqlTopic) {
        String lower = graphqlTopic.toLowerCase(Locale.ROOT);
        int split = lower.indexOf('_');
        return split < 0 ? lower : lower.substring(0, split) + "/" + lower.substring(split + 1);
    }

    private static SourceOrder created(CreatedOrderSummary order) {
        return new SourceOrder(
                order.legacyResourceId(),
                order.name(),
                order.createdAt(),
                order.updatedAt(),
                Boolean.TRUE.equals(order.test()),
                order.sourceName(),
                order.cancelledAt(),
                status(order.displayFinancialStatus()),
                List.of());
    }

    private static SourceOrder updated(UpdatedOrderSummary order) {
        return new SourceOrder(
                order.legacyResourceId(),
                null,
                order.createdAt(),
                order.updatedAt(),
                false,
                null,
                order.cancelledAt(),
                status(order.displayFinancialStatus()),
                order.refundIds());
    }

    private static String status(String displayFinancialStatus) {
        return displayFinancialStatus == null ? "pending" : displayFinancialStatus.toLowerCase(Locale.ROOT);
    }

    private <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (ShopifyAdminException e) {
            throw new SourceUnavailableException(e.getMessage(), e);
        }
    }
}
