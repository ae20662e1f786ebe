package dev.orderrelay.worker.enrich;

import dev.orderrelay.core.envelope.PayloadFormat;
import dev.orderrelay.ledger.shops.ShopConfig;
import dev.orderrelay.shopify.attribution.AttributionReader;
import dev.orderrelay.shopify.attribution.OrderAttribution;
import dev.orderrelay.shopify.order.ShopifyOrder;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds out what an order's events should carry beyond the order payload's own fields: the analytics ids and
 * attribution the storefront left in the order (read from its body), whether it is the customer's first order, and its
 * products' categories (from the shop's Admin API, cached, behind a per-shop breaker and a timeout). It never throws
 * and never holds an order longer than the timeout: bad attribution data yields none, Admin API trouble yields events
 * without categories or first-order flag (docs/enrichment.md).
 */
public final class OrderEnricher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OrderEnricher.class);
    private static final Pattern PRODUCT_ID = Pattern.compile("[1-9][0-9]{0,19}");

    private final EnrichmentProperties properties;
    private final AttributionReader reader = new AttributionReader();
    private final ProductCache cache;
    private final AdminLookup admin;
    private final MeterRegistry meters;

    /** The per-shop Admin API breakers of enrichment, so the overview can list those that are open. */
    public CircuitBreakerRegistry breakers() {
        return admin.breakers();
    }

    OrderEnricher(EnrichmentProperties properties, ProductCache cache, AdminLookup admin, MeterRegistry meters) {
        this.properties = properties;
        this.cache = cache;
        this.admin = admin;
        this.meters = meters == null ? new SimpleMeterRegistry() : meters;
    }

    /**
     * What to add to the events of {@code order} of {@code shop}.
     *
     * @param body the order payload as received (a JSON string)
     * @param format whether {@code body} is a REST webhook body or an admin-graphql order
     */
    public Enrichment enrich(ShopConfig shop, ShopifyOrder order, String body, PayloadFormat format) {
        if (!properties.enabled()) {
            return Enrichment.none();
        }
        try {
            OrderAttribution read = reader.read(body, format);
            count(
                    "relay.enrichment.attribution",
                    "found",
                    Boolean.toString(!read.attribution().isEmpty()));
            Set<String> productIds = productIds(order);
            boolean askFirstOrder = properties.lookupFirstOrder()
                    && read.firstOrder() == null
                    && order != null
                    && order.customerId() != null;
            AdminLookup.Result result = shop == null
                    ? new AdminLookup.Result(AdminLookup.Outcome.NOT_CONFIGURED, null)
                    : admin.lookup(shop, order == null ? null : order.id(), productIds, askFirstOrder);
            count("relay.enrichment.admin", "outcome", result.outcome().tag());
            Map<String, String> categories = shop == null ? Map.of() : cache.categories(shop.shop(), productIds);
            Boolean firstOrder = read.firstOrder() != null ? read.firstOrder() : result.firstOrder();
            return new Enrichment(read.ids(), read.attribution(), firstOrder, categories);
        } catch (RuntimeException e) {
            // Enrichment is a bonus: whatever went wrong, the order goes on as it came.
            log.warn(
                    "enrichment failed shop={} orderId={}: {}; the order goes on without it",
                    shop == null ? null : shop.shop(),
                    order == null ? null : order.id(),
                    e.toString());
            count("relay.enrichment.admin", "outcome", "error");
            return Enrichment.none();
        }
    }

    private static Set<String> productIds(ShopifyOrder order) {
        Set<String> ids = new LinkedHashSet<>();
        if (order != null) {
            order.lineItems().stream()
                    .map(ShopifyOrder.LineItem::productId)
                    .filter(Objects::nonNull)
                    .filter(id -> PRODUCT_ID.matcher(id).matches())
                    .forEach(ids::add);
        }
        return ids;
    }

    private void count(String name, String tag, String value) {
        Counter.builder(name).tag(tag, value).register(meters).increment();
    }

    @Override
    public void close() {
        admin.close();
    }
}
