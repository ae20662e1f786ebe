package dev.orderrelay.ledger.shops;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * One of a shop's destinations.
 *
 * @param name unique within the shop, e.g. {@code merchant-webhook}; letters, digits, '-' and '_'
 * @param kind {@code webhook}, {@code ga4}, {@code segment} or {@code amplitude}
 * @param settings kind-specific, non-secret settings, e.g. {@code url}
 * @param credentialsRef the name of the secret holding this destination's credentials; never the secret itself
 */
public record DestinationConfig(String name, String kind, Map<String, String> settings, String credentialsRef) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern KIND = Pattern.compile("webhook|ga4|segment|amplitude");

    public DestinationConfig {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "destination name must be 1-64 letters, digits, '-' or '_', got '" + name + "'");
        }
        if (kind == null || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("destination " + name + " has kind '" + kind
                    + "'; expected one of webhook, ga4, segment, amplitude");
        }
        settings = settings == null ? Map.of() : Map.copyOf(settings);
    }
}
