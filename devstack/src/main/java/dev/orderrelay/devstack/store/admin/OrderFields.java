package dev.orderrelay.devstack.store.admin;

import graphql.schema.DataFetcher;
import java.util.List;
import java.util.Map;

/**
 * The fields of orders, refunds and line items that take arguments: line items and refund lines paged as
 * connections, refunds and tax lines cut to {@code first}.
 */
final class OrderFields {

    private OrderFields() {}

    static DataFetcher<Map<String, Object>> lineItems() {
        return env -> Connections.page(
                list(env.getSource(), OrderGraph.LINE_ITEMS),
                "lineItems",
                Connections.first(env.getArgument("first")),
                env.getArgument("after"));
    }

    static DataFetcher<Map<String, Object>> refundLineItems() {
        return env -> Connections.page(
                list(env.getSource(), OrderGraph.REFUND_LINE_ITEMS),
                "refundLineItems",
                Connections.first(env.getArgument("first")),
                env.getArgument("after"));
    }

    /** A plain list field with an optional {@code first}: the first that many, or all without it. */
    static DataFetcher<List<Map<String, Object>>> firstOf(String key) {
        return env -> {
            List<Map<String, Object>> all = list(env.getSource(), key);
            Integer first = env.getArgument("first");
            if (first == null) {
                return all;
            }
            if (first < 0 || first > Connections.MAX_PAGE) {
                throw new AdminQueryException("first must be between 0 and " + Connections.MAX_PAGE + ", was " + first);
            }
            return all.subList(0, Math.min(first, all.size()));
        };
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> source, String key) {
        return (List<Map<String, Object>>) source.getOrDefault(key, List.of());
    }
}
