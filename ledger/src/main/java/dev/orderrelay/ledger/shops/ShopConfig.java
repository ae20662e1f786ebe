package dev.orderrelay.ledger.shops;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A shop's configuration as the admin API reads and writes it.
 *
 * @param shop the shop's {@code *.myshopify.com} domain
 * @param policy event policy switches, e.g. {@code purchaseOn=paid}, {@code includeTestOrders=false}
 * @param destinations where its order events go; names unique
 */
public record ShopConfig(
        String shop, ShopStatus status, Map<String, String> policy, List<DestinationConfig> destinations) {

    public ShopConfig {
        if (shop == null || !shop.matches("[a-z0-9][a-z0-9-]*\\.myshopify\\.com")) {
            throw new IllegalArgumentException("shop must be a *.myshopify.com domain, got '" + shop + "'");
        }
        if (status == null) {
            throw new IllegalArgumentException("shop " + shop + " needs a status");
        }
        policy = policy == null ? Map.of() : Map.copyOf(policy);
        destinations = destinations == null ? List.of() : List.copyOf(destinations);
        Set<String> names = new HashSet<>();
        for (DestinationConfig destination : destinations) {
            if (!names.add(destination.name())) {
                throw new IllegalArgumentException(
                        "shop " + shop + " has two destinations named '" + destination.name() + "'");
            }
        }
    }
}
