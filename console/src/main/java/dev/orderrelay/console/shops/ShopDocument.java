package dev.orderrelay.console.shops;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.orderrelay.ledger.shops.ShopConfig;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A shop's configuration as {@code GET} returns it and {@code PUT} takes it. Fields are loosely typed on the way in
 * so that the validator, not the JSON reader, explains what is wrong.
 *
 * @param shop the shop's {@code *.myshopify.com} domain; optional in a {@code PUT}, where it must match the path
 * @param status {@code ACTIVE} or {@code UNINSTALLED}
 * @param policy event policy switches, e.g. {@code purchaseOn=paid}
 * @param destinations where the shop's order events go
 * @param adminApiCredentialsRef the reference of the shop's Shopify Admin API access token, which the reconciler
 *     uses; optional, but without it the shop's hours are never proven. Left out of the answer when there is none,
 *     so a shop without it reads as it did before the field existed
 */
@JsonPropertyOrder({"shop", "status", "policy", "destinations", "adminApiCredentialsRef"})
record ShopDocument(
        String shop,
        String status,
        Map<String, String> policy,
        List<DestinationDocument> destinations,
        @JsonInclude(JsonInclude.Include.NON_NULL) String adminApiCredentialsRef) {

    /** A document without Admin API credentials. */
    ShopDocument(String shop, String status, Map<String, String> policy, List<DestinationDocument> destinations) {
        this(shop, status, policy, destinations, null);
    }

    static ShopDocument from(ShopConfig config) {
        return new ShopDocument(
                config.shop(),
                config.status().name(),
                new TreeMap<>(config.policy()),
                config.destinations().stream().map(DestinationDocument::from).toList(),
                config.adminApiCredentialsRef());
    }
}
