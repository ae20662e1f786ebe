package dev.orderrelay.worker.privacy;

import dev.orderrelay.core.envelope.BodyReference;
import dev.orderrelay.core.envelope.Envelope;
import dev.orderrelay.core.envelope.EnvelopeJson;
import dev.orderrelay.core.envelope.InvalidEnvelopeException;
import dev.orderrelay.ledger.parked.ParkedEvent;
import dev.orderrelay.ledger.parked.ParkedEvents;
import dev.orderrelay.ledger.parked.ParkedStage;
import dev.orderrelay.ledger.privacy.ErasureStep;
import dev.orderrelay.ledger.privacy.StoredBodies;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The first step of erasing a shop: the objects in the bodies bucket that hold its payloads, found through the
 * stored-bodies index (bodies of orders the worker read) and the shop's parked envelopes (bodies it never got to
 * read). It runs before the ledger's steps, which remove both of those.
 */
final class StoredObjectsErasure implements ErasureStep {

    private static final int PAGE = 100;

    private final StoredBodies index;
    private final ParkedEvents parked;
    private final BodyObjects objects;
    private final Clock clock;

    StoredObjectsErasure(StoredBodies index, ParkedEvents parked, BodyObjects objects, Clock clock) {
        this.index = index;
        this.parked = parked;
        this.objects = objects;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "stored bodies";
    }

    @Override
    public int erase(String shop) {
        Set<BodyReference> found = new LinkedHashSet<>();
        index.forEachOfShop(shop, body -> found.add(new BodyReference(body.bucket(), body.key())));
        String after = null;
        do {
            ParkedEvents.Slice page = parked.page(shop, ParkedEvents.idsUpTo(clock.instant()), after, PAGE);
            for (ParkedEvent event : page.events()) {
                if (event.stage() == ParkedStage.PROCESS) {
                    storedBody(event.message()).ifPresent(found::add);
                }
            }
            after = page.lastId();
        } while (after != null);
        found.forEach(reference -> objects.delete(reference.bucket(), reference.key()));
        return found.size();
    }

    private static Optional<BodyReference> storedBody(String message) {
        try {
            Envelope envelope = EnvelopeJson.read(message);
            return Optional.ofNullable(envelope.bodyRef());
        } catch (InvalidEnvelopeException unreadable) {
            return Optional.empty();
        }
    }
}
