package dev.orderrelay.worker.process;

import dev.orderrelay.worker.TestEnvelopes;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Shopify payloads of the event semantics table, from the realistic bodies under {@code fixtures/events/}, with their
 * times placed relative to now (destinations such as GA4 refuse events older than 72 hours): {@code {{t-180m}}} is
 * three hours ago in the shop's time zone (+01:00), as REST bodies write times, {@code {{z-180m}}} the same in UTC, as
 * the Admin API does.
 *
 * <ul>
 *   <li>order #1042 ({@link #ORDER_1042}): a guest checkout (customer null), EUR with 19 % VAT included, a tee x2 and
 *       a gift engraving, 5.49 off with AUTUMN10, 4.90 shipping: 41.53 of revenue, 54.31 paid;
 *   <li>its refunds: {@code tee} (one tee: 18.91 net, 22.50 paid back), {@code rest} (the other tee, the engraving and
 *       the shipping, as a cancellation refunds them: 22.62 net, 31.81), {@code all} (every unit and the shipping:
 *       41.53 net, 54.31);
 *   <li>order #2077 ({@link #ORDER_2077}): a shop in EUR, a buyer paying USD, with one scarf refunded.
 * </ul>
 */
final class ShopifyPayloads {

    static final String ORDER_1042 = "5820982911946154508";
    static final String ORDER_2077 = "6120982911946154508";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Pattern TIME = Pattern.compile("\\{\\{([tz])([+-]\\d+)m}}");
    private static final ZoneOffset SHOP_ZONE = ZoneOffset.ofHours(1);

    private final Instant now;

    ShopifyPayloads(Instant now) {
        this.now = now;
    }

    /** A body under {@code fixtures/events/} with its times placed. */
    String file(String name) {
        String body = TestEnvelopes.fixture("events/" + name);
        Matcher matcher = TIME.matcher(body);
        StringBuilder placed = new StringBuilder();
        while (matcher.find()) {
            Instant at = now.plus(Duration.ofMinutes(Long.parseLong(matcher.group(2))));
            matcher.appendReplacement(placed, matcher.group(1).equals("t") ? shopTime(at) : at.toString());
        }
        matcher.appendTail(placed);
        return placed.toString();
    }

    /** Order #1042 as a REST webhook body, to be shaped for one step. */
    Order order1042() {
        return new Order((ObjectNode) MAPPER.readTree(file("order-1042.json")));
    }

    /** A refund of order #1042 as the refunds/create body: {@code tee}, {@code rest} or {@code all}. */
    String refund1042(String which) {
        return file("refund-1042-" + which + ".json");
    }

    /** Order #1042 as the reconciler fetches it: {@code paid}, or {@code refunded} (the tee). */
    String admin1042(String state) {
        return file("order-1042-admin-" + state + ".json");
    }

    /** Order #2077 (EUR shop, USD buyer, a scarf refunded) as an orders/updated body. */
    String order2077() {
        return file("order-2077-multicurrency.json");
    }

    private String shopTime(Instant at) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atOffset(SHOP_ZONE));
    }

    /** One version of order #1042: what a given webhook would carry. */
    final class Order {

        private final ObjectNode body;

        private Order(ObjectNode body) {
            this.body = body;
        }

        Order status(String financialStatus) {
            body.put("financial_status", financialStatus);
            return this;
        }

        /** The version: {@code updated_at}, minutes from now (negative: ago). */
        Order updated(int minutes) {
            body.put("updated_at", shopTime(now.plus(Duration.ofMinutes(minutes))));
            return this;
        }

        Order test() {
            body.put("test", true);
            return this;
        }

        Order channel(String sourceName) {
            body.put("source_name", sourceName);
            return this;
        }

        Order cancelled(int minutes, String reason) {
            body.put("cancelled_at", shopTime(now.plus(Duration.ofMinutes(minutes))));
            body.put("cancel_reason", reason);
            return this;
        }

        /** The refunds the order carries by now, by name ({@code tee}, {@code rest}, {@code all}). */
        Order refunds(String... names) {
            ArrayNode refunds = body.putArray("refunds");
            for (String name : names) {
                refunds.add(MAPPER.readTree(refund1042(name)));
            }
            return this;
        }

        String json() {
            return body.toString();
        }
    }
}
