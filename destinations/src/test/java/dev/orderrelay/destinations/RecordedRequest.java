package dev.orderrelay.destinations;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One request a {@link RecordingPeer} received, as the peer saw it on the wire.
 *
 * @param method the HTTP method
 * @param path the request path with its query
 * @param headers the request headers, names compared case-insensitively
 * @param body the raw body bytes
 */
public record RecordedRequest(String method, String path, Map<String, List<String>> headers, byte[] body) {

    public RecordedRequest {
        TreeMap<String, List<String>> caseless = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> caseless.put(name, List.copyOf(values)));
        headers = caseless;
        body = body.clone();
    }

    /** The first value of header {@code name}, or null when absent. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
