package dev.orderrelay.console.shops;

import dev.orderrelay.console.problems.ConsoleApiException;
import org.springframework.http.HttpStatus;

/**
 * No configuration is stored for the shop: 404 {@code shop-not-found}. Public, so every endpoint that names a shop
 * (throughput, reconciliations) answers an unconfigured one alike.
 */
public final class ShopNotFoundException extends ConsoleApiException {

    private static final long serialVersionUID = 1L;

    public ShopNotFoundException(String shop) {
        super(
                HttpStatus.NOT_FOUND,
                "shop-not-found",
                "No configuration is stored for shop " + shop + "; create it with PUT /api/shops/" + shop + ".");
    }
}
