package dev.orderrelay.devstack.store.admin;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Relay-style connections ({@code nodes}, {@code edges}, {@code pageInfo}) over lists the API has already sorted
 * and filtered, with opaque cursors. A cursor names a position by a sort key, not an index, so a list that changes
 * between pages (an order created or deleted) still pages on from the right place.
 */
final class Connections {

    /** Shopify's largest page. */
    static final int MAX_PAGE = 250;

    private Connections() {}

    /** The page size a connection asked for, checked as Shopify checks it. */
    static int first(Integer first) {
        if (first == null) {
            throw new AdminQueryException("you must provide one of first or last");
        }
        if (first < 0 || first > MAX_PAGE) {
            throw new AdminQueryException("first must be between 0 and " + MAX_PAGE + ", was " + first);
        }
        return first;
    }

    /**
     * The page of {@code first} items after the position the cursor {@code after} names (from the start when null),
     * each turned into its GraphQL node by {@code node}. {@code key} gives each item's key: a fixed-width string
     * starting with {@code kind + ":"} that sorts as the list does, ascending, or descending when {@code descending}.
     * A cursor needs no item still to be there.
     */
    static <T> Map<String, Object> page(
            List<T> items,
            Function<T, String> key,
            String kind,
            boolean descending,
            int first,
            String after,
            Function<T, ?> node) {
        int start = 0;
        if (after != null) {
            String position = decode(after);
            if (!position.startsWith(kind + ":")) {
                throw new AdminQueryException("Invalid cursor '" + after + "'");
            }
            while (start < items.size() && !isAfter(key.apply(items.get(start)), position, descending)) {
                start++;
            }
        }
        int end = Math.min(items.size(), start + first);
        List<Object> nodes = new ArrayList<>();
        List<Object> edges = new ArrayList<>();
        for (int i = start; i < end; i++) {
            Object value = node.apply(items.get(i));
            nodes.add(value);
            edges.add(Map.of("cursor", encode(key.apply(items.get(i))), "node", value));
        }
        Map<String, Object> pageInfo = new LinkedHashMap<>();
        pageInfo.put("hasNextPage", end < items.size());
        pageInfo.put("hasPreviousPage", start > 0);
        pageInfo.put("startCursor", start < end ? encode(key.apply(items.get(start))) : null);
        pageInfo.put("endCursor", start < end ? encode(key.apply(items.get(end - 1))) : null);
        Map<String, Object> connection = new LinkedHashMap<>();
        connection.put("nodes", nodes);
        connection.put("edges", edges);
        connection.put("pageInfo", pageInfo);
        return connection;
    }

    /** A page of a list in fixed order (an order's lines, a refund's lines): keys are list positions. */
    static <T> Map<String, Object> page(List<T> items, String kind, int first, String after) {
        List<Integer> positions = IntStream.range(0, items.size()).boxed().toList();
        return page(positions, at -> kind + ":" + padded(at), kind, false, first, after, items::get);
    }

    /** A fixed-width key part, so keys sort as the numbers do. */
    static String padded(long number) {
        return String.format("%020d", number);
    }

    private static boolean isAfter(String key, String position, boolean descending) {
        int order = key.compareTo(position);
        return descending ? order < 0 : order > 0;
    }

    static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new AdminQueryException("Invalid cursor '" + cursor + "'");
        }
    }
}
