package dev.orderrelay.destinations;

import java.util.HashMap;
import java.util.Map;

/**
 * What a {@link RecordingPeer} answers.
 *
 * @param status the HTTP status
 * @param headers response headers
 * @param body the response body, empty for none
 */
public record PeerAnswer(int status, Map<String, String> headers, String body) {

    public PeerAnswer {
        headers = Map.copyOf(headers);
    }

    public static PeerAnswer status(int status) {
        return new PeerAnswer(status, Map.of(), "");
    }

    public PeerAnswer withHeader(String name, String value) {
        Map<String, String> more = new HashMap<>(headers);
        more.put(name, value);
        return new PeerAnswer(status, more, body);
    }

    public PeerAnswer withBody(String text) {
        return new PeerAnswer(status, headers, text);
    }
}
