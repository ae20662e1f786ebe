package dev.orderrelay.worker.privacy;

import dev.orderrelay.core.envelope.BodyReference;
import dev.orderrelay.ledger.privacy.StoredBody;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one {@code customers/redact} has learnt and done so far: the customer's values met in their payloads (to
 * scrub free text with), the orders found to be theirs, the bodies it stored again redacted (old key to new place),
 * and the old objects and index entries to remove once nothing points at them any more.
 */
final class RedactionRun {

    /** A body stored again redacted. */
    record Moved(BodyReference to, String sha256) {}

    final String shop;
    final CustomerMatch match;
    final PersonalTokens tokens = new PersonalTokens();
    final Set<String> orders = new LinkedHashSet<>();
    final List<BodyReference> oldObjects = new ArrayList<>();
    final List<StoredBody> oldEntries = new ArrayList<>();
    private final Map<String, Moved> moved = new HashMap<>();
    int bodies;
    int parkedEvents;
    int heldEvents;
    int deliveries;
    int exports;

    RedactionRun(String shop, CustomerRequest request) {
        this.shop = shop;
        this.match = CustomerMatch.of(request);
        tokens.add(request.email());
        tokens.add(request.phone());
        tokens.add(request.customerId());
        orders.addAll(request.orderIds());
    }

    String customerId() {
        return match.customerId();
    }

    void moved(BodyReference from, BodyReference to, String sha256) {
        moved.put(from.toString(), new Moved(to, sha256));
    }

    Optional<Moved> movedFrom(BodyReference from) {
        return Optional.ofNullable(moved.get(from.toString()));
    }
}
