package dev.orderrelay.console.deadletters;

import dev.orderrelay.console.problems.ConsoleApiException;
import org.springframework.http.HttpStatus;

/** Dead letters are listed per shop: 400 {@code shop-required}. */
final class ShopRequiredException extends ConsoleApiException {

    private static final long serialVersionUID = 1L;

    ShopRequiredException() {
        super(
                HttpStatus.BAD_REQUEST,
                "shop-required",
                "Give the shop whose dead letters to list, e.g. ?shop=demo.myshopify.com; listing across all shops"
                        + " is not available yet.");
    }
}
