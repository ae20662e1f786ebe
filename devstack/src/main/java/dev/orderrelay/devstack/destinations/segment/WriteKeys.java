package dev.orderrelay.devstack.destinations.segment;

import com.sun.net.httpserver.HttpExchange;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;

/**
 * Finds the write key of a Segment request as the HTTP API takes it: HTTP Basic with the key as the user name and an
 * empty password, or {@code writeKey} in the body.
 */
final class WriteKeys {

    private static final String BASIC = "Basic ";

    private WriteKeys() {}

    /** The write key, or {@code null} when the request carries none. */
    static String of(HttpExchange exchange, JsonNode body) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header != null && header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            String user = basicUser(header.substring(BASIC.length()).strip());
            if (user != null && !user.isEmpty()) {
                return user;
            }
        }
        JsonNode writeKey = body.get("writeKey");
        return writeKey != null
                        && writeKey.isString()
                        && !writeKey.stringValue().isEmpty()
                ? writeKey.stringValue()
                : null;
    }

    private static String basicUser(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? decoded : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
