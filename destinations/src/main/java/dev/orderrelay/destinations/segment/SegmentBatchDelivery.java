package dev.orderrelay.destinations.segment;

import dev.orderrelay.destinations.DeliveryOutcome;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * Sends the batches of one {@code sendAll} to one target and fills in each event's outcome.
 *
 * <p>Segment refuses a batch as a whole (a 400 says nothing of which event is bad), so a refused batch is split in
 * halves and each half sent again, down to single events: the bad ones are rejected alone, the good ones delivered.
 * Halving finds one bad event among {@code n} in about {@code 2 log2 n} requests, where sending each alone would take
 * {@code n}. Once a request fails in a way that is not one event's (Segment down or throttling, the write key
 * refused), the events not yet sent are held back unsent with the same outcome, rather than sent into the failure.
 *
 * <p>One instance per call; not thread-safe.
 */
final class SegmentBatchDelivery {

    private final SegmentTransport transport;
    private final SegmentOutcomeClassifier classifier;
    private final SegmentDeliveryLog log;
    private final URI uri;
    private final WriteKey writeKey;
    private final DeliveryOutcome[] outcomes;
    private SegmentVerdict holdingBack;

    SegmentBatchDelivery(
            SegmentTransport transport,
            SegmentOutcomeClassifier classifier,
            SegmentDeliveryLog log,
            URI uri,
            WriteKey writeKey,
            DeliveryOutcome[] outcomes) {
        this.transport = transport;
        this.classifier = classifier;
        this.log = log;
        this.uri = uri;
        this.writeKey = writeKey;
        this.outcomes = outcomes;
    }

    /** Sends {@code batch}, splitting it when Segment refuses it, and records an outcome for each of its events. */
    void send(List<EncodedEvent> batch) {
        if (holdingBack != null) {
            batch.forEach(event -> settle(event, holdingBack.heldBack(event.attempt())));
            return;
        }
        log.sending(batch, uri);
        long started = System.nanoTime();
        SegmentVerdict verdict;
        try {
            SegmentResponse response = transport.post(uri, writeKey.authorization(), SegmentBatches.body(batch));
            verdict = classifier.classify(response.redacting(writeKey), batch.size());
        } catch (IOException e) {
            verdict = classifier.classify(e, batch.size());
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        log.answered(batch, verdict, took);
        if (verdict.kind() == SegmentVerdict.Kind.REFUSED && batch.size() > 1) {
            int half = batch.size() / 2;
            send(batch.subList(0, half));
            send(batch.subList(half, batch.size()));
            return;
        }
        if (verdict.holdsBackTheRest()) {
            holdingBack = verdict;
        }
        for (EncodedEvent event : batch) {
            settle(event, verdict.outcomeFor(event.attempt(), took));
        }
    }

    private void settle(EncodedEvent event, DeliveryOutcome outcome) {
        outcomes[event.index()] = outcome;
        log.rejected(event.attempt(), outcome);
    }
}
