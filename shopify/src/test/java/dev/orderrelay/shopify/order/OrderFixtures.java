package dev.orderrelay.shopify.order;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The order and refund bodies under {@code src/test/resources/fixtures/}, as Shopify sends or answers them. */
final class OrderFixtures {

    /** Order #1042 (EUR, taxes included, a guest) with two refunds, as an orders/updated webhook body. */
    static final String REST_REFUNDED = "order-rest-refunded.json";
    /** The same order as the reconciler fetches it with Order.graphql (the admin-graphql body). */
    static final String ADMIN_REFUNDED = "order-admin-refunded.json";
    /** The first refund of order #1042, as a refunds/create webhook body. */
    static final String REST_REFUND = "refund-rest.json";
    /** Order #1001 (USD), paid, a known customer, a line id above 2^53; a trimmed REST body. */
    static final String REST_PAID = "orders-paid.json";
    /** Order #1042 before its refunds, as an orders/paid webhook body. */
    static final String REST_PAID_DISCOUNTED = "orders-paid-discounted-guest.json";
    /**
     * Order #2077 of a shop selling in EUR to a buyer paying in USD, with one refund (a scarf), as an orders/updated
     * webhook body: every amount in both currencies, the refund's transaction in USD.
     */
    static final String REST_MULTI_CURRENCY = "order-rest-multicurrency.json";
    /** The same order as the reconciler fetches it, with {@code presentmentMoney} everywhere. */
    static final String ADMIN_MULTI_CURRENCY = "order-admin-multicurrency.json";

    private OrderFixtures() {}

    static String fixture(String name) {
        try (InputStream in = OrderFixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
