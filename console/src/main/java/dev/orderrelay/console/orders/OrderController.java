package dev.orderrelay.console.orders;

import dev.orderrelay.console.shops.ShopDomain;
import dev.orderrelay.ledger.claims.DeliveryClaims;
import dev.orderrelay.ledger.orders.OrderLedger;
import dev.orderrelay.ledger.orders.OrderRecord;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/shops/{shop}/orders/{orderId}}: an order and its deliveries, read by key. */
@RestController
class OrderController {

    /** What an order id can look like in the ledger; anything else cannot be there, so it is not looked up. */
    private static final Pattern ORDER_ID = Pattern.compile("[A-Za-z0-9_.:-]{1,128}");

    private final OrderLedger orders;
    private final DeliveryClaims deliveries;

    OrderController(OrderLedger orders, DeliveryClaims deliveries) {
        this.orders = orders;
        this.deliveries = deliveries;
    }

    @GetMapping("/api/shops/{shop}/orders/{orderId}")
    OrderView order(@PathVariable String shop, @PathVariable String orderId) {
        ShopDomain.require(shop);
        if (!ORDER_ID.matcher(orderId).matches()) {
            throw new OrderNotFoundException(shop, "(malformed id)");
        }
        OrderRecord order = orders.find(shop, orderId).orElseThrow(() -> new OrderNotFoundException(shop, orderId));
        return OrderView.of(order, deliveries.forOrder(shop, orderId));
    }
}
