package dev.orderrelay.shopify.attribution;

import dev.orderrelay.core.event.Attribution;

/**
 * What an order body says of where its buyer came from and who they are to analytics tools.
 *
 * @param attribution campaign parameters, click ids, landing path and referring domain; never null
 * @param ids the analytics ids passed by the storefront; never null
 * @param firstOrder whether it is the customer's first order; null when the body does not say (REST webhook bodies of
 *     current API versions never do: the enricher asks the Admin API)
 */
public record OrderAttribution(Attribution attribution, StorefrontIds ids, Boolean firstOrder) {

    public OrderAttribution {
        attribution = attribution == null ? Attribution.none() : attribution;
        ids = ids == null ? StorefrontIds.none() : ids;
    }

    /** Nothing known. */
    public static OrderAttribution none() {
        return new OrderAttribution(Attribution.none(), StorefrontIds.none(), null);
    }
}
