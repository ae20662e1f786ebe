package dev.orderrelay.worker.privacy;

import dev.orderrelay.core.envelope.BodyReference;
import dev.orderrelay.ledger.privacy.StoredBodies;
import dev.orderrelay.ledger.privacy.StoredBody;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Redacts the stored bodies of the customer's orders, found by key through the stored-bodies index. A redacted body
 * is a different body: it is written under its own content address, so the claim check's SHA-256 test holds for
 * it, and indexed; the old object and entry stay until the parked events that may point at the old object have been
 * moved over ({@link CustomerRedactor} removes them last, so a run cut short finds them again).
 */
final class StoredBodyRedaction {

    private final StoredBodies index;
    private final BodyObjects objects;

    StoredBodyRedaction(StoredBodies index, BodyObjects objects) {
        this.index = index;
        this.objects = objects;
    }

    /** Redacts the stored bodies of these orders of the run's shop. */
    void redact(RedactionRun run, Iterable<String> orderIds) {
        for (String orderId : orderIds) {
            for (StoredBody body : index.forOrder(run.shop, orderId)) {
                redact(run, body);
            }
        }
    }

    private void redact(RedactionRun run, StoredBody body) {
        BodyReference old = new BodyReference(body.bucket(), body.key());
        Optional<String> text = objects.read(body.bucket(), body.key());
        if (text.isEmpty()) {
            // Expired or removed by an earlier run: nothing left to redact, only the entry to forget.
            run.oldEntries.add(body);
            return;
        }
        Optional<JsonNode> payload = JsonRedaction.parse(text.get());
        if (payload.isEmpty()) {
            // Indexed bodies were read as orders, so this cannot happen; if it does, the body goes whole.
            run.oldObjects.add(old);
            run.oldEntries.add(body);
            run.bodies++;
            return;
        }
        String redacted = JsonRedaction.write(JsonRedaction.payload(payload.get(), run.customerId(), run.tokens));
        String sha256 = BodyObjects.sha256(redacted);
        if (sha256.equals(body.sha256())) {
            return;
        }
        BodyReference to = objects.write(body.bucket(), redacted);
        index.record(run.shop, body.orderId(), to.bucket(), to.key(), sha256);
        run.moved(old, to, sha256);
        run.oldObjects.add(old);
        run.oldEntries.add(body);
        run.bodies++;
    }
}
