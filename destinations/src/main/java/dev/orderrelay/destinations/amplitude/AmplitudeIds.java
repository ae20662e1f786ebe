package dev.orderrelay.destinations.amplitude;

import dev.orderrelay.core.envelope.Sha256;
import dev.orderrelay.core.event.OrderEvent;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who an Amplitude event is about. Amplitude needs a {@code user_id} or a {@code device_id} on every event: the
 * customer id is the user, the storefront's Amplitude device id the device, and an order with neither (a guest whose
 * storefront passed no device id) gets a device id derived from its shop and order, the same for the purchase and
 * every refund of that order so Amplitude sees them on one device.
 *
 * @param userId the platform's customer id, or null
 * @param deviceId the storefront's device id, the derived one, or null when there is a user id and no device id
 */
record AmplitudeIds(String userId, String deviceId) {

    /** Amplitude's default minimum length of either id; shorter ones need {@code options.min_id_length}. */
    static final int DEFAULT_MIN_LENGTH = 5;

    /** Amplitude's limit on any string value. */
    private static final int MAX_LENGTH = 1024;

    /** Values Amplitude's HTTP V2 API refuses as ids (its docs list them); compared in lower case. */
    private static final Set<String> REFUSED = Set.of(
            "anonymous", "nil", "none", "null", "n/a", "na", "undefined", "unknown", "\"\"", "{}", "lmy47d", "0", "-1");

    /** An all-zero id (an iOS IDFA with ad tracking limited): Amplitude drops it and fails the request. */
    private static final Pattern ZEROS = Pattern.compile("[0-]+");

    /** The ids for {@code event}, falling back to one derived from its shop and order when it carries none. */
    static AmplitudeIds of(OrderEvent event) {
        String user = usable(event.identity().customerId());
        String device = usable(event.identity().amplitudeDeviceId());
        if (user == null && device == null) {
            device = derivedDeviceId(event.shop(), event.orderId());
        }
        return new AmplitudeIds(user, device);
    }

    /**
     * The device id for an order that carries no id: {@code order-} and 32 hex digits of SHA-256 over shop and order,
     * so it is stable across retries, replays and refunds, and says nothing about the buyer.
     */
    static String derivedDeviceId(String shop, String orderId) {
        String material = "amplitude-device:" + shop.length() + ":" + shop + orderId.length() + ":" + orderId;
        return "order-" + Sha256.hex(material.getBytes(StandardCharsets.UTF_8)).substring(0, 32);
    }

    /** The length of the shorter id present, to tell whether the request needs a lower {@code min_id_length}. */
    int shortestLength() {
        int user = userId == null ? Integer.MAX_VALUE : userId.length();
        int device = deviceId == null ? Integer.MAX_VALUE : deviceId.length();
        return Math.min(user, device);
    }

    /** Whether this event is about {@code id}, as a user or a device. */
    boolean isUser(String id) {
        return userId != null && userId.equals(id);
    }

    boolean isDevice(String id) {
        return deviceId != null && deviceId.equals(id);
    }

    private static String usable(String id) {
        if (id == null) {
            return null;
        }
        String trimmed = id.strip();
        if (trimmed.isEmpty()
                || trimmed.length() > MAX_LENGTH
                || REFUSED.contains(trimmed.toLowerCase(Locale.ROOT))
                || ZEROS.matcher(trimmed).matches()) {
            return null;
        }
        return trimmed;
    }
}
