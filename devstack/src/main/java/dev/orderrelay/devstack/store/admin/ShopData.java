package dev.orderrelay.devstack.store.admin;

import java.util.List;
import java.util.Optional;

/**
 * What the Admin API reads from and writes to the one shop it serves. The simulated store implements it; keeping it
 * here lets the API depend on nothing of the store but this.
 */
public interface ShopData {

    /** Every order not deleted, in any status, test orders included. */
    List<OrderSnapshot> orders();

    /** Every order not deleted of the customer, in any status, test orders included, in no particular order. */
    List<OrderSnapshot> ordersOfCustomer(long customerId);

    /** The order, empty if there never was one or it was deleted. */
    Optional<OrderSnapshot> order(long id);

    /** The order that holds the refund, empty if there is no such refund. */
    Optional<OrderSnapshot> orderOfRefund(long refundId);

    /** The live subscriptions of the given topics ({@code WebhookSubscriptionTopic} names), all when empty. */
    List<SubscriptionSnapshot> subscriptions(List<String> topics);

    /** Subscribes {@code topic} to {@code uri} as {@code webhookSubscriptionCreate} does. */
    SubscriptionCreation createSubscription(String topic, String uri);

    /** A catalogue product with its type and taxonomy category, empty if the catalogue has no such product. */
    Optional<ProductSnapshot> product(long productId);

    /** The shop's {@code *.myshopify.com} domain, the host of its storefront's landing pages. */
    String domain();
}
