package dev.orderrelay.worker.process;

import dev.orderrelay.core.envelope.Envelope;
import dev.orderrelay.core.envelope.PayloadFormat;
import dev.orderrelay.shopify.order.AdminOrderParser;
import dev.orderrelay.shopify.order.ReportingCurrency;
import dev.orderrelay.shopify.order.RestOrderParser;
import dev.orderrelay.shopify.order.RestRefundParser;
import dev.orderrelay.shopify.order.ShopifyOrder;
import dev.orderrelay.shopify.order.ShopifyRefund;

/**
 * Reads an envelope's order or refund in the currency the shop reports in, whichever format it came in (REST
 * webhook bodies, from a webhook, EventBridge or a replay; the reconciler's admin-graphql order). A payload that is
 * not one is an {@link dev.orderrelay.shopify.order.InvalidPayloadException}; a body that cannot be had an
 * {@link UnprocessablePayloadException}: both are parked by the caller.
 */
final class PayloadReader {

    private final EnvelopeBodies bodies;
    private final RestOrderParser restOrders = new RestOrderParser();
    private final AdminOrderParser adminOrders = new AdminOrderParser();
    private final RestRefundParser restRefunds = new RestRefundParser();

    PayloadReader(EnvelopeBodies bodies) {
        this.bodies = bodies;
    }

    /** An order as parsed, with the body it was parsed from (enrichment reads what the model leaves out). */
    record OrderPayload(ShopifyOrder order, String body) {}

    OrderPayload order(Envelope envelope, ReportingCurrency currency) {
        String body = bodies.body(envelope);
        ShopifyOrder order = envelope.format() == PayloadFormat.ADMIN_GRAPHQL
                ? adminOrders.parse(body, currency)
                : restOrders.parse(body, currency);
        return new OrderPayload(order, body);
    }

    ShopifyRefund refund(Envelope envelope, ReportingCurrency currency) {
        return restRefunds.parse(bodies.body(envelope), currency);
    }
}
