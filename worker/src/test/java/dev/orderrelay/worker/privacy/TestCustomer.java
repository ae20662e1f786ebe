package dev.orderrelay.worker.privacy;

import dev.orderrelay.worker.TestEnvelopes;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A customer of a test shop with personal values no other test run uses (so a search of the shared bodies bucket
 * finds only this run's), and realistic REST order payloads of theirs from {@code fixtures/order-with-customer.json}.
 */
record TestCustomer(
        String customerId,
        String email,
        String phone,
        String first,
        String last,
        String address1,
        String city,
        String zip,
        String ip,
        String gaClientId) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static TestCustomer fresh(String first, String last) {
        String tag = letters(5);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new TestCustomer(
                "7" + random.nextLong(1_000_000_000_000_000L, 9_000_000_000_000_000L),
                first.toLowerCase(Locale.ROOT) + "." + tag + "@example.com",
                "+44 20 7946 " + random.nextInt(1000, 10000),
                first + "-" + capital(letters(4)),
                last + "-" + capital(tag),
                random.nextInt(10, 99) + " " + capital(letters(6)) + " Lane",
                "Little " + capital(letters(6)),
                "Q" + random.nextInt(10, 99) + " " + random.nextInt(1, 9)
                        + letters(2).toUpperCase(Locale.ROOT),
                "198.51." + random.nextInt(1, 255) + "." + random.nextInt(1, 255),
                random.nextLong(1_000_000_000L, 9_999_999_999L) + "."
                        + random.nextLong(1_700_000_000L, 1_800_000_000L));
    }

    /** Every personal value planted in this customer's payloads: none may remain after their redaction. */
    List<String> personalValues() {
        return List.of(
                customerId,
                email,
                phone,
                phone.replaceAll("[^0-9]", ""),
                first,
                last,
                address1,
                city,
                zip,
                ip,
                gaClientId);
    }

    /** A paid order of theirs as {@code orders/paid} sends it. */
    String order(String orderId, int number) {
        return TestEnvelopes.fixture("order-with-customer.json")
                .replace("{{orderId}}", orderId)
                .replace("{{number}}", Integer.toString(number))
                .replace("{{customerId}}", customerId)
                .replace("{{email}}", email)
                .replace("{{phone}}", phone)
                .replace("{{first}}", first)
                .replace("{{last}}", last)
                .replace("{{address1}}", address1)
                .replace("{{city}}", city)
                .replace("{{zip}}", zip)
                .replace("{{ip}}", ip)
                .replace("{{gaClientId}}", gaClientId);
    }

    /**
     * A {@code refunds/create} of an order of theirs the pipeline has not seen yet, so it is held; its note quotes
     * their contact details, as staff notes do.
     */
    String refundOfAnOrderNotSeenYet(String orderId) {
        return TestEnvelopes.fixture("refund-rest.json")
                .replace("5820982911946154508", orderId)
                .replace("\"note\":\"wrong size\"", "\"note\":\"wrong size, asked by " + email + " / " + phone + "\"");
    }

    /** An order too large for the queue (over 250 KB: hundreds of lines), which the receiver stores by reference. */
    String largeOrder(String orderId, int number) {
        ObjectNode order = (ObjectNode) JSON.readTree(order(orderId, number));
        ArrayNode lines = (ArrayNode) order.get("line_items");
        ObjectNode line = (ObjectNode) lines.get(0);
        for (int i = 0; i < 800; i++) {
            ObjectNode copy = line.deepCopy();
            copy.put("id", Long.parseLong(number + "0" + (1000 + i)));
            copy.put("title", "Loose leaf sampler no. " + i + " with a long description of its blend and origin");
            lines.add(copy);
        }
        return JSON.writeValueAsString(order);
    }

    /** Their order cut off before its line items, as a broken proxy would pass it on: not JSON. */
    String malformedOrder(String orderId, int number) {
        String whole = order(orderId, number);
        return whole.substring(0, whole.indexOf("\"line_items\"") + 16);
    }

    private static String letters(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return text.toString();
    }

    private static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
