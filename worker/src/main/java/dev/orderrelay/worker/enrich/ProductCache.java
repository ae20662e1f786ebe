package dev.orderrelay.worker.enrich;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.orderrelay.shopify.admin.ProductClassification;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Products' classifications by shop and product, bounded in size and age, so an order of known products costs no
 * Admin API request. Products Shopify does not know are kept too (as empty classifications): asking again for a
 * deleted product on every order would cost a request each time.
 */
final class ProductCache {

    /** One product of one shop: product ids are unique per shop only as far as we are concerned. */
    record Key(String shop, String productId) {}

    private final Cache<Key, ProductClassification> cache;

    ProductCache(EnrichmentProperties.Cache settings, Ticker ticker) {
        this.cache = Caffeine.newBuilder()
                .maximumSize(settings.maxProducts())
                .expireAfterWrite(settings.timeToLive())
                .ticker(ticker)
                .recordStats()
                .build();
    }

    /** The products of {@code productIds} not in the cache, in order. */
    List<String> missing(String shop, Collection<String> productIds) {
        return productIds.stream()
                .filter(id -> cache.getIfPresent(new Key(shop, id)) == null)
                .toList();
    }

    /** Each product's category, for those the cache has one for. */
    Map<String, String> categories(String shop, Collection<String> productIds) {
        Map<String, String> categories = new HashMap<>();
        for (String id : productIds) {
            ProductClassification product = cache.getIfPresent(new Key(shop, id));
            String category = product == null ? null : ItemCategory.of(product);
            if (category != null) {
                categories.put(id, category);
            }
        }
        return categories;
    }

    void putAll(String shop, Map<String, ProductClassification> products) {
        products.forEach((id, product) -> cache.put(new Key(shop, id), product));
    }

    /** The Caffeine cache itself, for its metrics. */
    Cache<Key, ProductClassification> caffeine() {
        return cache;
    }
}
