package dev.orderrelay.console.shops;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.orderrelay.ledger.shops.DestinationConfig;
import java.util.Map;
import java.util.TreeMap;

/**
 * One destination of a shop as the API shows and takes it.
 *
 * @param name unique within the shop, e.g. {@code merchant-webhook}
 * @param kind {@code webhook}, {@code ga4}, {@code segment} or {@code amplitude}
 * @param settings non-secret, kind-specific settings, e.g. {@code url} for a webhook
 * @param credentialsRef the name of the secret that holds the destination's credentials, or null
 */
@JsonPropertyOrder({"name", "kind", "settings", "credentialsRef"})
record DestinationDocument(String name, String kind, Map<String, String> settings, String credentialsRef) {

    static DestinationDocument from(DestinationConfig config) {
        return new DestinationDocument(
                config.name(), config.kind(), new TreeMap<>(config.settings()), config.credentialsRef());
    }
}
