package dev.orderrelay.destinations.segment;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts events into {@code /v1/batch} requests within Segment's limits, and writes a request's body. The body is built
 * from each call's own bytes, so the size counted is the size sent.
 */
final class SegmentBatches {

    private static final byte[] OPEN = "{\"batch\":[".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLOSE = "]}".getBytes(StandardCharsets.US_ASCII);

    private final int maxEvents;
    private final int maxBytes;

    SegmentBatches(int maxEvents, int maxBytes) {
        this.maxEvents = maxEvents;
        this.maxBytes = maxBytes;
    }

    /** The smallest body that holds one call of {@code jsonBytes}. */
    static int bodySizeOfOne(int jsonBytes) {
        return OPEN.length + jsonBytes + CLOSE.length;
    }

    /**
     * {@code events} in order, cut into batches of at most {@code maxEvents} events and {@code maxBytes} bytes of body;
     * each event must fit a batch alone.
     */
    List<List<EncodedEvent>> cut(List<EncodedEvent> events) {
        List<List<EncodedEvent>> batches = new ArrayList<>();
        List<EncodedEvent> current = new ArrayList<>();
        int size = OPEN.length + CLOSE.length;
        for (EncodedEvent event : events) {
            int more = event.json().length + (current.isEmpty() ? 0 : 1);
            if (!current.isEmpty() && (current.size() == maxEvents || size + more > maxBytes)) {
                batches.add(List.copyOf(current));
                current = new ArrayList<>();
                size = OPEN.length + CLOSE.length;
                more = event.json().length;
            }
            current.add(event);
            size += more;
        }
        if (!current.isEmpty()) {
            batches.add(List.copyOf(current));
        }
        return batches;
    }

    /** The request body for {@code events}: {@code {"batch":[call,call,...]}}. */
    static byte[] body(List<EncodedEvent> events) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(OPEN);
        for (int i = 0; i < events.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(events.get(i).json());
        }
        out.writeBytes(CLOSE);
        return out.toByteArray();
    }
}
