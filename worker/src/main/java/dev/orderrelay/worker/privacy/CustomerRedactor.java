package dev.orderrelay.worker.privacy;

import dev.orderrelay.core.envelope.BodyReference;
import dev.orderrelay.ledger.privacy.DataRequestExports;
import dev.orderrelay.ledger.privacy.StoredBodies;
import dev.orderrelay.ledger.privacy.StoredBody;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Carries out {@code customers/redact}: removes or anonymises the customer's personal data wherever order-relay
 * keeps it, by key. In order: the stored bodies of the orders Shopify names, the shop's parked events about the
 * customer, the stored bodies of orders found to be theirs on the way, the events held for their orders, the last errors of their orders' deliveries,
 * then the objects and index entries the redacted copies replaced, and the customer's data-request exports. Order
 * records hold no personal data (ids, name such as {@code #1001}, times) and stay, so the pipeline's counts and
 * once-only guarantees stay true. Every step is idempotent: a run cut short is run again whole.
 */
final class CustomerRedactor {

    /** What a redaction changed, for the audit: counts only. */
    record Redacted(int orders, int bodies, int parkedEvents, int heldEvents, int deliveries, int exports) {

        int total() {
            return bodies + parkedEvents + heldEvents + deliveries + exports;
        }
    }

    private final StoredBodyRedaction bodies;
    private final ParkedRedaction parked;
    private final HeldRedaction held;
    private final DeliveryErrorRedaction deliveries;
    private final StoredBodies index;
    private final BodyObjects objects;
    private final DataRequestExports exports;

    CustomerRedactor(
            StoredBodyRedaction bodies,
            ParkedRedaction parked,
            HeldRedaction held,
            DeliveryErrorRedaction deliveries,
            StoredBodies index,
            BodyObjects objects,
            DataRequestExports exports) {
        this.bodies = bodies;
        this.parked = parked;
        this.held = held;
        this.deliveries = deliveries;
        this.index = index;
        this.objects = objects;
        this.exports = exports;
    }

    Redacted redact(String shop, CustomerRequest request) {
        RedactionRun run = new RedactionRun(shop, request);
        bodies.redact(run, request.orderIds());
        parked.redact(run);
        Set<String> foundOnTheWay = new LinkedHashSet<>(run.orders);
        foundOnTheWay.removeAll(request.orderIds());
        bodies.redact(run, foundOnTheWay);
        held.redact(run);
        deliveries.redact(run);
        for (BodyReference old : distinct(run.oldObjects)) {
            objects.delete(old.bucket(), old.key());
        }
        for (StoredBody entry : run.oldEntries) {
            index.remove(shop, entry.orderId(), entry.sha256());
        }
        run.exports = exports.removeCustomer(shop, request.customerId(), request.email());
        return new Redacted(
                run.orders.size(), run.bodies, run.parkedEvents, run.heldEvents, run.deliveries, run.exports);
    }

    private static List<BodyReference> distinct(List<BodyReference> references) {
        return new ArrayList<>(new LinkedHashSet<>(references));
    }
}
