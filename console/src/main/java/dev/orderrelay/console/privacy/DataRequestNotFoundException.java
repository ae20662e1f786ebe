package dev.orderrelay.console.privacy;

import dev.orderrelay.console.problems.ConsoleApiException;
import org.springframework.http.HttpStatus;

/** No export of this data request for the shop (never made, expired, or removed): 404 {@code data-request-not-found}. */
final class DataRequestNotFoundException extends ConsoleApiException {

    private static final long serialVersionUID = 1L;

    DataRequestNotFoundException(String shop, String id) {
        super(
                HttpStatus.NOT_FOUND,
                "data-request-not-found",
                "No export of data request " + id + " for shop " + shop + ": the worker makes one when Shopify's"
                        + " customers/data_request is processed, keeps it 30 days, and deletes it when the customer is"
                        + " redacted. GET /api/privacy/shops/" + shop + "/data-requests lists the shop's exports.");
    }
}
