package dev.orderrelay.worker.process;

import dev.orderrelay.ledger.claims.DeliveryClaims;
import dev.orderrelay.ledger.shops.ShopConfig;

/** Starts the deliveries of one order for one envelope, on the ledger's claims and the delivery queues. */
final class DeliveriesFactory {

    private final DeliveryClaims claims;
    private final DeliveryPublisher publisher;

    DeliveriesFactory(DeliveryClaims claims, DeliveryPublisher publisher) {
        this.claims = claims;
        this.publisher = publisher;
    }

    OrderDeliveries forOrder(ShopConfig shop, String orderId) {
        return new OrderDeliveries(claims, publisher, shop, orderId);
    }
}
