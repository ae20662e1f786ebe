package dev.orderrelay.destinations;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Where one shop's events go for one of its destinations, resolved by the worker from the shop's config just before a
 * send.
 *
 * <p>{@link #toString()} shows the setting names but not their values (a URL may carry a token in its query) and
 * never the secret.
 *
 * @param name the destination's name in the shop's config, e.g. {@code ops-webhook}; used in reasons and logs
 * @param kind which sender serves it
 * @param settings the destination's settings as configured, e.g. {@code url} for a webhook
 * @param secret the resolved credential, or {@link DestinationSecret#none()}
 */
public record DestinationTarget(
        String name, DestinationKind kind, Map<String, String> settings, DestinationSecret secret) {

    public DestinationTarget {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a destination target needs a name");
        }
        Objects.requireNonNull(kind, "kind");
        settings = Map.copyOf(Objects.requireNonNull(settings, "settings"));
        Objects.requireNonNull(secret, "secret");
    }

    /** The setting {@code key}, when it is configured and not blank. */
    public Optional<String> setting(String key) {
        return Optional.ofNullable(settings.get(key)).filter(value -> !value.isBlank());
    }

    @Override
    public String toString() {
        return "DestinationTarget[name=" + name + ", kind=" + kind.wireName() + ", settings="
                + new TreeSet<>(settings.keySet()) + ", secret=" + secret + "]";
    }
}
