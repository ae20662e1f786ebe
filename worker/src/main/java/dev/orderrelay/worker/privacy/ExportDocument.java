package dev.orderrelay.worker.privacy;

import dev.orderrelay.ledger.claims.DeliveryRecord;
import dev.orderrelay.ledger.orders.OrderRecord;
import dev.orderrelay.ledger.parked.ParkedEvent;
import dev.orderrelay.ledger.privacy.StoredBody;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The parts of a data request's export document (docs/privacy.md shows one whole). Ids are strings, times ISO-8601
 * UTC; absent values are left out.
 */
final class ExportDocument {

    /** Fixed text for the merchant: what order-relay keeps, and what it passed on. */
    static final String ABOUT = "order-relay relays this shop's Shopify orders to the analytics destinations the"
            + " shop configured. It keeps no copy of an order's payload once processed, except payloads too large"
            + " for its queue (storedBodies) and events it could not process (parkedEvents). The events it sent to"
            + " the destinations (deliveries) carried the customer's id and any analytics client ids the storefront"
            + " left in the order, never contact data; each destination holds what it received.";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ExportDocument() {}

    static ObjectNode header(String shop, CustomerRequest request, Instant now) {
        ObjectNode document = NODES.objectNode();
        document.put("shop", shop);
        document.put("dataRequestId", request.dataRequestId());
        ObjectNode customer = document.putObject("customer");
        putIfSet(customer, "id", request.customerId());
        putIfSet(customer, "email", request.email());
        putIfSet(customer, "phone", request.phone());
        request.orderIds().forEach(document.putArray("ordersRequested")::add);
        document.put("generatedAt", now.toString());
        document.put("about", ABOUT);
        return document;
    }

    static ObjectNode order(OrderRecord record) {
        ObjectNode order = NODES.objectNode();
        order.put("orderId", record.orderId());
        putIfSet(order, "name", record.name());
        putIfSet(order, "sourceCreatedAt", record.sourceCreatedAt());
        putIfSet(order, "firstSeenAt", record.firstSeenAt());
        putIfSet(order, "processedAt", record.processedAt());
        putIfSet(order, "state", record.state() == null ? null : record.state().name());
        putIfSet(order, "firstSource", record.firstSource());
        record.refundIds().stream().sorted().forEach(order.putArray("refundIds")::add);
        putIfSet(order, "cancelledAt", record.cancelledAt());
        return order;
    }

    static ObjectNode delivery(DeliveryRecord record) {
        ObjectNode delivery = NODES.objectNode();
        delivery.put("destination", record.key().destination());
        delivery.put("kind", record.kind());
        delivery.put("event", record.key().event());
        delivery.put("state", record.state().name());
        delivery.put("attempts", record.attempts());
        putIfSet(delivery, "deliveredAt", record.deliveredAt());
        putIfSet(delivery, "lastError", record.lastError());
        return delivery;
    }

    static ObjectNode storedBody(StoredBody body, Optional<Map<String, String>> personal) {
        ObjectNode stored = NODES.objectNode();
        stored.put("object", "s3://" + body.bucket() + "/" + body.key());
        putIfSet(stored, "recordedAt", body.recordedAt());
        ObjectNode fields = stored.putObject("personalData");
        personal.orElse(Map.of()).forEach(fields::put);
        return stored;
    }

    static ObjectNode parked(ParkedEvent event, Map<String, String> personal) {
        ObjectNode parked = NODES.objectNode();
        parked.put("id", event.id());
        parked.put("stage", event.stage().name());
        putIfSet(parked, "destination", event.destination());
        putIfSet(parked, "orderId", event.orderId());
        parked.put("status", event.status().name());
        parked.put("parkedAt", event.parkedAt().toString());
        putIfSet(parked, "reason", event.reason());
        ObjectNode fields = parked.putObject("personalData");
        personal.forEach(fields::put);
        return parked;
    }

    private static void putIfSet(ObjectNode node, String field, Object value) {
        if (value != null) {
            node.put(field, value.toString());
        }
    }
}
