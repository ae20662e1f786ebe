package dev.orderrelay.worker.privacy;

import java.util.List;

/**
 * What {@code customers/data_request} and {@code customers/redact} ask about: one customer of one shop and their
 * orders. Ids are strings (they exceed 2^53).
 *
 * @param shopId Shopify's numeric shop id; null when the payload did not carry it
 * @param customerId the customer's id; null when Shopify named the customer by e-mail or phone only
 * @param email the customer's e-mail, or null
 * @param phone the customer's phone, or null
 * @param orderIds {@code orders_requested} or {@code orders_to_redact}; empty when none were given
 * @param dataRequestId {@code data_request.id} of a data request; null for a redaction
 */
record CustomerRequest(
        String shopId,
        String shopDomain,
        String customerId,
        String email,
        String phone,
        List<String> orderIds,
        String dataRequestId) {

    CustomerRequest {
        orderIds = List.copyOf(orderIds);
    }

    @Override
    public String toString() {
        // Never the e-mail or phone: this may end up in a log line.
        return "CustomerRequest[shop=" + shopDomain + ", orders=" + orderIds.size() + ", dataRequestId=" + dataRequestId
                + "]";
    }
}
