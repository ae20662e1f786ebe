package dev.orderrelay.devstack.store.admin;

import graphql.schema.DataFetcher;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;

/** The root query fields: orders (searched, sorted, paged), their count, one order, one refund, the subscriptions. */
final class QueryFetchers {

    private final ShopData shop;
    private final OrderGraph graph;

    QueryFetchers(ShopData shop, OrderGraph graph) {
        this.shop = shop;
        this.graph = graph;
    }

    DataFetcher<Map<String, Object>> orders() {
        return env -> {
            int first = Connections.first(env.getArgument("first"));
            String sortKey = env.getArgumentOrDefault("sortKey", "ID");
            boolean reverse = Boolean.TRUE.equals(env.getArgument("reverse"));
            Function<OrderSnapshot, String> key = sortKey(sortKey);
            // Keys computed once per order, not once per comparison.
            Comparator<Map.Entry<String, OrderSnapshot>> byKey = Map.Entry.comparingByKey();
            List<Map.Entry<String, OrderSnapshot>> found = shop.orders().stream()
                    .filter(OrderSearch.parse(env.getArgument("query")))
                    .map(snapshot -> Map.entry(key.apply(snapshot), snapshot))
                    .sorted(reverse ? byKey.reversed() : byKey)
                    .toList();
            // Only the page's orders are translated; a window may hold thousands.
            return Connections.page(
                    found,
                    Map.Entry::getKey,
                    "orders:" + sortKey,
                    reverse,
                    first,
                    env.getArgument("after"),
                    entry -> graph.order(entry.getValue().rest()));
        };
    }

    DataFetcher<Map<String, Object>> ordersCount() {
        return env -> {
            long count = shop.orders().stream()
                    .filter(OrderSearch.parse(env.getArgument("query")))
                    .count();
            Integer limit = env.getArgument("limit");
            if (limit != null && count > limit) {
                return Map.of("count", limit, "precision", "AT_LEAST");
            }
            return Map.of("count", (int) count, "precision", "EXACT");
        };
    }

    DataFetcher<Map<String, Object>> order() {
        return env -> {
            OptionalLong id = Gids.number(env.getArgument("id"), "Order");
            return id.isEmpty()
                    ? null
                    : shop.order(id.getAsLong())
                            .map(snapshot -> graph.order(snapshot.rest()))
                            .orElse(null);
        };
    }

    DataFetcher<Map<String, Object>> refund() {
        return env -> {
            String gid = env.getArgument("id");
            OptionalLong id = Gids.number(gid, "Refund");
            if (id.isEmpty()) {
                return null;
            }
            return shop.orderOfRefund(id.getAsLong())
                    .map(snapshot -> graph.order(snapshot.rest()))
                    .flatMap(order -> OrderFields.list(order, OrderGraph.REFUNDS).stream()
                            .filter(refund -> gid.equals(refund.get("id")))
                            .findFirst())
                    .orElse(null);
        };
    }

    DataFetcher<Map<String, Object>> webhookSubscriptions() {
        return env -> {
            int first = Connections.first(env.getArgument("first"));
            List<String> topics = env.getArgumentOrDefault("topics", List.of());
            List<SubscriptionSnapshot> live = shop.subscriptions(topics == null ? List.of() : topics);
            return Connections.page(
                    live,
                    subscription -> "subscriptions:" + Connections.padded(subscriptionNumber(subscription)),
                    "subscriptions",
                    false,
                    first,
                    env.getArgument("after"),
                    SubscriptionFetchers::view);
        };
    }

    private static long subscriptionNumber(SubscriptionSnapshot subscription) {
        return Gids.number(subscription.id(), "WebhookSubscription").orElseThrow();
    }

    private static Function<OrderSnapshot, String> sortKey(String sortKey) {
        String kind = "orders:" + sortKey + ":";
        return switch (sortKey) {
            case "CREATED_AT", "PROCESSED_AT" -> order -> kind + time(order.createdAt()) + ":" + id(order);
            case "UPDATED_AT" -> order -> kind + time(order.updatedAt()) + ":" + id(order);
            default -> order -> kind + id(order);
        };
    }

    private static String time(Instant at) {
        return Connections.padded(at.getEpochSecond());
    }

    private static String id(OrderSnapshot order) {
        return Connections.padded(order.id());
    }
}
