package dev.orderrelay.console.shops;

import dev.orderrelay.console.problems.ConsoleApiException;
import org.springframework.http.HttpStatus;

/** A request path whose shop is not a {@code *.myshopify.com} domain: 400 {@code invalid-shop}. */
final class InvalidShopException extends ConsoleApiException {

    private static final long serialVersionUID = 1L;

    InvalidShopException(String shop) {
        super(
                HttpStatus.BAD_REQUEST,
                "invalid-shop",
                "shop: " + Violations.shown(shop) + " is not a shop's lower-case *.myshopify.com domain.");
    }
}
