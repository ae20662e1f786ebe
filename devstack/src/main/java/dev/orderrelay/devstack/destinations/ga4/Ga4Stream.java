package dev.orderrelay.devstack.destinations.ga4;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * A registered GA4 web stream: its measurement id, the Measurement Protocol API secret that authorises sends to it,
 * and the destination and shop its events are recorded under. Not a record, so the secret never lands in a
 * {@code toString()}.
 */
final class Ga4Stream {

    private final String destination;
    private final String shop;
    private final String measurementId;
    private final byte[] apiSecret;

    Ga4Stream(String destination, String shop, String measurementId, String apiSecret) {
        this.destination = Objects.requireNonNull(destination, "destination");
        this.shop = Objects.requireNonNull(shop, "shop");
        this.measurementId = Objects.requireNonNull(measurementId, "measurementId");
        if (apiSecret == null || apiSecret.isBlank()) {
            throw new IllegalArgumentException("a GA4 stream needs an API secret");
        }
        this.apiSecret = apiSecret.getBytes(StandardCharsets.UTF_8);
    }

    String destination() {
        return destination;
    }

    String shop() {
        return shop;
    }

    String measurementId() {
        return measurementId;
    }

    boolean authorises(String secret) {
        return secret != null && MessageDigest.isEqual(apiSecret, secret.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "Ga4Stream[destination=" + destination + ", measurementId=" + measurementId + ", apiSecret=****]";
    }
}
