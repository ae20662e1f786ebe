package dev.orderrelay.worker.enrich;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.util.Optional;

/**
 * The first-order flags the Admin API gave, by shop and order, bounded in size and age. An order is seen several
 * times ({@code orders/create}, {@code orders/paid}, each {@code orders/updated}, a requeue or a replay), and its place
 * in its customer's history does not change between sightings, so only the first sighting costs a request. Unknown
 * answers are not kept: the next sighting asks again.
 */
final class FirstOrderFlags {

    /** One order of one shop. */
    record Key(String shop, String orderId) {}

    private final Cache<Key, Boolean> flags;

    FirstOrderFlags(EnrichmentProperties.Cache settings, Ticker ticker) {
        this.flags = Caffeine.newBuilder()
                .maximumSize(settings.maxOrders())
                .expireAfterWrite(settings.timeToLive())
                .ticker(ticker)
                .build();
    }

    Optional<Boolean> known(String shop, String orderId) {
        return Optional.ofNullable(flags.getIfPresent(new Key(shop, orderId)));
    }

    void remember(String shop, String orderId, Boolean firstOrder) {
        if (firstOrder != null) {
            flags.put(new Key(shop, orderId), firstOrder);
        }
    }
}
