package dev.orderrelay.shopify.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The GraphQL documents the client sends, each read once from {@code dev/orderrelay/shopify/admin/{name}.graphql} and
 * sent exactly as written (comments included: GraphQL ignores them), so that the file is the one source of truth the
 * simulated store executes too.
 */
enum AdminDocument {
    ORDERS_COUNT("OrdersCount"),
    ORDERS_CREATED("OrdersCreated"),
    ORDERS_UPDATED("OrdersUpdated"),
    ORDER("Order"),
    ORDER_LINE_ITEMS("OrderLineItems"),
    REFUND_LINE_ITEMS("RefundLineItems"),
    WEBHOOK_SUBSCRIPTIONS("WebhookSubscriptions"),
    WEBHOOK_SUBSCRIPTION_CREATE("WebhookSubscriptionCreate"),
    PRODUCTS("Products"),
    ORDER_JOURNEY("OrderJourney");

    private static final Map<AdminDocument, String> TEXTS = new ConcurrentHashMap<>();

    private final String documentName;

    AdminDocument(String documentName) {
        this.documentName = documentName;
    }

    /** The file's name without {@code .graphql}, which is also the operation's name. */
    String documentName() {
        return documentName;
    }

    /** The document's text, read from the classpath on first use. */
    String text() {
        return TEXTS.computeIfAbsent(this, AdminDocument::load);
    }

    private static String load(AdminDocument document) {
        String file = document.documentName + ".graphql";
        try (InputStream in = AdminDocument.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(
                        "The GraphQL document " + file + " is missing from the classpath next to "
                                + AdminDocument.class.getPackageName() + ": the shopify jar is incomplete; rebuild it");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the GraphQL document " + file, e);
        }
    }
}
