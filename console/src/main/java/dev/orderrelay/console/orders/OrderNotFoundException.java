package dev.orderrelay.console.orders;

import dev.orderrelay.console.problems.ConsoleApiException;
import org.springframework.http.HttpStatus;

/** The ledger holds no such order for the shop: 404 {@code order-not-found}. */
final class OrderNotFoundException extends ConsoleApiException {

    private static final long serialVersionUID = 1L;

    OrderNotFoundException(String shop, String orderId) {
        super(
                HttpStatus.NOT_FOUND,
                "order-not-found",
                "The ledger holds no order " + orderId + " of shop " + shop
                        + "; the worker records an order when it first processes one of its webhooks.");
    }
}
