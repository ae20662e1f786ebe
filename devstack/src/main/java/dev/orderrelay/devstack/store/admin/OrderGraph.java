package dev.orderrelay.devstack.store.admin;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Derives the GraphQL view of an order from its REST document, so both views carry the same ids, amounts, currency
 * and lines: {@code legacyResourceId} is the REST {@code id} as a string, line item GIDs are built from REST ids,
 * {@code customAttributes} are the {@code note_attributes}, {@code displayFinancialStatus} is the
 * {@code financial_status} in upper case, times are in UTC. The result is plain maps that the schema's default data
 * fetchers read; keys starting with {@code _} hold what the paged fields page over.
 */
final class OrderGraph {

    static final String LINE_ITEMS = "_lineItems";
    static final String REFUNDS = "_refunds";
    static final String REFUND_LINE_ITEMS = "_refundLineItems";

    private final ShopData shop;
    private final CustomerHistory customers;

    OrderGraph(ShopData shop) {
        this.shop = shop;
        this.customers = new CustomerHistory(shop);
    }

    Map<String, Object> order(JsonNode rest) {
        Map<String, Object> order = new HashMap<>();
        order.put("id", Gids.of("Order", rest.get("id").asLong()));
        order.put("legacyResourceId", rest.get("id").asString());
        order.put("name", rest.get("name").asString());
        order.put("createdAt", utc(rest.get("created_at")));
        order.put("updatedAt", utc(rest.get("updated_at")));
        order.put("processedAt", utc(rest.get("processed_at")));
        order.put("cancelledAt", utc(rest.get("cancelled_at")));
        order.put("cancelReason", upper(rest.get("cancel_reason")));
        order.put("test", rest.get("test").asBoolean());
        order.put("sourceName", rest.path("source_name").asString(null));
        order.put("displayFinancialStatus", upper(rest.get("financial_status")));
        order.put("currencyCode", rest.get("currency").asString());
        order.put("presentmentCurrencyCode", rest.get("presentment_currency").asString());
        order.put("taxesIncluded", rest.path("taxes_included").asBoolean(false));
        List<String> codes = new ArrayList<>();
        rest.path("discount_codes").forEach(code -> codes.add(code.get("code").asString()));
        order.put("discountCodes", codes);
        order.put("totalPriceSet", moneyBag(rest.get("total_price_set")));
        order.put("currentTotalPriceSet", moneyBag(rest.get("current_total_price_set")));
        order.put("subtotalPriceSet", moneyBag(rest.get("subtotal_price_set")));
        order.put("totalTaxSet", moneyBag(rest.get("total_tax_set")));
        order.put("totalShippingPriceSet", moneyBag(rest.get("total_shipping_price_set")));
        order.put("totalDiscountsSet", moneyBag(rest.get("total_discounts_set")));
        JsonNode customer = rest.path("customer");
        order.put(
                "customer",
                customer.isObject()
                        ? Map.of(
                                "id",
                                Gids.of("Customer", customer.get("id").asLong()),
                                "legacyResourceId",
                                customer.get("id").asString(),
                                "numberOfOrders",
                                Long.toString(customers.numberOfOrders(
                                        customer.get("id").asLong())))
                        : null);
        order.put("customerJourneySummary", customers.journey(rest, shop.domain()));
        order.put("customAttributes", attributes(rest.path("note_attributes")));
        Map<Long, Map<String, Object>> lines = new LinkedHashMap<>();
        String currency = rest.get("currency").asString();
        String presentment = rest.get("presentment_currency").asString();
        rest.get("line_items")
                .forEach(line -> lines.put(line.get("id").asLong(), lineItem(line, currency, presentment)));
        order.put(LINE_ITEMS, List.copyOf(lines.values()));
        List<Map<String, Object>> refunds = new ArrayList<>();
        rest.path("refunds").forEach(refund -> refunds.add(RefundGraph.refund(refund, lines, currency, presentment)));
        order.put(REFUNDS, refunds);
        return order;
    }

