package dev.orderrelay.destinations.amplitude;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes request bodies for one API key: {@code {"api_key":…,"events":[…],"options":{"min_id_length":n}}}, the
 * options only when an id in the request is shorter than Amplitude's default minimum. Events go in as already
 * serialised bytes, so the size the batcher counts is the size sent.
 *
 * <p>Holds the key, since it travels in the body; {@link #toString()} does not show it.
 */
final class AmplitudeRequestBody {

    /** The options block at its longest: a one-digit {@code min_id_length} (it is never more than 4). */
    private static final byte[] OPTIONS_PREFIX = ",\"options\":{\"min_id_length\":".getBytes(StandardCharsets.UTF_8);

    private static final int OPTIONS_LENGTH = OPTIONS_PREFIX.length + 2;

    private final byte[] prefix;
    private final byte[] suffix = "]}".getBytes(StandardCharsets.UTF_8);

    AmplitudeRequestBody(String apiKey) {
        this.prefix = ("{\"api_key\":" + AmplitudeEventMapper.JSON.writeValueAsString(apiKey) + ",\"events\":[")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The bytes a request takes besides its events and the commas between them, with room for the options. */
    int overhead() {
        return prefix.length + suffix.length + OPTIONS_LENGTH;
    }

    /** The body carrying {@code events}, in order. */
    byte[] write(List<PendingEvent> events) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(
                overhead() + events.stream().mapToInt(PendingEvent::size).sum() + events.size());
        out.writeBytes(prefix);
        for (int i = 0; i < events.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(events.get(i).json());
        }
        out.write(']');
        int shortest = events.stream()
                .mapToInt(event -> event.ids().shortestLength())
                .min()
                .orElse(AmplitudeIds.DEFAULT_MIN_LENGTH);
        if (shortest < AmplitudeIds.DEFAULT_MIN_LENGTH) {
            out.writeBytes(OPTIONS_PREFIX);
            out.writeBytes(Integer.toString(shortest).getBytes(StandardCharsets.UTF_8));
            out.write('}');
        }
        out.write('}');
        return out.toByteArray();
    }

    @Override
    public String toString() {
        return "AmplitudeRequestBody[api_key=****]";
    }
}
