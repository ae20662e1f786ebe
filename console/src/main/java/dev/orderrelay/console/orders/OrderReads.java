package dev.orderrelay.console.orders;

import dev.orderrelay.console.shops.ShopDomain;
import dev.orderrelay.ledger.claims.DeliveryClaims;
import dev.orderrelay.ledger.claims.DeliveryRecord;
import dev.orderrelay.ledger.orders.OrderLedger;
import dev.orderrelay.ledger.orders.OrderRecord;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Reads one order and its deliveries by key, for the API's order view and the console's order page alike: 400
 * {@code invalid-shop} for a malformed shop, 404 {@code order-not-found} for an order the ledger does not hold.
 */
@Component
class OrderReads {

    /** What an order id can look like in the ledger; anything else cannot be there, so it is not looked up. */
    static final Pattern ORDER_ID = Pattern.compile("[A-Za-z0-9_.:-]{1,128}");

    private final OrderLedger orders;
    private final DeliveryClaims deliveries;

    OrderReads(OrderLedger orders, DeliveryClaims deliveries) {
        this.orders = orders;
        this.deliveries = deliveries;
    }

    OrderRecord order(String shop, String orderId) {
        ShopDomain.require(shop);
        if (orderId == null || !ORDER_ID.matcher(orderId).matches()) {
            throw new OrderNotFoundException(shop, "(malformed id)");
        }
        return orders.find(shop, orderId).orElseThrow(() -> new OrderNotFoundException(shop, orderId));
    }

    /** Every delivery of the order: one Query on its partition. */
    List<DeliveryRecord> deliveries(String shop, String orderId) {
        return deliveries.forOrder(shop, orderId);
    }
}