    private Map<String, Object> lineItem(JsonNode line, String currency, String presentment) {
        Map<String, Object> item = new HashMap<>();
        item.put("id", Gids.of("LineItem", line.get("id").asLong()));
        item.put("quantity", line.get("quantity").asInt());
        item.put("sku", line.path("sku").asString(null));
        item.put("name", line.get("name").asString());
        item.put("title", line.get("title").asString());
        item.put("variantTitle", line.path("variant_title").asString(null));
        item.put("vendor", line.path("vendor").asString(null));
        JsonNode variantId = line.path("variant_id");
        item.put(
                "variant",
                variantId.isIntegralNumber()
                        ? Map.of(
                                "id", Gids.of("ProductVariant", variantId.asLong()),
                                "legacyResourceId", variantId.asString(),
                                "sku", line.path("sku").asString(""),
                                "title", line.path("variant_title").asString(""))
                        : null);
        JsonNode productId = line.path("product_id");
        item.put("product", productId.isIntegralNumber() ? product(productId.asLong(), line) : null);
        item.put("originalUnitPriceSet", moneyBag(line.get("price_set")));
        item.put("totalDiscountSet", sum(line.path("discount_allocations"), currency, presentment));
        List<Map<String, Object>> taxLines = new ArrayList<>();
        for (JsonNode tax : line.path("tax_lines")) {
            BigDecimal rate = tax.get("rate").decimalValue();
            taxLines.add(Map.of(
                    "title", tax.get("title").asString(),
                    "rate", rate.doubleValue(),
                    "ratePercentage", rate.movePointRight(2).doubleValue(),
                    "priceSet", moneyBag(tax.get("price_set"))));
        }
        item.put("taxLines", taxLines);
        item.put("customAttributes", attributes(line.path("properties")));
        return item;
    }

    /** The line's product: the catalogue's view, titled as the line (a renamed product keeps old lines' titles). */
    private Map<String, Object> product(long productId, JsonNode line) {
        Map<String, Object> product = shop.product(productId)
                .map(ProductGraph::product)
                .orElseGet(() -> ProductGraph.product(new ProductSnapshot(productId, "", "", null, null, null)));
        product.put("title", line.get("title").asString());
        return product;
    }

    private static List<Map<String, Object>> attributes(JsonNode pairs) {
        List<Map<String, Object>> attributes = new ArrayList<>();
        for (JsonNode pair : pairs) {
            Map<String, Object> attribute = new HashMap<>();
            attribute.put("key", pair.get("name").asString());
            attribute.put("value", pair.path("value").asString(null));
            attributes.add(attribute);
        }
        return attributes;
    }

    /** The sum of the allocations' {@code amount_set}s; zero when there are none. */
    private static Map<String, Object> sum(JsonNode allocations, String currency, String presentment) {
        BigDecimal shop = BigDecimal.ZERO.setScale(2);
        BigDecimal presented = BigDecimal.ZERO.setScale(2);
        for (JsonNode allocation : allocations) {
            JsonNode set = allocation.get("amount_set");
            shop = shop.add(new BigDecimal(set.get("shop_money").get("amount").asString()));
            presented = presented.add(
                    new BigDecimal(set.get("presentment_money").get("amount").asString()));
        }
        return Map.of("shopMoney", money(shop, currency), "presentmentMoney", money(presented, presentment));
    }

    static Map<String, Object> moneyBag(JsonNode set) {
        if (set == null || set.isNull()) {
            return null;
        }
        return Map.of(
                "shopMoney", money(set.get("shop_money")),
                "presentmentMoney", money(set.get("presentment_money")));
    }

    private static Map<String, Object> money(JsonNode money) {
        return Map.of(
                "amount",
                money.get("amount").asString(),
                "currencyCode",
                money.get("currency_code").asString());
    }

    static Map<String, Object> money(BigDecimal amount, String currency) {
        return Map.of("amount", amount.toPlainString(), "currencyCode", currency);
    }

    static String utc(JsonNode time) {
        return time == null || time.isNull()
                ? null
                : OffsetDateTime.parse(time.asString()).toInstant().toString();
    }

    static String upper(JsonNode value) {
        return value == null || value.isNull() ? null : value.asString().toUpperCase(Locale.ROOT);
    }
}
