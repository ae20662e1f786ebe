package dev.orderrelay.ledger.privacy;

import java.time.Instant;

/**
 * What an export answering one {@code customers/data_request} covers, without its content.
 *
 * @param dataRequestId Shopify's id of the data request ({@code data_request.id})
 * @param customerId the customer's platform id; null when the request named the customer by e-mail only
 * @param email the customer's e-mail as the request named it; null when it did not. Kept only to find the export
 *     again for a {@code customers/redact}, never shown in a list
 * @param expiresAt when the export is deleted (its TTL)
 * @param orders how many orders the export describes
 * @param parkedEvents how many parked events it found for the customer
 * @param storedBodies how many stored bodies it read the customer's fields from
 */
public record DataRequestExport(
        String shop,
        String dataRequestId,
        String customerId,
        String email,
        Instant createdAt,
        Instant expiresAt,
        int orders,
        int parkedEvents,
        int storedBodies) {

    @Override
    public String toString() {
        return "DataRequestExport[shop=" + shop + ", dataRequestId=" + dataRequestId + ", orders=" + orders
                + ", parkedEvents=" + parkedEvents + ", storedBodies=" + storedBodies + "]";
    }
}
