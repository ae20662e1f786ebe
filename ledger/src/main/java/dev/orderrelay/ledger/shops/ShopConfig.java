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
 * @param adminApiCredentialsRef the reference of the shop's Shopify Admin API access token (resolved like destination
 *     credentials); null when the shop has none, and then the reconciler cannot check it
 */
public record ShopConfig(
        String shop,
        ShopStatus status,
        Map<String, String> policy,
        List<DestinationConfig> destinations,
        String adminApiCredentialsRef) {

    /** A shop without Admin API credentials. */
    public ShopConfig(
            String shop, ShopStatus status, Map<String, String> policy, List<DestinationConfig> destinations) {
        this(shop, status, policy, destinations, null);
    }

    public ShopConfig {
        if (shop == null || !shop.matches("[a-z0-9][a-z0-9-]*\\.myshopify\\.com")) {
            throw new IllegalArgumentException("shop must be a *.myshopify.com domain, got '" + shop + "'");
        }
        if (status == null) {
            throw new IllegalArgumentException("shop " + shop + " needs a status");
        }
        policy = policy == null ? Map.of() : Map.copyOf(policy);
        destinations = destinations == null ? List.of() : List.copyOf(destinations);
        adminApiCredentialsRef =
                adminApiCredentialsRef == null || adminApiCredentialsRef.isBlank() ? null : adminApiCredentialsRef;
        Set<String> names = new HashSet<>();
        for (DestinationConfig destination : destinations) {
            if (!names.add(destination.name())) {
                throw new IllegalArgumentException(
                        "shop " + shop + " has two destinations named '" + destination.name() + "'");
            }
        }
    }
}
