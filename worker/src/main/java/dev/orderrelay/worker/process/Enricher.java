package dev.orderrelay.worker.process;

import dev.orderrelay.core.envelope.PayloadFormat;
import dev.orderrelay.ledger.shops.ShopConfig;
import dev.orderrelay.shopify.order.ShopifyOrder;
import dev.orderrelay.worker.enrich.Enrichment;

/**
 * What the process stage asks of enrichment ({@link dev.orderrelay.worker.enrich.OrderEnricher} in the worker): the
 * attribution, ids, first-order flag and categories to add to an order's events. It never throws: trouble degrades
 * to {@link Enrichment#none()}.
 */
@FunctionalInterface
public interface Enricher {

    /** Adds nothing: for stages built without enrichment, such as tests of the event rules alone. */
    Enricher NONE = (shop, order, body, format) -> Enrichment.none();

    Enrichment enrich(ShopConfig shop, ShopifyOrder order, String body, PayloadFormat format);
}
