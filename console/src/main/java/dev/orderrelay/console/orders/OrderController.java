package dev.orderrelay.console.orders;

import dev.orderrelay.ledger.orders.OrderRecord;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/shops/{shop}/orders/{orderId}}: an order and its deliveries, read by key. */
@RestController
class OrderController {

    private final OrderReads reads;

    OrderController(OrderReads reads) {
        this.reads = reads;
    }

    @GetMapping("/api/shops/{shop}/orders/{orderId}")
    OrderView order(@PathVariable String shop, @PathVariable String orderId) {
        OrderRecord order = reads.order(shop, orderId);
        return OrderView.of(order, reads.deliveries(shop, orderId));
    }
}
