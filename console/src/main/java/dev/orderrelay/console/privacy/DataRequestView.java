package dev.orderrelay.console.privacy;

import dev.orderrelay.ledger.privacy.DataRequestExport;

/**
 * One export in a shop's list: what it covers, never whom (no customer id or e-mail).
 *
 * @param id Shopify's data request id, a string
 * @param createdAt ISO-8601 UTC
 * @param expiresAt when the export is deleted, ISO-8601 UTC
 */
record DataRequestView(String id, String createdAt, String expiresAt, int orders, int parkedEvents, int storedBodies) {

    static DataRequestView of(DataRequestExport export) {
        return new DataRequestView(
                export.dataRequestId(),
                export.createdAt().toString(),
                export.expiresAt().toString(),
                export.orders(),
                export.parkedEvents(),
                export.storedBodies());
    }
}
