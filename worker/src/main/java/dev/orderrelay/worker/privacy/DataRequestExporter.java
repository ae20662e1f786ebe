package dev.orderrelay.worker.privacy;

import dev.orderrelay.ledger.claims.DeliveryClaims;
import dev.orderrelay.ledger.claims.DeliveryRecord;
import dev.orderrelay.ledger.orders.OrderLedger;
import dev.orderrelay.ledger.orders.OrderRecord;
import dev.orderrelay.ledger.parked.ParkedEvent;
import dev.orderrelay.ledger.parked.ParkedEvents;
import dev.orderrelay.ledger.privacy.DataRequestExport;
import dev.orderrelay.ledger.privacy.DataRequestExports;
import dev.orderrelay.ledger.privacy.StoredBodies;
import dev.orderrelay.ledger.privacy.StoredBody;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Answers {@code customers/data_request}: gathers what the ledger and the bodies bucket hold about the customer (the
 * orders Shopify names and any found to be theirs among parked events; each order's record and deliveries; the
 * personal fields of its stored bodies; the parked events about them) into one JSON document and stores it as the
 * data request's export, which support reads through the console and passes to the merchant.
 */
final class DataRequestExporter {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int PAGE = 100;

    private final OrderLedger orders;
    private final DeliveryClaims claims;
    private final StoredBodies index;
    private final BodyObjects objects;
    private final ParkedEvents parked;
    private final DataRequestExports exports;
    private final Clock clock;

    DataRequestExporter(
            OrderLedger orders,
            DeliveryClaims claims,
            StoredBodies index,
            BodyObjects objects,
            ParkedEvents parked,
            DataRequestExports exports,
            Clock clock) {
        this.orders = orders;
        this.claims = claims;
        this.index = index;
        this.objects = objects;
        this.parked = parked;
        this.exports = exports;
        this.clock = clock;
    }

    DataRequestExport export(String shop, CustomerRequest request) {
        CustomerMatch match = CustomerMatch.of(request);
        ObjectNode document = ExportDocument.header(shop, request, clock.instant());
        Set<String> orderIds = new LinkedHashSet<>(request.orderIds());
        ArrayNode parkedFound = document.putArray("parkedEvents");
        CustomerFinds finds = new CustomerFinds(objects);
        String after = null;
        do {
            ParkedEvents.Slice page = parked.page(shop, ParkedEvents.idsUpTo(clock.instant()), after, PAGE);
            for (ParkedEvent event : page.events()) {
                Optional<Map<String, String>> found = finds.inParked(event, match);
                if (found.isPresent()) {
                    parkedFound.add(ExportDocument.parked(event, found.get()));
                    if (event.orderId() != null) {
                        orderIds.add(event.orderId());
                    }
                }
            }
            after = page.lastId();
        } while (after != null);
        ArrayNode ordersFound = document.putArray("orders");
        ArrayNode notFound = document.putArray("ordersNotInLedger");
        int storedBodies = 0;
        for (String orderId : orderIds) {
            Optional<OrderRecord> record = orders.find(shop, orderId);
            if (record.isEmpty()) {
                notFound.add(orderId);
                continue;
            }
            ObjectNode order = ExportDocument.order(record.get());
            ArrayNode deliveries = order.putArray("deliveries");
            for (DeliveryRecord delivery : claims.forOrder(shop, orderId)) {
                deliveries.add(ExportDocument.delivery(delivery));
            }
            ArrayNode bodies = order.putArray("storedBodies");
            for (StoredBody body : index.forOrder(shop, orderId)) {
                Optional<String> text = objects.read(body.bucket(), body.key());
                if (text.isPresent()) {
                    bodies.add(ExportDocument.storedBody(body, CustomerFinds.inPayload(text.get(), match)));
                    storedBodies++;
                }
            }
            ordersFound.add(order);
        }
        return exports.save(
                shop,
                new DataRequestExports.Coverage(
                        request.dataRequestId(),
                        request.customerId(),
                        request.email(),
                        ordersFound.size(),
                        parkedFound.size(),
                        storedBodies),
                JSON.writeValueAsString(document));
    }
}
