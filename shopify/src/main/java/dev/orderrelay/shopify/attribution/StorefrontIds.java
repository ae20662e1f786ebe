package dev.orderrelay.shopify.attribution;

/**
 * The analytics ids the storefront passed with the order (as cart attributes), each null when absent or unusable.
 *
 * @param gaClientId GA4's client id, e.g. {@code 1234567890.1700000000} (a {@code _ga} cookie value is reduced to it)
 * @param gaSessionId GA4's session id, digits, e.g. {@code 1700000000}
 * @param segmentAnonymousId Segment's anonymous id (Analytics.js {@code ajs_anonymous_id})
 * @param amplitudeDeviceId Amplitude's device id
 */
public record StorefrontIds(
        String gaClientId, String gaSessionId, String segmentAnonymousId, String amplitudeDeviceId) {

    private static final StorefrontIds NONE = new StorefrontIds(null, null, null, null);

    /** No id at all. */
    public static StorefrontIds none() {
        return NONE;
    }

    /** These ids, each missing one taken from {@code other}. */
    public StorefrontIds orElse(StorefrontIds other) {
        return new StorefrontIds(
                gaClientId != null ? gaClientId : other.gaClientId,
                gaSessionId != null ? gaSessionId : other.gaSessionId,
                segmentAnonymousId != null ? segmentAnonymousId : other.segmentAnonymousId,
                amplitudeDeviceId != null ? amplitudeDeviceId : other.amplitudeDeviceId);
    }
}
