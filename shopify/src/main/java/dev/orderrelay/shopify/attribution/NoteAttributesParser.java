package dev.orderrelay.shopify.attribution;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Reads the analytics ids a storefront passed as cart attributes: REST {@code note_attributes} ({@code [{name,
 * value}]}) or admin-graphql {@code customAttributes} ({@code [{key, value}]}). Attribute names are compared loosely
 * (case, {@code _} and {@code -} ignored, so {@code ga_client_id}, {@code GA-Client-Id} and {@code gaClientId} are one
 * name). Recognised names:
 *
 * <table>
 *   <caption>Recognised cart attributes</caption>
 *   <tr><th>id</th><th>names</th><th>values taken</th></tr>
 *   <tr><td>GA4 client id</td><td>{@code _ga}, {@code _ga_client_id}, {@code ga_client_id}, {@code client_id},
 *       {@code google_client_id}</td><td>a {@code _ga} cookie value ({@code GA1.1.1234567890.1700000000} gives
 *       {@code 1234567890.1700000000}) or, except for {@code _ga}, any id without whitespace up to 100 characters</td></tr>
 *   <tr><td>GA4 session id</td><td>{@code _ga_session_id}, {@code ga_session_id}, {@code session_id}, then any
 *       {@code _ga_<container>} (e.g. {@code _ga_ABC123XYZ})</td><td>digits, or a {@code _ga_<container>} cookie
 *       value ({@code GS1.1.1700000000.3.1...} or {@code GS2.1.s1700000000$o3...} gives {@code 1700000000})</td></tr>
 *   <tr><td>Segment anonymous id</td><td>{@code ajs_anonymous_id}, {@code segment_anonymous_id}</td><td>an id up to
 *       200 characters, JSON quotes ({@code "..."} or {@code %22...%22}, as Analytics.js stores it) taken off</td></tr>
 *   <tr><td>Amplitude device id</td><td>{@code amplitude_device_id}, {@code amp_device_id}</td><td>an id of 5 to
 *       200 characters (Amplitude's minimum is 5)</td></tr>
 * </table>
 *
 * <p>The first usable value of each id wins; a named session id wins over one read from a {@code _ga_<container>}
 * cookie. Malformed input (not an array, entries that are not objects, names or values that are not strings, blank,
 * over-long, with control characters) yields no value. At most {@value #MAX_ATTRIBUTES} attributes are read. Never
 * throws.
 */
public final class NoteAttributesParser {

    static final int MAX_ATTRIBUTES = 200;
    private static final int MAX_NAME_CHARS = 100;

    private static final Set<String> GA_COOKIE = Set.of("ga");
    private static final Set<String> GA_CLIENT = Set.of("gaclientid", "clientid", "googleclientid");
    private static final Set<String> GA_SESSION = Set.of("gasessionid", "sessionid");
    private static final Set<String> SEGMENT = Set.of("ajsanonymousid", "segmentanonymousid");
    private static final Set<String> AMPLITUDE = Set.of("amplitudedeviceid", "ampdeviceid");
    /** A GA4 stream's session cookie: {@code _ga_} and the measurement id without its {@code G-}. */
    private static final Pattern GA_CONTAINER = Pattern.compile("_ga_[A-Za-z0-9]{4,20}");

    /** The ids in {@code attributes}; {@link StorefrontIds#none()} when there are none or the input is unusable. */
    public StorefrontIds parse(JsonNode attributes) {
        if (attributes == null || !attributes.isArray()) {
            return StorefrontIds.none();
        }
        String client = null;
        String session = null;
        String sessionFromCookie = null;
        String segment = null;
        String amplitude = null;
        int read = 0;
        for (JsonNode attribute : attributes) {
            if (read++ >= MAX_ATTRIBUTES) {
                break;
            }
            Map.Entry<String, String> pair = pair(attribute);
            if (pair == null) {
                continue;
            }
            String raw = pair.getKey();
            String name = AttributionText.normalisedName(raw);
            String value = pair.getValue();
            if (GA_COOKIE.contains(name)) {
                client = client != null ? client : GaCookies.clientIdOfCookie(value);
            } else if (GA_CLIENT.contains(name)) {
                client = client != null ? client : GaCookies.clientId(value);
            } else if (GA_SESSION.contains(name)) {
                session = session != null ? session : GaCookies.sessionId(value);
            } else if (SEGMENT.contains(name)) {
                segment = segment != null ? segment : unquoted(value);
            } else if (AMPLITUDE.contains(name)) {
                amplitude = amplitude != null ? amplitude : AttributionText.token(value, 5, 200);
            } else if (GA_CONTAINER.matcher(raw).matches()) {
                sessionFromCookie = sessionFromCookie != null ? sessionFromCookie : GaCookies.sessionIdOfCookie(value);
            }
        }
        return new StorefrontIds(client, session != null ? session : sessionFromCookie, segment, amplitude);
    }

    /** An attribute's name ({@code name} in REST, {@code key} in GraphQL) and value, when both are strings. */
    private static Map.Entry<String, String> pair(JsonNode attribute) {
        if (attribute == null || !attribute.isObject()) {
            return null;
        }
        JsonNode name = attribute.has("name") ? attribute.get("name") : attribute.get("key");
        JsonNode value = attribute.get("value");
        if (name == null || !name.isString() || value == null || !value.isString()) {
            return null;
        }
        String nameText = name.stringValue().strip();
        if (nameText.isEmpty() || nameText.length() > MAX_NAME_CHARS) {
            return null;
        }
        return Map.entry(nameText, value.stringValue());
    }

    /** Analytics.js keeps the anonymous id as a JSON string, so a copied cookie may still carry its quotes. */
    private static String unquoted(String value) {
        String cleaned = AttributionText.token(value, 1, 210);
        if (cleaned == null) {
            return null;
        }
        if (cleaned.length() >= 6 && cleaned.startsWith("%22") && cleaned.endsWith("%22")) {
            cleaned = cleaned.substring(3, cleaned.length() - 3);
        } else if (cleaned.length() >= 2 && cleaned.startsWith("\"") && cleaned.endsWith("\"")) {
            cleaned = cleaned.substring(1, cleaned.length() - 1);
        }
        return AttributionText.token(cleaned, 1, 200);
    }
}
